import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAward, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { SUBMISSION_KIND_LABELS, type TSubmission } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate } from '../../app/format';
import { OverdueBadge, StateBadge } from './parts';
import { useSubmissionLists } from './reviewsApi';
import { SubmitModal } from './SubmitModal';

function SubmissionCard({ s }: { s: TSubmission }) {
  const last = s.history.at(-1);
  return (
    <Card withBorder padding="md" component="article" aria-label={s.portfolioTitle}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={`/reviews/submissions/${s.id}`} fw={650} fz="lg">
            {s.portfolioTitle}
          </Anchor>
          <StateBadge state={s.state} />
        </Group>
        <Text size="sm">
          {s.schemeName} · {SUBMISSION_KIND_LABELS[s.kind]}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Submitted {formatDate(s.submittedAt)}
            {s.decision ? ` · decided ${formatDate(s.decision.decidedAt)}` : ''}
            {!s.decision && s.state !== 'intake-failed' && s.state !== 'withdrawn'
              ? ` · decision due by ${formatDate(s.dueOn)}`
              : ''}
          </Text>
          {s.overdue ? <OverdueBadge /> : null}
        </Group>
        {last ? (
          <Text size="xs" c="dimmed">
            Latest: {last.event}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The candidate's page: their submissions, newest first, and "Submit a portfolio for review". */
export function MySubmissionsPage() {
  const lists = useSubmissionLists();
  const [submitting, setSubmitting] = useState(false);
  const mine = [...(lists.data?.asCandidate ?? [])].sort((a, b) =>
    b.submittedAt.localeCompare(a.submittedAt),
  );

  return (
    <>
      <PageTitle
        title="My submissions"
        description="Submit a portfolio to an accreditation scheme and follow it: the intake check, two assessors, the decision and your credential."
        actions={
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            onClick={() => setSubmitting(true)}
          >
            Submit a portfolio for review
          </Button>
        }
      />
      <FormAlert error={lists.error} title="Your submissions did not load" />
      {lists.isPending ? <Loader aria-label="Loading your submissions" /> : null}
      {lists.data && mine.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap="sm" align="flex-start">
            <IconAward size={32} aria-hidden />
            <Title order={2} fz="xl">
              No submissions yet
            </Title>
            <Text maw={640}>
              When your portfolio is ready, submit it to a scheme. Cairn checks it at once and tells
              you anything missing; then two assessors judge each section and the lead records the
              decision. A pass brings a credential anyone can verify.
            </Text>
            <Group gap="sm">
              <Button onClick={() => setSubmitting(true)}>Submit a portfolio for review</Button>
              <Button component={Link} to="/portfolios" variant="default">
                Open your portfolios
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {mine.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="rv-mine">
          <Title order={2} fz="lg" id="rv-mine">
            Your submissions
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {mine.map((s) => (
              <SubmissionCard key={s.id} s={s} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      <SubmitModal opened={submitting} onClose={() => setSubmitting(false)} submissions={mine} />
    </>
  );
}
