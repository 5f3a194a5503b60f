import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { GOAL_STATUS_LABELS, type TGoal } from '../../../../../contracts';
import { errorMessage } from '../../../app/api';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { DateTime } from '../../../app/components/DateTime';
import { pluralise } from '../../../app/format';
import { useIsPhone } from '../../../app/media';
import { useRefreshCpd } from '../cpdApi';
import { ItemChip } from '../ItemPicker';
import { formatDay, formatHours } from '../words';
import { useCpdSettings } from '../dashboard/dashboardApi';
import { SettingsModal } from '../dashboard/SettingsModal';
import { GoalModal } from './GoalModal';
import { goalWrites, useGoals } from './goalsApi';
import {
  dueText,
  isOpen,
  isOverdue,
  STATUS_COLORS,
  STATUS_OPTIONS,
  sortGoals,
  type TGoalStatus,
} from './goalWords';
import './goals.css';
import { EditDeleteButtons } from '../../../app/components/EditDeleteButtons';

function StatusControl({ goal }: { goal: TGoal }) {
  const refresh = useRefreshCpd();
  const isPhone = useIsPhone();
  const change = useMutation({
    mutationFn: (status: TGoalStatus) => goalWrites.update(goal.id, { status }),
    onSuccess: (saved) => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: `“${saved.title}”: ${GOAL_STATUS_LABELS[saved.status].toLowerCase()}`,
        message: '',
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The status was not changed',
        message: errorMessage(error),
      }),
  });
  return (
    <SegmentedControl
      aria-label={`Status of ${goal.title}`}
      size="xs"
      fullWidth={isPhone}
      data={STATUS_OPTIONS}
      value={change.isPending && change.variables ? change.variables : goal.status}
      onChange={(value) => change.mutate(value as TGoalStatus)}
      disabled={change.isPending}
      color={STATUS_COLORS[goal.status] === 'gray' ? 'gray' : STATUS_COLORS[goal.status]}
    />
  );
}

function GoalCard({
  goal,
  onEdit,
  onDelete,
}: {
  goal: TGoal;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const overdue = isOverdue(goal);
  const headingId = `goal-${goal.id}-title`;
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      id={`goal-${goal.id}`}
      aria-labelledby={headingId}
      className="goal-card"
      data-overdue={overdue ? '' : undefined}
      data-open={isOpen(goal) ? '' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="md" id={headingId} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            {goal.title}
          </Title>
          <Group gap={6}>
            {overdue ? (
              <Badge color="red" variant="filled" radius="sm">
                Overdue
              </Badge>
            ) : null}
            <Badge color={STATUS_COLORS[goal.status]} variant="light" radius="sm">
              {GOAL_STATUS_LABELS[goal.status]}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : 400}>
          {goal.dueOn ? (
            <>
              Due {formatDay(goal.dueOn)}
              {isOpen(goal) ? ` · ${dueText(goal.dueOn)}` : ''}
            </>
          ) : (
            'No due date'
          )}
        </Text>
        {goal.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {goal.notes}
          </Text>
        ) : null}
        {goal.items.length > 0 ? (
          <div>
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Framework items
            </Text>
            <Group
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={`Framework items of ${goal.title}`}
            >
              {goal.items.map((item) => (
                <ItemChip key={item.id} item={item} />
              ))}
            </Group>
          </div>
        ) : null}
        <Text size="sm" c="dimmed">
          {goal.items.length === 0 ? (
            'Link framework items to see progress from the entries you tag with them.'
          ) : goal.progress.entries > 0 ? (
            <>
              Progress: {pluralise(goal.progress.entries, 'entry', 'entries')},{' '}
              {formatHours(goal.progress.hours)} tagged with these items since you set the goal on{' '}
              <DateTime value={goal.createdAt} dateOnly />.{' '}
              {goal.items.length === 1 && goal.items[0] ? (
                <Anchor component={Link} to={`/cpd?tagId=${goal.items[0].id}`} size="sm">
                  See them
                </Anchor>
              ) : null}
            </>
          ) : (
            'No entries tagged with these items since you set the goal yet.'
          )}
        </Text>
        <Group justify="space-between" gap="sm" align="flex-end">
          <StatusControl goal={goal} />
          <EditDeleteButtons name={goal.title} onEdit={onEdit} onDelete={onDelete} />
        </Group>
      </Stack>
    </Card>
  );
}

