import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustments,
  IconCalendarEvent,
  IconFileImport,
  IconPencilPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TCpdDashboard } from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { pluralise } from '../../../app/format';
import { openQuickCapture } from '../QuickCapture';
import { formatDay, formatHours, typeLabel } from '../words';
import { GoalsDueList } from '../goals/GoalsDueList';
import { CoverageMap } from './CoverageMap';
import { thisYear, useDashboard } from './dashboardApi';
import { SettingsModal } from './SettingsModal';
import { useYearParam, YearSelect } from './YearSelect';
import { MonthChart, TargetProgress, TimeKindChart, TypeChart } from './SummaryCharts';

function Section({
  title,
  children,
  action,
}: {
  /** Without a title, the card's content brings its own heading (the charts do). */
  title?: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const id = title ? `dash-${title.toLowerCase().replace(/\W+/g, '-')}` : undefined;
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={id}
    >
      {title ? (
        <Group justify="space-between" align="baseline" mb="sm" gap="xs">
          <Title order={2} fz="lg" id={id}>
            {title}
          </Title>
          {action}
        </Group>
      ) : null}
      {children}
    </Card>
  );
}

/** For someone who has logged nothing yet: what the dashboard will show, and how to start. */
function FirstSteps() {
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="dash-first"
    >
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg" id="dash-first">
          Your dashboard fills in as you log CPD
        </Title>
        <Text>
          Each conference, webinar, conversation with a colleague or hour spent trying out a new
          tool is continuing professional development. Once you log it, this page shows:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            your hours this year against your yearly target (20 hours unless you change it);
          </List.Item>
          <List.Item>
            your hours by month and by type, and how much was protected work time;
          </List.Item>
          <List.Item>
            which areas of a framework such as CMALT your CPD covers, and which are still empty;
          </List.Item>
          <List.Item>your latest entries and the goals coming due.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          Logging takes a title and a few seconds: use “Log CPD” at the top of any page, or the
          Alt+N keys.
        </Text>
        <Group gap="sm">
          <Button leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={openQuickCapture}>
            Log your first CPD
          </Button>
          <Button
            variant="default"
            component={Link}
            to="/cpd/import"
            leftSection={<IconFileImport size={18} aria-hidden />}
          >
            Import from a file or calendar
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Recent({ entries }: { entries: TCpdDashboard['recent'] }) {
  if (entries.length === 0) {
    return <Text size="sm">No entries yet. What you log appears here.</Text>;
  }
  return (
    <Stack
      component="ul"
      gap="xs"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Recent entries"
    >
      {entries.map((entry) => (
        <li key={entry.id}>
          <Anchor component={Link} to={`/cpd/entries/${entry.id}`} fw={600} size="sm">
            {entry.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDay(entry.date)} · {formatHours(entry.hours)} · {typeLabel(entry.type)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading your dashboard">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Skeleton height={180} />
        <Skeleton height={180} />
      </SimpleGrid>
      <Skeleton height={260} />
    </Stack>
  );
}

export function DashboardPage() {
  const [year, setYear] = useYearParam();
  const current = year === thisYear();
  const dashboard = useDashboard(year);
  const [settingsOpened, settings] = useDisclosure(false);
  const data = dashboard.data;
  const yearSelect = <YearSelect year={year} onChange={setYear} />;

  const newcomer = data ? data.recent.length === 0 && data.drafts === 0 : false;

  return (
    <>
      <PageTitle
        title="CPD dashboard"
        description="Your year of continuing professional development at a glance: hours, kinds of CPD, framework coverage and goals."
        actions={
          <Group gap="sm" align="flex-end">
            {yearSelect}
            <Button
              variant="default"
              leftSection={<IconAdjustments size={18} aria-hidden />}
              onClick={settings.open}
              disabled={!data}
            >
              Settings
            </Button>
          </Group>
        }
      />
      {dashboard.isPending ? (
        <DashboardSkeleton />
      ) : dashboard.isError ? (
        <FormAlert error={dashboard.error} title="The dashboard could not be loaded" />
      ) : data ? (
        <Stack gap="lg" aria-busy={dashboard.isFetching ? 'true' : undefined}>
          {data.drafts > 0 ? (
            <Alert
              color="amber"
              variant="light"
              icon={<IconCalendarEvent aria-hidden />}
              title={`${pluralise(data.drafts, 'calendar event')} to confirm`}
            >
              <Text size="sm">
                Imported calendar events are drafts: they count towards your hours once you confirm
                them (and say what you learnt, if you like).{' '}
                <Anchor component={Link} to="/cpd?draft=true" fw={600}>
                  Review the drafts
                </Anchor>
              </Text>
            </Alert>
          ) : null}

          {newcomer ? (
            <FirstSteps />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Section
                  title={current ? 'This year so far' : `In ${year}`}
                  action={
                    <Anchor component="button" type="button" size="sm" onClick={settings.open}>
                      Change the target
                    </Anchor>
                  }
                >
                  <TargetProgress summary={data.summary} current={current} />
                </Section>
                <Section>
                  <TimeKindChart summary={data.summary} />
                </Section>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Section>
                  <MonthChart summary={data.summary} />
                </Section>
                <Section>
                  <TypeChart summary={data.summary} />
                </Section>
              </SimpleGrid>
            </>
          )}

          <Stack gap="sm" component="section" aria-labelledby="dash-coverage">
            <Group justify="space-between" align="baseline" gap="xs">
              <Title order={2} fz="lg" id="dash-coverage">
                Framework coverage
              </Title>
              <Anchor component="button" type="button" size="sm" onClick={settings.open}>
                Choose frameworks
              </Anchor>
            </Group>
            {data.coverage.length === 0 ? (
              <Text size="sm">
                No framework to map yet. Choose one in the settings to see which of its areas your
                CPD covers.
              </Text>
            ) : (
              data.coverage.map((c) => <CoverageMap key={c.framework.id} coverage={c} />)
            )}
          </Stack>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Section
              title="Recent entries"
              action={
                <Anchor component={Link} to="/cpd" size="sm">
                  All entries
                </Anchor>
              }
            >
              <Recent entries={data.recent} />
            </Section>
            <Section
              title="Goals due"
              action={
                <Anchor component={Link} to="/cpd/goals" size="sm">
                  All goals
                </Anchor>
              }
            >
              <GoalsDueList goals={data.goalsDue} />
            </Section>
          </SimpleGrid>
          <SettingsModal
            opened={settingsOpened}
            settings={data.settings}
            onClose={settings.close}
          />
        </Stack>
      ) : null}
    </>
  );
}
