import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../app/api';
import { pluralise } from '../../app/format';
import { cpdWrites } from './cpdApi';

interface Options {
  /** The entries just deleted. */
  ids: string[];
  /** "“ALT webinar” deleted" or "3 entries deleted". */
  title: string;
  /** Runs after the restore (refresh the caches, go back to the entry). */
  onRestored: () => void;
}

/**
 * After a delete: a notification with "Undo", which restores exactly those entries (the
 * server keeps deleted entries for a day, far longer than the notification shows).
 */
export function notifyDeletedWithUndo({ ids, title, onRestored }: Options) {
  const id = `cpd-deleted-${ids[0] ?? ''}-${ids.length}`;
  const undo = async () => {
    notifications.update({
      id,
      loading: true,
      title: 'Restoring…',
      message: '',
      autoClose: false,
    });
    try {
      await cpdWrites.bulk('restore', ids);
      onRestored();
      notifications.update({
        id,
        loading: false,
        color: 'cairn',
        title: 'Restored',
        message: `${ids.length === 1 ? 'The entry is' : `${pluralise(ids.length, 'entry', 'entries')} are`} back in your CPD log.`,
        autoClose: 5000,
      });
    } catch (error) {
      notifications.update({
        id,
        loading: false,
        color: 'red',
        title: 'Could not restore',
        message: errorMessage(error),
        autoClose: false,
      });
    }
  };
  notifications.show({
    id,
    color: 'gray',
    title,
    autoClose: 15_000,
    message: (
      <Group gap="sm" justify="space-between" wrap="nowrap" mt={4}>
        <Text size="sm">{ids.length === 1 ? 'It has' : 'They have'} gone from your CPD log.</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undo()}>
          Undo
        </Button>
      </Group>
    ),
  });
}
