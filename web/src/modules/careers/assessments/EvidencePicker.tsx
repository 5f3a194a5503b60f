import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../../app/components/FormAlert';
import { useCpdEntries, useCpdEntry } from '../../cpd/cpdApi';
import { formatDay, formatHours } from '../../cpd/words';

/** A linked CPD entry by id: its title as a link, once it has loaded. */
export function EntryTitle({ id }: { id: string }) {
  const entry = useCpdEntry(id);
  if (!entry.data)
    return (
      <Text span size="sm">
        {entry.isError ? 'An entry no longer in your CPD log' : 'Loading…'}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/cpd/entries/${id}`} size="sm">
      {entry.data.title}
    </Anchor>
  );
}

function Picker({
  itemLabel,
  selected,
  onSave,
  onCancel,
  pending,
}: {
  itemLabel: string;
  selected: string[];
  onSave: (ids: string[]) => void;
  onCancel: () => void;
  pending: boolean;
}) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [chosen, setChosen] = useState<string[]>(selected);
  const entries = useCpdEntries(debounced.trim() ? { q: debounced.trim() } : {}, 1);
  const list = entries.data?.entries ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm">Choose entries of your CPD log that show “{itemLabel}”. At most 20.</Text>
      <TextInput
        label="Search your CPD log"
        placeholder="Words of the title or reflection"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        rightSection={entries.isFetching ? <Loader size="xs" /> : null}
      />
      {entries.isError ? (
        <FormAlert error={entries.error} title="Your CPD log could not be searched" />
      ) : list.length === 0 && !entries.isPending ? (
        <Text size="sm" c="dimmed">
          {debounced.trim() ? 'No entries match those words.' : 'Your CPD log has no entries yet.'}
        </Text>
      ) : (
        <Checkbox.Group
          label="Entries"
          value={chosen}
          onChange={(next) => setChosen(next.slice(0, 20))}
        >
          <Stack gap={6} mt={4} mah={320} style={{ overflowY: 'auto' }}>
            {list.map((e) => (
              <Checkbox
                key={e.id}
                value={e.id}
                label={e.title}
                description={`${formatDay(e.date)} · ${formatHours(e.hours)}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button onClick={() => onSave(chosen)} loading={pending}>
          Link {chosen.length === 1 ? '1 entry' : `${chosen.length} entries`}
        </Button>
      </Group>
    </Stack>
  );
}

export function EvidencePickerModal({
  opened,
  itemLabel,
  selected,
  onSave,
  onClose,
  pending,
}: {
  opened: boolean;
  itemLabel: string;
  selected: string[];
  onSave: (ids: string[]) => void;
  onClose: () => void;
  pending: boolean;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Link CPD entries" centered size="lg">
      {opened ? (
        <Picker
          itemLabel={itemLabel}
          selected={selected}
          onSave={onSave}
          onCancel={onClose}
          pending={pending}
        />
      ) : null}
    </Modal>
  );
}
