import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Progress,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { GOAL_STATUS_LABELS, type TMilestone, type TPlanGoal } from '../../../../../contracts';
import { errorMessage } from '../../../app/api';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { formatDate } from '../../../app/format';
import { dueText, isOverdue, STATUS_COLORS } from '../../cpd/goals/goalWords';
import { careerWrites, usePlan, useRecommendationTitles, useRefreshCareers } from '../careersApi';
import { PlanGoalModal } from './GoalModal';
import { EditDeleteButtons } from '../../../app/components/EditDeleteButtons';

function MilestoneRow({ goal, milestone }: { goal: TPlanGoal; milestone: TMilestone }) {
  const refresh = useRefreshCareers();
  // The box shows the new state at once, until the saved plan arrives (or the change fails).
  const [ticked, setTicked] = useState<boolean | null>(null);
  const tick = useMutation({
    mutationFn: (done: boolean) => careerWrites.updateMilestone(goal.id, milestone.id, { done }),
    onSuccess: () => refresh(),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The milestone was not changed',
        message: errorMessage(error),
      }),
    onSettled: () => setTicked(null),
  });
  const remove = useMutation({
    mutationFn: () => careerWrites.removeMilestone(goal.id, milestone.id),
    onSuccess: () => refresh(),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The milestone was not deleted',
        message: errorMessage(error),
      }),
  });
  const done = ticked ?? milestone.doneAt !== null;
  return (
    <Group component="li" justify="space-between" gap="xs" wrap="nowrap">
      <Checkbox
        checked={done}
        disabled={tick.isPending}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setTicked(next);
          tick.mutate(next);
        }}
        label={
          <span style={{ textDecoration: done ? 'line-through' : undefined }}>
            {milestone.title}
          </span>
        }
        description={
          milestone.doneAt
            ? `Done ${formatDate(milestone.doneAt)}`
            : milestone.dueOn
              ? `Due ${formatDate(milestone.dueOn)}`
              : undefined
        }
      />
      <ActionIcon
        variant="subtle"
        color="red"
        onClick={() => remove.mutate()}
        loading={remove.isPending}
        aria-label={`Delete milestone ${milestone.title}`}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

function AddMilestone({ goal }: { goal: TPlanGoal }) {
  const refresh = useRefreshCareers();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: () =>
      careerWrites.addMilestone(goal.id, { title: title.trim(), dueOn: dueOn || null }),
    onSuccess: async () => {
      await refresh();
      setTitle('');
      setDueOn('');
    },
  });
  return (
    <form
      noValidate
      aria-label={`Add a milestone to ${goal.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) {
          setProblem('Milestone is required: name the step');
          return;
        }
        add.mutate();
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          label="New milestone"
          value={title}
          maxLength={160}
          error={problem}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setProblem(undefined);
          }}
          style={{ flex: '1 1 12rem' }}
        />
        <TextInput
          size="xs"
          type="date"
          label="Due (optional)"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
        <Button size="xs" type="submit" variant="default" loading={add.isPending}>
          Add milestone
        </Button>
      </Group>
      {add.error ? (
        <Text size="sm" c="red.8" role="alert" mt={4}>
          {errorMessage(add.error)}
        </Text>
      ) : null}
    </form>
  );
}

function GoalCard({
  goal,
  from,
  onEdit,
  onDelete,
}: {
  goal: TPlanGoal;
  from: string | null;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const done = goal.milestones.filter((m) => m.doneAt !== null).length;
  const total = goal.milestones.length;
  const overdue = isOverdue(goal);
  const headingId = `plan-goal-${goal.id}`;
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={headingId}
      data-testid="plan-goal"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} fz="md" id={headingId} style={{ flex: '1 1 14rem', minWidth: 0 }}>
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
        <Text size="sm" c={overdue ? 'red.9' : undefined}>
          {goal.dueOn ? `Due ${formatDate(goal.dueOn)} · ${dueText(goal.dueOn)}` : 'No due date'}
        </Text>
        {from ? (
          <Text size="sm">
            From the recommendation{' '}
            <Anchor component={Link} to="/careers/recommendations" size="sm">
              {from}
            </Anchor>
          </Text>
        ) : null}
        {goal.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {goal.notes}
          </Text>
        ) : null}
        <div>
          <Text size="sm" fw={600} id={`${headingId}-ms`}>
            Milestones{total > 0 ? `: ${done} of ${total} done` : ''}
          </Text>
          {total > 0 ? (
            <>
              <Progress value={(done / total) * 100} size="sm" my={6} aria-hidden="true" />
              <Stack
                component="ul"
                gap={6}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-labelledby={`${headingId}-ms`}
              >
                {goal.milestones.map((m) => (
                  <MilestoneRow key={m.id} goal={goal} milestone={m} />
                ))}
              </Stack>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              None yet: break the goal into steps you can tick off.
            </Text>
          )}
        </div>
        <AddMilestone goal={goal} />
        <Group justify="space-between" gap="sm" align="center">
          {goal.cpdGoalId ? (
            <Anchor component={Link} to={`/cpd/goals#goal-${goal.cpdGoalId}`} size="sm">
              The linked CPD goal
            </Anchor>
          ) : (
            <span />
          )}
          <EditDeleteButtons name={goal.title} onEdit={onEdit} onDelete={onDelete} />
        </Group>
      </Stack>
    </Card>
  );
}

