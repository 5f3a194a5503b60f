import { Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { TFrameworkNode, TFrameworkSummary } from '../../../../../contracts';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { frameworkWrites, useRefreshFrameworks } from '../frameworksApi';
import { itemLabel } from '../words';
import { done } from './common';
import { DraftContext, type DraftEditing, type ItemAction } from './draftContext';
import { ItemForm } from './ItemForms';

function countUnder(node: TFrameworkNode): number {
  return node.children.reduce((n, child) => n + 1 + countUnder(child), 0);
}

/**
 * Holds the item form, the delete confirmation and moves for a draft's tree, so that each
 * row needs only its buttons.
 */
export function DraftItemsEditor({
  framework,
  children,
}: {
  framework: TFrameworkSummary;
  children: ReactNode;
}) {
  const refresh = useRefreshFrameworks();
  const [action, setAction] = useState<ItemAction | null>(null);
  const close = () => setAction(null);

  const remove = useMutation({
    mutationFn: (node: TFrameworkNode) => frameworkWrites.removeItem(node.id),
    onSuccess: (_void, node) => {
      void refresh();
      done('Item deleted', `${itemLabel(node)} was deleted.`);
      close();
    },
  });
  const move = useMutation({
    mutationFn: ({ node, position }: { node: TFrameworkNode; position: number }) =>
      frameworkWrites.updateItem(node.id, { position }),
    onSuccess: (item) => {
      void refresh();
      done('Item moved', `${itemLabel(item)} was moved.`);
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The item was not moved',
        message: error.message,
      }),
  });

  const editing: DraftEditing = {
    start: (next) => {
      remove.reset();
      setAction(next);
    },
    move: (node, position) => move.mutate({ node, position }),
    moving: move.isPending,
  };

  const formAction = action && action.kind !== 'delete' ? action : null;
  const deleting = action?.kind === 'delete' ? action.node : null;
  const under = deleting ? countUnder(deleting) : 0;

  return (
    <DraftContext.Provider value={editing}>
      {children}
      <Modal
        opened={formAction !== null}
        onClose={close}
        centered
        size="lg"
        title={
          formAction?.kind === 'edit'
            ? `Edit ${itemLabel(formAction.node)}`
            : formAction?.parent
              ? `Add an item under ${itemLabel(formAction.parent)}`
              : 'Add a top-level item'
        }
      >
        {formAction ? (
          <ItemForm
            // A fresh form for each item.
            key={formAction.kind === 'edit' ? formAction.node.id : `add:${formAction.parent?.id}`}
            frameworkId={framework.id}
            action={formAction}
            onDone={close}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={deleting ? `Delete ${itemLabel(deleting)}?` : 'Delete the item?'}
        confirmLabel="Delete item"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={close}
      >
        <Text size="sm">
          {under > 0
            ? `The ${under === 1 ? 'item' : `${under.toLocaleString('en')} items`} under it will be deleted too. `
            : ''}
          This cannot be undone.
        </Text>
      </ConfirmModal>
    </DraftContext.Provider>
  );
}
