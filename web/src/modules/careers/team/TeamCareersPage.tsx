import { Anchor, Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SECTOR_LABELS, type TTeamCareerSummary } from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { Field, StackedItem, StackedList } from '../../../app/components/StackedList';
import { TableScroll } from '../../../app/components/TableScroll';
import { useIsPhone } from '../../../app/media';
import { useTeamCareers } from '../careersApi';
import { formatLevel, roleName } from '../words';
import '../careers.css';

export function latestAssessment(p: TTeamCareerSummary) {
  return [...p.assessments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** "2 of 3 achieved", with a small bar; the numbers carry the meaning, the bar only echoes it. */
export function PlanProgress({ p }: { p: TTeamCareerSummary }) {
  const total = p.planGoals.open + p.planGoals.achieved;
  if (total === 0) return <>No plan goals</>;
  const pct = Math.round((p.planGoals.achieved / total) * 100);
  return (
    <span className="careers-bar">
      <span className="careers-bar-track" aria-hidden="true">
        <span className="careers-bar-fill" style={{ width: `${pct}%` }} />
      </span>
      <span>
        {p.planGoals.achieved} of {total} achieved
      </span>
    </span>
  );
}

function AssessmentCell({ p }: { p: TTeamCareerSummary }) {
  const a = latestAssessment(p);
  if (!a) return <>None yet</>;
  return (
    <>
      {formatLevel(a.average)}{' '}
      <Text span size="xs" c="dimmed">
        ({a.frameworkTitle}
        {a.status === 'draft' ? ', in progress' : ''})
      </Text>
    </>
  );
}

function PersonLink({ p }: { p: TTeamCareerSummary }) {
  return (
    <Anchor component={Link} to={`/team/careers/${p.userId}`} fw={600} size="sm">
      {p.name}
    </Anchor>
  );
}

function People({ people }: { people: TTeamCareerSummary[] }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <StackedList label="People who share their career profile">
        {people.map((p) => (
          <StackedItem key={p.userId}>
            <Field label="Name">
              <PersonLink p={p} />
            </Field>
            <Field label="Title">{p.jobTitle ?? '—'}</Field>
            <Field label="Role">{p.classification ? roleName(p.classification) : '—'}</Field>
            <Field label="Assessed">
              <AssessmentCell p={p} />
            </Field>
            <Field label="Target">{p.target ?? 'None'}</Field>
            <Field label="Plan">
              <PlanProgress p={p} />
            </Field>
          </StackedItem>
        ))}
      </StackedList>
    );
  }
  return (
    <TableScroll label="People who share their career profile" minWidth={860}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Job title</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Sector</Table.Th>
            <Table.Th>Latest self-assessment (mean)</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Plan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.userId}>
              <Table.Td>
                <PersonLink p={p} />
              </Table.Td>
              <Table.Td>{p.jobTitle ?? '—'}</Table.Td>
              <Table.Td>{p.classification ? roleName(p.classification) : '—'}</Table.Td>
              <Table.Td>{p.sector ? SECTOR_LABELS[p.sector] : '—'}</Table.Td>
              <Table.Td>
                <AssessmentCell p={p} />
              </Table.Td>
              <Table.Td>{p.target ?? 'None'}</Table.Td>
              <Table.Td>
                <PlanProgress p={p} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function TeamCareersPage() {
  const people = useTeamCareers();
  return (
    <>
      <PageTitle
        title="Team careers"
        description="The career profiles your colleagues share with managers: where they are, how they rate themselves, where they are heading and how their plans are going."
      />
      {people.isPending ? (
        <Skeleton height={200} aria-label="Loading the team’s careers" />
      ) : people.isError ? (
        <FormAlert error={people.error} title="The team’s careers could not be loaded" />
      ) : people.data.length === 0 ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="team-careers-empty">
          <Stack gap="xs">
            <Title order={2} fz="lg" id="team-careers-empty">
              Nobody shares a career profile yet
            </Title>
            <Text size="sm">
              Career profiles are private. A colleague who turns on “Share my career profile with my
              institution’s managers” on their career profile appears here.
            </Text>
          </Stack>
        </Card>
      ) : (
        <People people={people.data} />
      )}
    </>
  );
}
