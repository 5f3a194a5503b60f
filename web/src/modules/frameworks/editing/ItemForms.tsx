import { Group, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { ZCreateItemBody, ZUpdateItemBody } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { frameworkWrites, type TItemFields, useRefreshFrameworks } from '../frameworksApi';
import { itemLabel } from '../words';
import { done, orNull } from './common';
import type { ItemAction } from './draftContext';

const ITEM_LABELS = { code: 'Code', title: 'Title', statement: 'Statement', type: 'Type' };

/** Adds an item to a draft, or edits one of its items. */
export function ItemForm({
  frameworkId,
  action,
  onDone,
}: {
  frameworkId: string;
  action: Extract<ItemAction, { kind: 'add' | 'edit' }>;
  onDone: () => void;
}) {
  const refresh = useRefreshFrameworks();
  const node = action.kind === 'edit' ? action.node : null;
  const parentId = action.kind === 'add' ? (action.parent?.id ?? null) : null;
  const form = useFormState(
    {
      code: node?.code ?? '',
      title: node?.title ?? '',
      statement: node?.statement ?? '',
      type: node?.type ?? '',
    },
    ITEM_LABELS,
  );
  const save = useMutation({
    mutationFn: (fields: TItemFields) =>
      node
        ? frameworkWrites.updateItem(node.id, fields)
        : frameworkWrites.addItem(frameworkId, { ...fields, parentId }),
    onSuccess: (item) => {
      void refresh();
      if (node) done('Item saved', `${itemLabel(item)} was updated.`);
      else {
        if (action.kind === 'add') action.onAdded?.();
        done('Item added', `${itemLabel(item)} was added.`);
      }
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        const fields = {
          code: orNull(form.values.code),
          title: orNull(form.values.title),
          statement: form.values.statement,
          type: orNull(form.values.type),
        };
        const body = node
          ? form.validate(ZUpdateItemBody, fields)
          : form.validate(ZCreateItemBody, { ...fields, parentId });
        if (body) save.mutate({ ...fields, statement: fields.statement.trim() });
      }}
      error={save.error}
      errorTitle={node ? 'The item was not saved' : 'The item was not added'}
      knownFields={Object.keys(ITEM_LABELS)}
      submitLabel={node ? 'Save item' : 'Add item'}
      pending={save.isPending}
      onCancel={onDone}
    >
      <Group gap="md" align="flex-start" grow wrap="wrap">
        <TextInput
          label={ITEM_LABELS.code}
          description="Optional, e.g. “1.2”."
          value={form.values.code}
          onChange={(event) => form.setValue('code', event.currentTarget.value)}
          error={form.errors.code}
          data-autofocus
          style={{ minWidth: '8rem' }}
        />
        <TextInput
          label={ITEM_LABELS.type}
          description="Optional, e.g. “Area” or “Standard”."
          value={form.values.type}
          onChange={(event) => form.setValue('type', event.currentTarget.value)}
          error={form.errors.type}
          style={{ minWidth: '10rem' }}
        />
      </Group>
      <TextInput
        label={ITEM_LABELS.title}
        description="Optional: a short name. Without one, the statement names the item."
        value={form.values.title}
        onChange={(event) => form.setValue('title', event.currentTarget.value)}
        error={form.errors.title}
      />
      <Textarea
        label={ITEM_LABELS.statement}
        description="What the item means, in full."
        autosize
        minRows={3}
        maxRows={12}
        value={form.values.statement}
        onChange={(event) => form.setValue('statement', event.currentTarget.value)}
        error={form.errors.statement}
        required
      />
    </ModalForm>
  );
}