/** The yearly target, with a button to change it. */
function TargetCard() {
  const settings = useCpdSettings();
  const [opened, setOpened] = useState(false);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="goals-target">
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <IconTarget size={28} aria-hidden color="var(--mantine-color-cairn-8)" />
          <div>
            <Title order={2} fz="md" id="goals-target">
              Yearly target
            </Title>
            <Text size="sm" data-testid="yearly-target">
              {settings.data
                ? `${formatHours(settings.data.yearlyTargetHours)} of CPD each calendar year.`
                : settings.isError
                  ? errorMessage(settings.error)
                  : 'Loading…'}{' '}
              <Anchor component={Link} to="/cpd/dashboard" size="sm">
                See how far you are
              </Anchor>
            </Text>
          </div>
        </Group>
        <Button
          variant="default"
          size="sm"
          onClick={() => setOpened(true)}
          disabled={!settings.data}
        >
          Change the target
        </Button>
      </Group>
      {settings.data ? (
        <SettingsModal opened={opened} settings={settings.data} onClose={() => setOpened(false)} />
      ) : null}
    </Card>
  );
}

function DeleteGoal({ goal, onClose }: { goal: TGoal | null; onClose: () => void }) {
  const refresh = useRefreshCpd();
  const remove = useMutation({
    mutationFn: (id: string) => goalWrites.remove(id),
    onSuccess: () => {
      void refresh();
      notifications.show({ color: 'cairn', title: 'Goal deleted', message: `“${goal?.title}”` });
      onClose();
    },
  });
  return (
    <ConfirmModal
      opened={goal !== null}
      title="Delete this goal?"
      confirmLabel="Delete goal"
      danger
      loading={remove.isPending}
      error={remove.error}
      onConfirm={() => goal && remove.mutate(goal.id)}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    >
      <Text size="sm">
        “{goal?.title}” goes, with its notes and links to framework items. Your CPD entries stay as
        they are.
      </Text>
    </ConfirmModal>
  );
}

export function GoalsPage() {
  const goals = useGoals();
  const [editing, setEditing] = useState<{ goal: TGoal | null } | null>(null);
  const [deleting, setDeleting] = useState<TGoal | null>(null);
  const { hash } = useLocation();
  const list = goals.data ? sortGoals(goals.data) : [];
  const open = list.filter(isOpen);
  const closed = list.filter((g) => !isOpen(g));

  // From the dashboard's "goals due": bring that goal into view.
  useEffect(() => {
    if (!hash || !goals.data) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash, goals.data]);

  const newGoal = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => setEditing({ goal: null })}
    >
      New goal
    </Button>
  );

  const cards = (items: TGoal[], label: string) => (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((goal) => (
        <li key={goal.id}>
          <GoalCard
            goal={goal}
            onEdit={() => setEditing({ goal })}
            onDelete={() => setDeleting(goal)}
          />
        </li>
      ))}
    </Stack>
  );

  return (
    <>
      <PageTitle
        title="Goals"
        description="Your yearly hours target and the goals you set yourself, each linked to the framework items it is about."
        actions={newGoal}
      />
      <Stack gap="lg">
        <TargetCard />
        {goals.isPending ? (
          <Stack gap="sm" aria-busy="true" aria-label="Loading your goals">
            <Skeleton height={120} />
            <Skeleton height={120} />
          </Stack>
        ) : goals.isError ? (
          <FormAlert error={goals.error} title="Your goals could not be loaded" />
        ) : list.length === 0 ? (
          <Card withBorder padding="lg">
            <Stack gap="sm" align="flex-start">
              <Title order={2} fz="lg">
                No goals yet
              </Title>
              <Text>
                A goal gives your CPD a direction: “Submit my CMALT portfolio by June”, “Learn to
                build accessible H5P content”. Link it to the framework items it is about, and the
                entries you tag with them show as progress.
              </Text>
              <Button variant="light" onClick={() => setEditing({ goal: null })}>
                Set your first goal
              </Button>
            </Stack>
          </Card>
        ) : (
          <>
            <section aria-labelledby="goals-open">
              <Title order={2} fz="lg" mb="sm" id="goals-open">
                Open goals{' '}
                <Text span c="dimmed" fz="sm" fw={400}>
                  ({open.length})
                </Text>
              </Title>
              {open.length > 0 ? (
                cards(open, 'Open goals')
              ) : (
                <Text size="sm">Nothing open: every goal is achieved or dropped.</Text>
              )}
            </section>
            {closed.length > 0 ? (
              <section aria-labelledby="goals-closed">
                <Title order={2} fz="lg" mb="sm" id="goals-closed">
                  Achieved and dropped{' '}
                  <Text span c="dimmed" fz="sm" fw={400}>
                    ({closed.length})
                  </Text>
                </Title>
                {cards(closed, 'Achieved and dropped goals')}
              </section>
            ) : null}
          </>
        )}
      </Stack>
      <GoalModal
        opened={editing !== null}
        goal={editing?.goal ?? null}
        onClose={() => setEditing(null)}
      />
      <DeleteGoal goal={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
