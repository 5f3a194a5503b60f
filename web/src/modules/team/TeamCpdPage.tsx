import { Anchor, Badge, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { THoursSummary } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { pluralise } from '../../app/format';
import { useIsPhone } from '../../app/media';
import { useCurrentMe } from '../../app/session';
import { percent } from '../cpd/dashboard/SummaryCharts';
import { useYearParam, YearSelect } from '../cpd/dashboard/YearSelect';
import { type TTeamMember, useTeamSummaries } from './teamApi';
import './team.css';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Hours against the target as a small bar, with the numbers in words beside it. */
export function TargetBar({ summary }: { summary: THoursSummary }) {
  const pct = percent(summary.hours, summary.targetHours);
  return (
    <div className="team-target">
      <span className="team-target-track" aria-hidden="true">
        <span className="team-target-fill" style={{ width: `${Math.min(pct, 100)}%` }} />
      </span>
      <span className="team-target-text">
        {number.format(summary.hours)} of {number.format(summary.targetHours)} h ({pct}%)
      </span>
    </div>
  );
}

function protectedShare(summary: THoursSummary): string {
  const { protected: p, personal, unspecified } = summary.timeKind;
  const total = p + personal + unspecified;
  return total > 0 ? `${percent(p, total)}% protected` : '—';
}

function NotShared() {
  return (
    <Badge variant="outline" color="gray" radius="sm">
      Not shared
    </Badge>
  );
}

function PersonLink({ person, year }: { person: TTeamMember; year: number }) {
  const me = useCurrentMe();
  const query = year === new Date().getFullYear() ? '' : `?year=${year}`;
  const interesting = person.summary !== null || person.sharedEntries > 0;
  const label = (
    <>
      {person.name}
      {person.userId === me.user.id ? (
        <Text span c="dimmed" size="sm" fw={400}>
          {' '}
          (you)
        </Text>
      ) : null}
    </>
  );
  return interesting ? (
    <Anchor component={Link} to={`/team/cpd/${person.userId}${query}`} fw={600} size="sm">
      {label}
    </Anchor>
  ) : (
    <Text size="sm" fw={600}>
      {label}
    </Text>
  );
}

function People({ people, year }: { people: TTeamMember[]; year: number }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <StackedList label="People">
        {people.map((p) => (
          <StackedItem key={p.userId}>
            <Field label="Name">
              <PersonLink person={p} year={year} />
            </Field>
            <Field label="Hours">
              {p.summary ? <TargetBar summary={p.summary} /> : <NotShared />}
            </Field>
            {p.summary ? (
              <>
                <Field label="Time">{protectedShare(p.summary)}</Field>
                <Field label="Entries">{p.summary.entries}</Field>
              </>
            ) : null}
            <Field label="Shared">{pluralise(p.sharedEntries, 'entry', 'entries')}</Field>
          </StackedItem>
        ))}
      </StackedList>
    );
  }
  return (
    <TableScroll label="People" minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Hours against target</Table.Th>
            <Table.Th scope="col">Protected time</Table.Th>
            <Table.Th scope="col">Entries</Table.Th>
            <Table.Th scope="col">Entries shared</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.userId}>
              <Table.Td>
                <PersonLink person={p} year={year} />
              </Table.Td>
              <Table.Td>{p.summary ? <TargetBar summary={p.summary} /> : <NotShared />}</Table.Td>
              <Table.Td>{p.summary ? protectedShare(p.summary) : '—'}</Table.Td>
              <Table.Td>{p.summary ? p.summary.entries : '—'}</Table.Td>
              <Table.Td>{p.sharedEntries}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Managers and administrators: the summaries people chose to share, and nothing else. */
export function TeamCpdPage() {
  const me = useCurrentMe();
  const institution = me.institution?.name ?? 'your institution';
  const [year, setYear] = useYearParam();
  const team = useTeamSummaries(year);
  // People who share come first; within each group, by name (the server's order).
  const people = team.data
    ? [...team.data.people].sort((a, b) => Number(b.summary !== null) - Number(a.summary !== null))
    : [];
  const sharing = people.filter((p) => p.summary !== null);
  const totalHours = sharing.reduce((sum, p) => sum + (p.summary?.hours ?? 0), 0);
  const atTarget = sharing.filter((p) => p.summary && p.summary.hours >= p.summary.targetHours);

  return (
    <>
      <PageTitle
        title="Team CPD"
        description={`The CPD summaries people in ${institution} chose to share with managers: hours against their target, by type and month, and protected time. Titles, reflections and evidence stay private unless someone shares an entry.`}
        actions={<YearSelect year={year} onChange={setYear} />}
      />
      {team.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading the team">
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : team.isError ? (
        <FormAlert error={team.error} title="The team's CPD could not be loaded" />
      ) : (
        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="team-heading"
        >
          <Group justify="space-between" align="baseline" mb="md" gap="xs">
            <Title order={2} fz="lg" id="team-heading">
              People in {year}
            </Title>
            <Text size="sm" c="dimmed" data-testid="team-sharing">
              {sharing.length} of {pluralise(people.length, 'person', 'people')} share{' '}
              {sharing.length === 1 ? 'a summary' : 'their summary'}
            </Text>
          </Group>
          {sharing.length > 0 ? (
            <Text size="sm" mb="md">
              Together, those who share logged {number.format(totalHours)} hours in {year};{' '}
              {atTarget.length} of {sharing.length} reached their target.
            </Text>
          ) : (
            <Text size="sm" mb="md">
              Nobody has shared a summary yet. Each person chooses on their own CPD dashboard
              (Settings, “Share my summary with managers”).
            </Text>
          )}
          <People people={people} year={year} />
        </Card>
      )}
    </>
  );
}
