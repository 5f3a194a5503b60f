import { Group, Modal, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type TPlanGoal } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { careerWrites, useRefreshCareers } from '../careersApi';

type Status = TPlanGoal['status'];
interface Values {
  title: string;
  notes: string;
  dueOn: string;
  status: Status;
  milestone: string;
}
const LABELS: Record<keyof Values, string> = {
  title: 'Goal',
  notes: 'Notes (optional)',
  dueOn: 'Due date (optional)',
  status: 'Status',
  milestone: 'First milestone (optional)',
};

function GoalForm({ goal, onDone }: { goal: TPlanGoal | null; onDone: () => void }) {
  const refresh = useRefreshCareers();
  const form = useFormState<Values>(
    {
      title: goal?.title ?? '',
      notes: goal?.notes ?? '',
      dueOn: goal?.dueOn ?? '',
      status: goal?.status ?? 'not-started',
      milestone: '',
    },
    LABELS,
  );
  const v = form.values;
  const save = useMutation({
    mutationFn: () => {
      const common = {
        title: v.title.trim(),
        notes: v.notes.trim() || null,
        dueOn: v.dueOn || null,
        status: v.status,
      };
      return goal
        ? careerWrites.updateGoal(goal.id, common)
        : careerWrites.createGoal({
            ...common,
            ...(v.milestone.trim() ? { milestones: [{ title: v.milestone.trim() }] } : {}),
          });
    },
    onSuccess: (saved) => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: goal ? 'Goal saved' : 'Goal added to your plan',
        message: `“${saved.title}”`,
      });
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        if (!v.title.trim()) {
          form.setErrors({ title: 'Goal is required: say what you want to achieve' });
          return;
        }
        save.mutate();
      }}
      error={save.error}
      errorTitle="The goal was not saved"
      knownFields={['title', 'notes', 'dueOn', 'status', 'milestones']}
      submitLabel={goal ? 'Save' : 'Add to plan'}
      pending={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label="Goal"
        required
        maxLength={160}
        value={v.title}
        error={form.errors.title}
        onChange={(e) => form.setValue('title', e.currentTarget.value)}
      />
      <Group grow gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label="Due date (optional)"
          value={v.dueOn}
          error={form.errors.dueOn}
          onChange={(e) => form.setValue('dueOn', e.currentTarget.value)}
          style={{ minWidth: '10rem' }}
        />
        <NativeSelect
          label="Status"
          data={GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }))}
          value={v.status}
          error={form.errors.status}
          onChange={(e) => form.setValue('status', e.currentTarget.value as Status)}
          style={{ minWidth: '10rem' }}
        />
      </Group>
      <Textarea
        label="Notes (optional)"
        autosize
        minRows={2}
        maxLength={5000}
        value={v.notes}
        error={form.errors.notes}
        onChange={(e) => form.setValue('notes', e.currentTarget.value)}
      />
      {goal ? null : (
        <TextInput
          label="First milestone (optional)"
          description="You can add more milestones on the plan."
          maxLength={160}
          value={v.milestone}
          error={form.errors.milestone}
          onChange={(e) => form.setValue('milestone', e.currentTarget.value)}
        />
      )}
    </ModalForm>
  );
}

export function PlanGoalModal({
  opened,
  goal,
  onClose,
}: {
  opened: boolean;
  goal: TPlanGoal | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={goal ? 'Edit goal' : 'New plan goal'} centered>
      {opened ? <GoalForm goal={goal} onDone={onClose} /> : null}
    </Modal>
  );
}
