import {
  Button,
  CloseButton,
  Group,
  Menu,
  Modal,
  Paper,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconStar, IconTags, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { TCpdEntry, TItemRef } from '../../../../contracts';
import { errorMessage } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { pluralise } from '../../app/format';
import { useIsPhone } from '../../app/media';
import { useCurrentMe } from '../../app/session';
import { cpdWrites, type TBulkAction, useRefreshCpd } from './cpdApi';
import { ItemPicker } from './ItemPicker';
import { notifyDeletedWithUndo } from './undo';
import './cpd.css';

const DONE: Record<Exclude<TBulkAction, 'delete' | 'restore'>, string> = {
  tag: 'tagged',
  untag: 'untagged',
  'mark-significant': 'marked significant',
  'unmark-significant': 'no longer marked significant',
  share: 'shared with your managers',
  unshare: 'no longer shared',
  'confirm-drafts': 'confirmed',
};

const entries = (n: number) => pluralise(n, 'entry', 'entries');

interface Props {
  selected: TCpdEntry[];
  onClear: () => void;
  /** The "select all on this page" checkbox, at the start of the bar. */
  selectAll: ReactNode;
}

type Dialog = { kind: 'tag' | 'untag' } | { kind: 'share' } | null;

/**
 * Above the list: "select all", and once entries are chosen, what can be done to them at
 * once (tag, significance, sharing, drafts, delete). It then stays in view while scrolling.
 */
export function BulkBar({ selected, onClear, selectAll }: Props) {
  const me = useCurrentMe();
  const refresh = useRefreshCpd();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [items, setItems] = useState<TItemRef[]>([]);
  const ids = selected.map((entry) => entry.id);
  const any = selected.length > 0;
  const isPhone = useIsPhone();
  const size = isPhone ? 'compact-sm' : 'sm';
  const drafts = selected.filter((entry) => entry.draft).length;
  const institution = me.institution?.name ?? 'your institution';

  const run = useMutation({
    mutationFn: ({ action, tagIds }: { action: TBulkAction; tagIds?: string[] }) =>
      cpdWrites.bulk(action, ids, tagIds),
    onSuccess: (result) => {
      void refresh();
      setDialog(null);
      setItems([]);
      onClear();
      if (result.action === 'delete') {
        notifyDeletedWithUndo({
          ids: result.ids,
          title: `${entries(result.changed)} deleted`,
          onRestored: () => void refresh(),
        });
      } else if (result.action !== 'restore') {
        notifications.show({
          color: 'cairn',
          title: `${entries(result.changed)} ${DONE[result.action]}`,
          message: '',
        });
      }
    },
    onError: (error) => {
      // Inside a dialog the error shows there; otherwise as a notification.
      if (dialog) return;
      notifications.show({
        color: 'red',
        title: 'That did not work',
        message: errorMessage(error),
      });
    },
  });

  const closeDialog = () => {
    setDialog(null);
    setItems([]);
    run.reset();
  };

  return (
    <>
      <Paper
        className={any ? 'cpd-bulk-bar' : undefined}
        withBorder={any}
        shadow={any ? 'md' : undefined}
        p={any ? 'sm' : 0}
        bg={any ? undefined : 'transparent'}
        role="region"
        aria-label="Bulk actions"
      >
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="md" wrap="wrap">
            {selectAll}
            <Group gap={4} wrap="nowrap">
              <Text fw={600} size="sm" role="status">
                {any ? `${entries(selected.length)} selected` : ''}
              </Text>
              {any ? (
                <Tooltip label="Clear selection">
                  <CloseButton aria-label="Clear selection" onClick={onClear} />
                </Tooltip>
              ) : null}
            </Group>
          </Group>
          {any ? (
            <Group gap="xs" wrap="wrap">
              <Button
                size={size}
                variant="default"
                leftSection={isPhone ? undefined : <IconTags size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'tag' })}
              >
                Tag…
              </Button>
              <Button
                size={size}
                variant="default"
                leftSection={isPhone ? undefined : <IconStar size={16} aria-hidden />}
                loading={run.isPending && run.variables?.action === 'mark-significant'}
                onClick={() => run.mutate({ action: 'mark-significant' })}
              >
                Mark significant
              </Button>
              <Menu position="top-end" withinPortal>
                <Menu.Target>
                  <Button
                    size={size}
                    variant="default"
                    rightSection={<IconChevronDown size={16} aria-hidden />}
                  >
                    More
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => run.mutate({ action: 'unmark-significant' })}>
                    Unmark significant
                  </Menu.Item>
                  <Menu.Item onClick={() => setDialog({ kind: 'share' })}>
                    Share with managers…
                  </Menu.Item>
                  <Menu.Item onClick={() => run.mutate({ action: 'unshare' })}>
                    Stop sharing
                  </Menu.Item>
                  <Menu.Item onClick={() => setDialog({ kind: 'untag' })}>Remove a tag…</Menu.Item>
                  <Menu.Item
                    disabled={drafts === 0}
                    onClick={() => run.mutate({ action: 'confirm-drafts' })}
                  >
                    Confirm drafts{drafts > 0 ? ` (${drafts})` : ''}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
              <Button
                size={size}
                color="red"
                variant="light"
                leftSection={isPhone ? undefined : <IconTrash size={16} aria-hidden />}
                loading={run.isPending && run.variables?.action === 'delete'}
                onClick={() => run.mutate({ action: 'delete' })}
              >
                Delete
              </Button>
            </Group>
          ) : null}
        </Group>
      </Paper>

      <Modal
        opened={dialog?.kind === 'tag' || dialog?.kind === 'untag'}
        onClose={closeDialog}
        title={
          dialog?.kind === 'untag'
            ? `Remove a tag from ${entries(ids.length)}`
            : `Tag ${entries(ids.length)}`
        }
        size="lg"
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (items.length === 0 || !dialog || dialog.kind === 'share') return;
            run.mutate({ action: dialog.kind, tagIds: items.map((item) => item.id) });
          }}
        >
          <Stack gap="md">
            <ItemPicker
              label="Framework items"
              description={
                dialog?.kind === 'untag'
                  ? 'The chosen items are taken off every selected entry that has them.'
                  : 'Search any framework. The chosen items are added to every selected entry.'
              }
              value={items}
              onChange={setItems}
            />
            <FormAlert error={run.error} title="Nothing was changed" />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={closeDialog} disabled={run.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={run.isPending} disabled={items.length === 0}>
                {dialog?.kind === 'untag' ? 'Remove tags' : 'Add tags'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <ConfirmModal
        opened={dialog?.kind === 'share'}
        title={`Share ${entries(ids.length)} with managers?`}
        confirmLabel="Share"
        loading={run.isPending}
        error={run.error}
        onConfirm={() => run.mutate({ action: 'share' })}
        onClose={closeDialog}
      >
        <Text>
          The managers of {institution} will be able to read{' '}
          {ids.length === 1 ? 'this entry' : 'these entries'}, with{' '}
          {ids.length === 1 ? 'its' : 'their'} reflection and evidence. You can stop sharing at any
          time.
        </Text>
      </ConfirmModal>
    </>
  );
}
