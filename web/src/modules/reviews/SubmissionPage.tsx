import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconAward, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import {
  ASSESSOR_ROLE_LABELS,
  OUTCOME_LABELS,
  SUBMISSION_KIND_LABELS,
  type TCredentialSummary,
  type TSubmission,
} from '../../../../contracts';
import { api } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate } from '../../app/format';
import { usePortfolio } from '../portfolios/portfoliosApi';
import { JudgementView } from './JudgementView';
import { OverdueBadge, Panel, StateBadge, Timeline } from './parts';
import {
  reviewWrites,
  useJudgements,
  useRefreshReviews,
  useSubmission,
  useSubmissionLists,
} from './reviewsApi';
import { type SubmitDefaults, SubmitModal } from './SubmitModal';

function useMyCredential(id: string | null) {
  return useQuery({
    queryKey: ['credentials', 'mine'],
    queryFn: ({ signal }) =>
      api<{ credentials: TCredentialSummary[] }>('GET', '/api/credentials', undefined, { signal }),
    enabled: Boolean(id),
    retry: false,
    select: (d) => d.credentials.find((c) => c.id === id) ?? null,
  });
}

/** The intake check's problems, each linking to the section of the portfolio to fix. */
function IntakeProblems({ s, onSubmitAgain }: { s: TSubmission; onSubmitAgain: () => void }) {
  const portfolio = usePortfolio(s.portfolioId);
  const sectionId = (key: string | null) =>
    key ? (portfolio.data?.sectionList.find((x) => x.key === key)?.id ?? null) : null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title="The intake check found things to fix"
    >
      <Stack gap="sm">
        <Text size="sm">
          This submission did not reach the assessors. Fix these in your portfolio, then submit it
          again.
        </Text>
        <List size="sm" spacing={4} aria-label="Intake problems">
          {s.intake.problems.map((p) => {
            const id = sectionId(p.sectionKey);
            return (
              <List.Item key={`${p.sectionKey}:${p.message}`}>
                {p.message}{' '}
                <Anchor
                  component={Link}
                  to={`/portfolios/${s.portfolioId}${id ? `?section=${id}` : ''}`}
                  size="sm"
                >
                  {id ? 'Open this section' : 'Open the portfolio'}
                </Anchor>
              </List.Item>
            );
          })}
        </List>
        <Group gap="sm">
          <Button component={Link} to={`/portfolios/${s.portfolioId}`} variant="default">
            Fix the portfolio
          </Button>
          <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={onSubmitAgain}>
            Submit again
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function Assessors({ s }: { s: TSubmission }) {
  const rows = (['lead', 'second'] as const).map((role) => ({ role, a: s.assessors[role] }));
  if (rows.every((r) => !r.a)) {
    return (
      <Text size="sm" c="dimmed">
        {s.state === 'awaiting-assignment'
          ? 'The scheme’s coordinator assigns two assessors next.'
          : 'No assessors were assigned.'}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {rows.map(({ role, a }) =>
        a ? (
          <Group key={role} justify="space-between" gap="xs">
            <Text size="sm">
              <Text span fw={600}>
                {ASSESSOR_ROLE_LABELS[role]}
              </Text>
              {a.name ? `: ${a.name}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {a.judgementSubmittedAt
                ? `Judged ${formatDate(a.judgementSubmittedAt)}`
                : a.judgeBy
                  ? `Judging, due ${formatDate(a.judgeBy)}`
                  : 'Judging'}
            </Text>
          </Group>
        ) : null,
      )}
    </Stack>
  );
}

/** A submission as its candidate (or a coordinator) sees it. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const query = useSubmission(id);
  const lists = useSubmissionLists();
  const refresh = useRefreshReviews();
  const s = query.data;
  const decided = Boolean(s?.decision);
  const judgements = useJudgements(id, Boolean(s && decided));
  const credential = useMyCredential(s?.my.candidate ? s.credentialId : null);
  const [again, setAgain] = useState<SubmitDefaults | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => reviewWrites.withdraw(id),
    onSuccess: () => {
      setWithdrawing(false);
      void refresh();
    },
  });

  if (s?.my.role && !s.my.candidate && !s.my.coordinator) {
    return <Navigate to={`/reviews/assessing/${s.id}`} replace />;
  }

  const mine = lists.data?.asCandidate ?? [];
  const open =
    s &&
    !s.decision &&
    ['awaiting-assignment', 'in-assessment', 'awaiting-decision'].includes(s.state);
  const reviewDue =
    credential.data &&
    (credential.data.state === 'review-due' || credential.data.state === 'lapsed');

  return (
    <>
      <PageTitle
        title={s ? s.portfolioTitle : 'Submission'}
        description={
          s ? (
            <>
              {s.schemeName} · {SUBMISSION_KIND_LABELS[s.kind]}
              {s.my.candidate ? '' : ` · ${s.candidate.name}`}
            </>
          ) : undefined
        }
        actions={
          s?.my.coordinator ? (
            <Button component={Link} to={`/reviews/schemes/${s.schemeId}`} variant="default">
              Scheme dashboard
            </Button>
          ) : undefined
        }
      />
      <FormAlert error={query.error} title="This submission did not load" />
      {query.isPending ? <Loader aria-label="Loading the submission" /> : null}
      {s ? (
        <Stack gap="lg">
          <Group gap="sm">
            <StateBadge state={s.state} />
            {s.overdue ? <OverdueBadge /> : null}
            <Text size="sm" c="dimmed">
              Submitted {formatDate(s.submittedAt)}
              {!s.decision && s.state !== 'intake-failed' && s.state !== 'withdrawn'
                ? ` · decision due by ${formatDate(s.dueOn)}`
                : ''}
            </Text>
          </Group>

          {s.state === 'intake-failed' && s.my.candidate ? (
            <IntakeProblems
              s={s}
              onSubmitAgain={() =>
                setAgain({
                  schemeId: s.schemeId,
                  portfolioId: s.portfolioId,
                  kind: s.kind,
                  ...(s.previousSubmissionId
                    ? { previousSubmissionId: s.previousSubmissionId }
                    : {}),
                  conflictUserIds: s.conflicts?.userIds ?? [],
                  conflictSameInstitution: s.conflicts?.sameInstitution ?? false,
                })
              }
            />
          ) : null}
          {s.state === 'intake-failed' && !s.my.candidate ? (
            <Alert color="red" variant="light" title="The intake check failed">
              <List size="sm">
                {s.intake.problems.map((p) => (
                  <List.Item key={`${p.sectionKey}:${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {s.state !== 'intake-failed' && s.intake.passed ? (
            <Text size="sm">
              The intake check passed on {formatDate(s.intake.checkedAt)}: every required section is
              there and the evidence links answered.
            </Text>
          ) : null}

          {s.state === 'passed' && s.credentialId ? (
            <Alert color="cairn" variant="light" icon={<IconAward aria-hidden />} title="Passed">
              <Stack gap="xs">
                <Text size="sm">
                  Congratulations. Your credential is issued: download it, or share its public
                  verification page.
                </Text>
                <Group gap="sm">
                  <Button component={Link} to={`/credentials/${s.credentialId}`}>
                    View your credential
                  </Button>
                  {reviewDue ? (
                    <Button
                      variant="default"
                      onClick={() =>
                        setAgain({
                          schemeId: s.schemeId,
                          kind: 'review',
                          previousSubmissionId: s.id,
                        })
                      }
                    >
                      Start your three-year review
                    </Button>
                  ) : null}
                </Group>
                {credential.data?.validUntil ? (
                  <Text size="xs" c="dimmed">
                    Review due by {formatDate(credential.data.validUntil)}.
                  </Text>
                ) : null}
              </Stack>
            </Alert>
          ) : null}

          {s.decision ? (
            <Panel title="Decision" id="rv-decision">
              <Stack gap="sm">
                <Text fw={650}>
                  {OUTCOME_LABELS[s.decision.outcome]}
                  {s.decision.final ? ' (final decision)' : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  Decided {formatDate(s.decision.decidedAt)}
                </Text>
                {s.decision.changesRequired ? (
                  <Stack gap={4}>
                    <Title order={3} fz="md">
                      Changes required
                    </Title>
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{s.decision.changesRequired}</Text>
                  </Stack>
                ) : null}
                <Stack gap={4}>
                  <Title order={3} fz="md">
                    Feedback
                  </Title>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{s.decision.feedback}</Text>
                </Stack>
                {s.state === 'referred' && s.my.candidate ? (
                  <Group>
                    <Button
                      onClick={() =>
                        setAgain({
                          schemeId: s.schemeId,
                          portfolioId: s.portfolioId,
                          kind: 'resubmission',
                          previousSubmissionId: s.id,
                          conflictUserIds: s.conflicts?.userIds ?? [],
                          conflictSameInstitution: s.conflicts?.sameInstitution ?? false,
                        })
                      }
                    >
                      Resubmit after making the changes
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Panel>
          ) : null}

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Panel title="Assessors" id="rv-assessors">
              <Assessors s={s} />
            </Panel>
            <Panel title="What happened" id="rv-history">
              <Timeline history={s.history} />
            </Panel>
          </SimpleGrid>

          {decided && judgements.data && judgements.data.others.length > 0 ? (
            <Stack gap="sm" component="section" aria-labelledby="rv-judgements">
              <Title order={2} fz="lg" id="rv-judgements">
                The assessors’ judgements
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {judgements.data.others.map((j) => (
                  <JudgementView key={j.id} j={j} />
                ))}
              </SimpleGrid>
            </Stack>
          ) : null}

          {open && s.my.candidate ? (
            <Group>
              <Button variant="default" color="red" onClick={() => setWithdrawing(true)}>
                Withdraw this submission
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      <SubmitModal
        opened={again !== null}
        onClose={() => setAgain(null)}
        defaults={again ?? undefined}
        submissions={mine}
      />
      <ConfirmModal
        opened={withdrawing}
        title="Withdraw this submission?"
        confirmLabel="Withdraw"
        danger
        loading={withdraw.isPending}
        error={withdraw.error}
        onConfirm={() => withdraw.mutate()}
        onClose={() => setWithdrawing(false)}
      >
        <Text size="sm">
          The assessors stop, and the submission stays in your history as withdrawn. You can submit
          the portfolio again later.
        </Text>
      </ConfirmModal>
    </>
  );
}
