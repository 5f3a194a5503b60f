import { Flex, Modal, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import {
  type TGoal,
  type TItemRef,
  ZCreateGoalBody,
  ZUpdateGoalBody,
} from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { useRefreshCpd } from '../cpdApi';
import { ItemPicker } from '../ItemPicker';
import { goalWrites } from './goalsApi';
import { STATUS_OPTIONS, type TGoalStatus } from './goalWords';

const LABELS = {
  title: 'Goal',
  dueOn: 'Due date (optional)',
  status: 'Status',
  notes: 'Notes (optional)',
  itemIds: 'Framework items',
};

interface Values {
  title: string;
  dueOn: string;
  status: TGoalStatus;
  notes: string;
  itemIds: TItemRef[];
}

function GoalForm({ goal, onDone }: { goal: TGoal | null; onDone: () => void }) {
  const refresh = useRefreshCpd();
  const form = useFormState<Values>(
    {
      title: goal?.title ?? '',
      dueOn: goal?.dueOn ?? '',
      status: goal?.status ?? 'not-started',
      notes: goal?.notes ?? '',
      itemIds: goal?.items ?? [],
    },
    LABELS,
  );
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      goal ? goalWrites.update(goal.id, body) : goalWrites.create(body as { title: string }),
    onSuccess: (saved: TGoal) => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: goal ? 'Goal saved' : 'Goal set',
        message: `“${saved.title}”`,
      });
      onDone();
    },
    onError: form.showServerErrors,
  });

  return (
    <ModalForm
      onSubmit={() => {
        const { title, dueOn, status, notes, itemIds } = form.values;
        const input = {
          title,
          dueOn: dueOn || null,
          status,
          notes: notes.trim() ? notes : null,
          itemIds: itemIds.map((item) => item.id),
        };
        const body = form.validate(goal ? ZUpdateGoalBody : ZCreateGoalBody, input);
        if (body) save.mutate(body as Record<string, unknown>);
      }}
      error={save.error}
      errorTitle="The goal was not saved"
      knownFields={Object.keys(LABELS)}
      submitLabel={goal ? 'Save goal' : 'Set goal'}
      pending={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={LABELS.title}
        description="What you want to achieve, in a few words."
        placeholder="For example: Submit my CMALT portfolio"
        value={form.values.title}
        onChange={(event) => form.setValue('title', event.currentTarget.value)}
        error={form.errors.title}
        required
        data-autofocus
        autoComplete="off"
      />
      <Flex direction={{ base: 'column', sm: 'row' }} gap="sm">
        <TextInput
          label={LABELS.dueOn}
          type="date"
          value={form.values.dueOn}
          onChange={(event) => form.setValue('dueOn', event.currentTarget.value)}
          error={form.errors.dueOn}
          w={{ sm: 200 }}
        />
        <NativeSelect
          label={LABELS.status}
          data={STATUS_OPTIONS}
          value={form.values.status}
          onChange={(event) => form.setValue('status', event.currentTarget.value as TGoalStatus)}
          error={form.errors.status}
          w={{ sm: 200 }}
        />
      </Flex>
      <ItemPicker
        label={LABELS.itemIds}
        description="The areas of a framework this goal is about. Entries you tag with them count as progress."
        value={form.values.itemIds}
        onChange={(items) => form.setValue('itemIds', items)}
        error={form.errors.itemIds}
      />
      <Textarea
        label={LABELS.notes}
        value={form.values.notes}
        onChange={(event) => form.setValue('notes', event.currentTarget.value)}
        error={form.errors.notes}
        autosize
        minRows={2}
        maxRows={8}
      />
    </ModalForm>
  );
}

/** Set a new goal (goal null) or change one. */
export function GoalModal({
  opened,
  goal,
  onClose,
}: {
  opened: boolean;
  goal: TGoal | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={goal ? 'Edit goal' : 'New goal'}
      centered
      size="lg"
    >
      {opened ? <GoalForm key={goal?.id ?? 'new'} goal={goal} onDone={onClose} /> : null}
    </Modal>
  );
}
