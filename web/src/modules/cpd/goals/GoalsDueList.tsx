import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { GOAL_STATUS_LABELS, type TGoal } from '../../../../../contracts';
import { pluralise } from '../../../app/format';
import { formatHours } from '../words';
import { dueText, isOverdue, STATUS_COLORS } from './goalWords';

/** The dashboard's short list: open goals, overdue or due soon first. */
export function GoalsDueList({ goals }: { goals: TGoal[] }) {
  if (goals.length === 0) {
    return (
      <Text size="sm">
        No goals due in the next three months.{' '}
        <Anchor component={Link} to="/cpd/goals">
          Set a goal
        </Anchor>{' '}
        to give your CPD a direction.
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Goals due">
      {goals.map((goal) => {
        const overdue = isOverdue(goal);
        return (
          <li key={goal.id}>
            <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/cpd/goals#goal-${goal.id}`} fw={600} size="sm">
                {goal.title}
              </Anchor>
              <Badge variant="light" color={STATUS_COLORS[goal.status]} radius="sm" size="sm">
                {GOAL_STATUS_LABELS[goal.status]}
              </Badge>
            </Group>
            <Text size="xs" c={overdue ? 'red.9' : 'dimmed'} fw={overdue ? 600 : 400}>
              {goal.dueOn ? dueText(goal.dueOn) : 'No due date'}
              {' · '}
              <Text span size="xs" c="dimmed" fw={400}>
                {goal.progress.entries > 0
                  ? `${pluralise(goal.progress.entries, 'entry', 'entries')}, ${formatHours(goal.progress.hours)} so far`
                  : 'nothing logged towards it yet'}
              </Text>
            </Text>
          </li>
        );
      })}
    </Stack>
  );
}