export function PlanPage() {
  const plan = usePlan();
  const titles = useRecommendationTitles();
  const refresh = useRefreshCareers();
  const [editing, setEditing] = useState<TPlanGoal | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TPlanGoal | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => careerWrites.removeGoal(id),
    onSuccess: () => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: 'Goal deleted',
        message: deleting ? `“${deleting.title}”` : '',
      });
      setDeleting(null);
    },
  });
  const goals = plan.data ?? [];
  return (
    <>
      <PageTitle
        title="Career plan"
        description="Goals that take you toward your target, with milestones and dates."
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            New goal
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconInfoCircle size={20} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">
            Each plan goal is also a goal of your CPD log: it shows on your{' '}
            <Anchor component={Link} to="/cpd/dashboard" size="sm">
              CPD dashboard
            </Anchor>{' '}
            and{' '}
            <Anchor component={Link} to="/cpd/goals" size="sm">
              CPD goals
            </Anchor>
            , where the CPD you log counts toward it.
          </Text>
        </Group>
        {plan.isPending ? (
          <Skeleton height={200} aria-label="Loading your plan" />
        ) : plan.isError ? (
          <FormAlert error={plan.error} title="Your plan could not be loaded" />
        ) : goals.length === 0 ? (
          <Card withBorder padding="lg" component="section" aria-labelledby="plan-empty">
            <Stack gap="sm" align="flex-start">
              <Title order={2} fz="lg" id="plan-empty">
                Your plan is empty
              </Title>
              <Text size="sm">
                Start from your recommendations: each one says why it suits you, and “Add to plan”
                turns it into a goal with its first milestones. Or write a goal of your own.
              </Text>
              <Group gap="sm">
                <Button
                  component={Link}
                  to="/careers/recommendations"
                  leftSection={<IconSparkles size={18} aria-hidden />}
                >
                  See your recommendations
                </Button>
                <Button variant="default" onClick={() => setEditing('new')}>
                  Write your own goal
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : (
          goals.map((g) => (
            <GoalCard
              key={g.id}
              goal={g}
              from={
                g.recommendationKey
                  ? (titles.data?.get(g.recommendationKey) ?? g.recommendationKey)
                  : null
              }
              onEdit={() => setEditing(g)}
              onDelete={() => setDeleting(g)}
            />
          ))
        )}
      </Stack>
      <PlanGoalModal
        opened={editing !== null}
        goal={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">
          Its milestones go with it, and so does the linked goal of your CPD log.
        </Text>
      </ConfirmModal>
    </>
  );
}
