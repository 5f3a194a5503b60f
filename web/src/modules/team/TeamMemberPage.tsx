import {
  Anchor,
  Badge,
  Breadcrumbs,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconExternalLink, IconFile } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { TCpdEntry } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import {
  MonthChart,
  TargetProgress,
  TimeKindChart,
  TypeChart,
} from '../cpd/dashboard/SummaryCharts';
import { thisYear } from '../cpd/dashboard/dashboardApi';
import { useYearParam, YearSelect } from '../cpd/dashboard/YearSelect';
import { formatDay, formatHours, TIME_KIND_LABELS, typeLabel } from '../cpd/words';
import { itemLabel } from '../frameworks/words';
import { useTeamMember } from './teamApi';
import '../cpd/cpd.css';
import './team.css';

function SharedEntry({ entry }: { entry: TCpdEntry }) {
  const headingId = `shared-${entry.id}`;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="md" id={headingId} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            {entry.title}
          </Title>
          {entry.significant ? (
            <Badge color="amber" variant="light" radius="sm">
              Significant
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {formatDay(entry.date)} · {formatHours(entry.hours)} · {typeLabel(entry.type)}
          {entry.timeKind ? ` · ${TIME_KIND_LABELS[entry.timeKind]}` : ''}
        </Text>
        {entry.tags.length > 0 ? (
          <Text size="sm">
            <Text span fw={600} size="sm">
              Framework items:{' '}
            </Text>
            {entry.tags.map(itemLabel).join('; ')}
          </Text>
        ) : null}
        {entry.reflectionHtml ? (
          <div className="team-reflection">
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Reflection
            </Text>
            <div
              className="cpd-reflection"
              // Rendered and sanitised on the server (ZCpdEntry.reflectionHtml).
              // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server
              dangerouslySetInnerHTML={{ __html: entry.reflectionHtml }}
            />
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            No reflection written.
          </Text>
        )}
        {entry.evidence.length > 0 ? (
          <div>
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Evidence
            </Text>
            <Stack
              component="ul"
              gap={4}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={`Evidence for ${entry.title}`}
            >
              {entry.evidence.map((e) => (
                <li key={e.id}>
                  <Anchor
                    href={e.url}
                    size="sm"
                    target={e.kind === 'link' ? '_blank' : undefined}
                    rel={e.kind === 'link' ? 'noopener noreferrer' : undefined}
                  >
                    <Group gap={6} wrap="nowrap" component="span">
                      {e.kind === 'link' ? (
                        <IconExternalLink size={16} aria-hidden />
                      ) : (
                        <IconFile size={16} aria-hidden />
                      )}
                      <span>
                        {e.title || e.fileName || e.url}
                        {e.kind === 'link' ? ' (opens in a new tab)' : ' (download)'}
                      </span>
                    </Group>
                  </Anchor>
                </li>
              ))}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

/** What a manager may read of one person: their shared summary and the entries they shared. */
export function TeamMemberPage() {
  const { userId = '' } = useParams();
  const [year, setYear] = useYearParam();
  const person = useTeamMember(userId, year);
  const data = person.data;
  const name = data?.name ?? 'Team member';
  const back = `/team/cpd${year === thisYear() ? '' : `?year=${year}`}`;

  return (
    <>
      <Breadcrumbs separator="›" mb="xs" aria-label="Breadcrumb" component="nav">
        <Anchor component={Link} to={back} size="sm">
          Team CPD
        </Anchor>
        <Text size="sm" aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
      <PageTitle
        title={name}
        documentTitle={`${name} · Team CPD`}
        description="What this person shares with managers: their summary and the entries they chose to share."
        actions={<YearSelect year={year} onChange={setYear} />}
      />
      {person.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading">
          <Skeleton height={160} />
          <Skeleton height={220} />
        </Stack>
      ) : person.isError ? (
        <FormAlert error={person.error} title="This person's CPD could not be loaded" />
      ) : data ? (
        <Stack gap="lg">
          {data.summary ? (
            <>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Card
                  withBorder
                  padding="lg"
                  p={{ base: 'md', sm: 'lg' }}
                  component="section"
                  aria-labelledby="tm-target"
                >
                  <Title order={2} fz="lg" mb="sm" id="tm-target">
                    Hours in {year}
                  </Title>
                  <TargetProgress
                    summary={data.summary}
                    current={year === thisYear()}
                    who={data.name}
                  />
                </Card>
                <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }} component="section">
                  <TimeKindChart summary={data.summary} who={data.name} />
                </Card>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }} component="section">
                  <MonthChart summary={data.summary} />
                </Card>
                <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }} component="section">
                  <TypeChart summary={data.summary} />
                </Card>
              </SimpleGrid>
            </>
          ) : (
            <Card withBorder padding="lg">
              <Text>
                {data.name} has not shared a summary of their CPD. Only they can choose to, on their
                own dashboard.
              </Text>
            </Card>
          )}
          <section aria-labelledby="tm-shared">
            <Title order={2} fz="lg" mb="sm" id="tm-shared">
              Entries shared with managers{' '}
              <Text span c="dimmed" fz="sm" fw={400}>
                ({data.sharedEntries.length})
              </Text>
            </Title>
            {data.sharedEntries.length === 0 ? (
              <Text size="sm">
                {data.name} has not shared any entry. Reflections and evidence stay private unless
                they share an entry on its own.
              </Text>
            ) : (
              <Stack
                component="ul"
                gap="sm"
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label="Shared entries"
              >
                {data.sharedEntries.map((entry) => (
                  <li key={entry.id}>
                    <SharedEntry entry={entry} />
                  </li>
                ))}
              </Stack>
            )}
            {data.sharedEntries.length > 0 ? (
              <Text size="xs" c="dimmed" mt="xs">
                Shared entries of every year, newest first; the numbers above are for {year}.
              </Text>
            ) : null}
          </section>
        </Stack>
      ) : null}
    </>
  );
}
