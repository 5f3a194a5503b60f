import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  ASSESSOR_ROLE_LABELS,
  type TAssessorStanding,
  LEAD_ELIGIBLE_AFTER,
  SUBMISSION_KIND_LABELS,
  type TAssignment,
} from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate, pluralise } from '../../app/format';
import { OverdueBadge, StateBadge } from './parts';
import { useSubmissionLists } from './reviewsApi';

const JUDGEMENT_LABELS: Record<TAssignment['judgementStatus'], string> = {
  'not-started': 'Not started',
  draft: 'Draft saved',
  submitted: 'Judgement submitted',
};

/** Open work first (overdue, then soonest due), then the finished ones, newest first. */
function order(list: TAssignment[]): TAssignment[] {
  const open = (a: TAssignment) =>
    a.judgementStatus !== 'submitted' ||
    (a.role === 'lead' && a.state === 'awaiting-decision' && !a.decision);
  return [...list].sort((a, b) => {
    const oa = open(a) ? 0 : 1;
    const ob = open(b) ? 0 : 1;
    if (oa !== ob) return oa - ob;
    if (oa === 0) {
      if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
      return a.judgeBy.localeCompare(b.judgeBy);
    }
    return b.assignedAt.localeCompare(a.assignedAt);
  });
}

function AssignmentCard({ a }: { a: TAssignment }) {
  const decide = a.role === 'lead' && a.state === 'awaiting-decision' && !a.decision;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={`${a.candidateName}: ${a.portfolioTitle}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={`/reviews/assessing/${a.submissionId}`} fw={650} fz="lg">
            {a.candidateName}: {a.portfolioTitle}
          </Anchor>
          <StateBadge state={a.state} size="sm" />
        </Group>
        <Text size="sm">
          {a.schemeName} · {SUBMISSION_KIND_LABELS[a.kind]}
        </Text>
        <Group gap="xs">
          <Badge variant="light" color={a.role === 'lead' ? 'cairn' : 'gray'}>
            {ASSESSOR_ROLE_LABELS[a.role]}
          </Badge>
          <Badge variant="outline" color={a.judgementStatus === 'submitted' ? 'cairn.9' : 'gray.8'}>
            {JUDGEMENT_LABELS[a.judgementStatus]}
          </Badge>
          {a.overdue && a.judgementStatus !== 'submitted' ? <OverdueBadge /> : null}
        </Group>
        <Text size="xs" c="dimmed">
          Assigned {formatDate(a.assignedAt)}
          {a.judgementStatus === 'submitted' && a.judgementSubmittedAt
            ? ` · judged ${formatDate(a.judgementSubmittedAt)}`
            : ` · judge by ${formatDate(a.judgeBy)}`}
        </Text>
        {decide ? (
          <Text size="sm" fw={600} c="cairn.9">
            Both judgements are in: record the decision.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Whether the person may lead, scheme by scheme, counted by the server. */
function Standing({ standing }: { standing: TAssessorStanding[] }) {
  if (standing.length === 0) return null;
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {standing.map((s) => {
        const counted = s.completedAsSecond + s.priorSecondAssessments;
        const prior =
          s.priorSecondAssessments > 0
            ? ` (${s.priorSecondAssessments} from before Cairn, recorded by a coordinator)`
            : '';
        return (
          <Text component="li" size="sm" key={s.schemeId}>
            <Text span fw={600}>
              {s.schemeName}:
            </Text>{' '}
            {s.leadEligible
              ? `you can lead assessments${prior}.`
              : `${Math.min(counted, LEAD_ELIGIBLE_AFTER)} of ${LEAD_ELIGIBLE_AFTER} second assessments towards leading${prior}.`}
          </Text>
        );
      })}
    </Stack>
  );
}

/** The assessor's page: what to judge (overdue first), what they have judged, and their counts. */
export function AssessingPage() {
  const lists = useSubmissionLists();
  const all = order(lists.data?.asAssessor ?? []);
  const done = (role: 'lead' | 'second') =>
    all.filter((a) => a.role === role && a.judgementStatus === 'submitted').length;
  const asSecond = done('second');
  const asLead = done('lead');
  const open = all.filter((a) => a.judgementStatus !== 'submitted').length;

  return (
    <>
      <PageTitle
        title="Assessing"
        description="Portfolios you are assigned to judge, as lead or second assessor."
      />
      <FormAlert error={lists.error} title="Your assignments did not load" />
      {lists.isPending ? <Loader aria-label="Loading your assignments" /> : null}
      {lists.data && all.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap="sm" align="flex-start">
            <IconClipboardCheck size={32} aria-hidden />
            <Title order={2} fz="xl">
              Nothing to assess
            </Title>
            <Text maw={640}>
              When a scheme’s coordinator adds you as an assessor and assigns you a portfolio, it
              appears here with its due date. Each portfolio has two assessors: a lead and a second.
              After {LEAD_ELIGIBLE_AFTER} assessments as second assessor you can lead.
            </Text>
            <Standing standing={lists.data.standing} />
          </Stack>
        </Card>
      ) : null}
      {all.length > 0 ? (
        <Stack gap="lg">
          <Card withBorder padding="md" component="section" aria-labelledby="rv-counts">
            <Title order={2} fz="md" id="rv-counts" mb={4}>
              Your assessments
            </Title>
            <Text size="sm">
              {pluralise(open, 'to judge', 'to judge')} ·{' '}
              {pluralise(asSecond, 'judged as second', 'judged as second')} ·{' '}
              {pluralise(asLead, 'judged as lead', 'judged as lead')}
            </Text>
            <Standing standing={lists.data?.standing ?? []} />
          </Card>
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            spacing="md"
            component="section"
            aria-label="Assignments"
          >
            {all.map((a) => (
              <AssignmentCard key={`${a.submissionId}-${a.role}`} a={a} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </>
  );
}
