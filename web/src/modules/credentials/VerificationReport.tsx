import {
  Alert,
  Anchor,
  Card,
  Code,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconShieldCheck,
  IconShieldX,
  IconX,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TVerificationReport } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { StateBadge } from './StateBadge';

type Tone = 'ok' | 'bad' | 'warn';

function Check({ tone, title, children }: { tone: Tone; title: string; children?: ReactNode }) {
  const icon =
    tone === 'ok' ? (
      <IconCheck size={16} aria-hidden />
    ) : tone === 'bad' ? (
      <IconX size={16} aria-hidden />
    ) : (
      <IconAlertTriangle size={16} aria-hidden />
    );
  const word = tone === 'ok' ? 'Passed' : tone === 'bad' ? 'Failed' : 'Warning';
  return (
    <Group component="li" align="flex-start" gap="sm" wrap="nowrap" data-check={tone}>
      <ThemeIcon
        color={tone === 'ok' ? 'green' : tone === 'bad' ? 'red' : 'yellow'}
        variant="light"
        size={26}
        radius="xl"
      >
        {icon}
      </ThemeIcon>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fw={600}>
          <VisuallyHidden>{word}: </VisuallyHidden>
          {title}
        </Text>
        {children ? (
          <Text size="sm" c="dimmed" component="div" style={{ overflowWrap: 'anywhere' }}>
            {children}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** What verification found, most important first: the verdict, the checks, then the details. */
export function VerificationReport({
  report,
  headingLevel = 2,
}: {
  report: TVerificationReport;
  headingLevel?: 2 | 3;
}) {
  const { signature, structure, issuer, status, credential: c } = report;
  const sub = (headingLevel + 1) as 3 | 4;
  const trusted = report.verified && issuer.known;
  const verdictColour = trusted ? 'green' : signature.valid ? 'yellow' : 'red';
  const verdict = trusted
    ? 'Verified'
    : report.verified
      ? 'Signature valid, issuer not known here'
      : signature.valid
        ? 'Not valid now'
        : 'Not verified';
  return (
    <Stack gap="lg" data-testid="verification-report">
      <Alert
        color={verdictColour}
        variant="light"
        icon={trusted ? <IconShieldCheck aria-hidden /> : <IconShieldX aria-hidden />}
        title={verdict}
        styles={{
          title: {
            color: 'var(--mantine-color-dark-8)',
            fontSize: 'var(--mantine-font-size-lg)',
          },
          message: { color: 'var(--mantine-color-text)' },
        }}
        role="status"
      >
        <Text data-testid="verification-summary">{report.summary}</Text>
      </Alert>

      <Card withBorder padding="md">
        <Title order={headingLevel} fz="lg" mb="sm">
          Checks
        </Title>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          <Check
            tone={signature.valid ? 'ok' : 'bad'}
            title={signature.valid ? 'Signature valid' : 'Signature invalid'}
          >
            {signature.valid
              ? `Signed with ${signature.cryptosuite ?? 'a Data Integrity proof'}${signature.created ? ` on ${signature.created.slice(0, 10)}` : ''}: not one byte of the signed content has changed.`
              : signature.reason}
          </Check>
          <Check
            tone={structure.valid ? 'ok' : 'bad'}
            title={structure.valid ? 'A well-formed Open Badge' : 'Not a well-formed Open Badge'}
          >
            {structure.valid ? (
              'Open Badges 3.0 on a W3C Verifiable Credential 2.0.'
            ) : (
              <List size="sm">
                {structure.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </Check>
          {signature.valid ? (
            <>
              <Check
                tone={issuer.known ? 'ok' : 'warn'}
                title={
                  issuer.known
                    ? `Issuer known: ${issuer.schemeName}`
                    : 'Issuer not known to this Cairn'
                }
              >
                {issuer.known
                  ? `A scheme of ${issuer.institutionName} holds the signing key${issuer.key === 'retired' && issuer.keyRetiredAt ? `, retired on ${issuer.keyRetiredAt.slice(0, 10)} and still trusted for what it signed before` : ' (its current key)'}.`
                  : 'The signing key does not belong to any scheme on this Cairn. The signature alone proves only that the holder of that key signed it: check who the issuer is.'}
              </Check>
              <Check
                tone={
                  status.state === 'active' ? 'ok' : status.state === 'review-due' ? 'warn' : 'bad'
                }
                title="Status"
              >
                <Stack gap={4}>
                  <div>
                    <StateBadge state={status.state} />
                  </div>
                  {status.state === 'revoked' && status.revokedAt ? (
                    <span>
                      Revoked on <DateTime value={status.revokedAt} dateOnly />:{' '}
                      {status.revokedReason}
                    </span>
                  ) : null}
                  {status.state === 'review-due' && status.daysUntilReview !== null ? (
                    <span>The three-year review is due in {status.daysUntilReview} days.</span>
                  ) : null}
                  {!status.recorded ? (
                    <span>
                      Cairn has no record of this credential, so it cannot say whether it was
                      revoked.
                    </span>
                  ) : null}
                </Stack>
              </Check>
            </>
          ) : (
            <Check tone="warn" title="Issuer and status not checked">
              With an invalid signature nothing in the credential can be attributed to its issuer,
              so its dates and status mean nothing either.
            </Check>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="md">
        <Title order={headingLevel} fz="lg" mb="sm">
          {c.achievement.name ?? c.name ?? 'Achievement'}
        </Title>
        <Stack gap="sm">
          {signature.valid ? null : (
            <Text fw={600} c="red.9" data-testid="unconfirmed">
              What the credential claims. None of it is confirmed: the signature is invalid.
            </Text>
          )}
          {c.achievement.description ? <Text>{c.achievement.description}</Text> : null}
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="sm">
            <Field label="Awarded to">{c.recipientName ?? 'Not named in the credential'}</Field>
            <Field label="Issued by">
              {issuer.url ? (
                <Anchor href={issuer.url} rel="noopener noreferrer nofollow">
                  {issuer.name ?? issuer.url}
                </Anchor>
              ) : (
                (issuer.name ?? 'Not named')
              )}
            </Field>
            <Field label="Valid from">
              <DateTime value={c.validFrom} dateOnly fallback="Not stated" />
            </Field>
            <Field label="Review due">
              <DateTime value={c.validUntil} dateOnly fallback="No review date" />
            </Field>
            {c.achievement.achievementType ? (
              <Field label="Type">{c.achievement.achievementType}</Field>
            ) : null}
          </SimpleGrid>
          {c.achievement.criteria ? <Field label="Criteria">{c.achievement.criteria}</Field> : null}
          {c.achievement.alignments.length ? (
            <Stack gap={4}>
              <Title order={sub} fz="md">
                Aligned to
              </Title>
              <List size="sm">
                {c.achievement.alignments.map((a) => (
                  <List.Item key={`${a.targetUrl}|${a.targetName}`}>
                    <Anchor href={a.targetUrl} rel="noopener noreferrer nofollow">
                      {a.targetCode ? `${a.targetCode} ` : ''}
                      {a.targetName}
                    </Anchor>
                    {a.targetFramework ? ` (${a.targetFramework})` : ''}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
          <Field label="Signing key">
            <Code style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {signature.verificationMethod ?? issuer.id ?? 'none'}
            </Code>
          </Field>
        </Stack>
      </Card>
    </Stack>
  );
}
