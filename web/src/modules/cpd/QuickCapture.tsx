import {
  ActionIcon,
  Anchor,
  Button,
  Flex,
  Kbd,
  Modal,
  NativeSelect,
  NumberInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencilPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { type TCpdEntry, type TCpdType, ZCreateCpdEntryBody } from '../../../../contracts';
import { ModalForm } from '../../app/components/ModalForm';
import { useFormState } from '../../app/forms';
import { useIsPhone } from '../../app/media';
import { cpdWrites, useRefreshCpd } from './cpdApi';
import {
  CAPTURE_HOTKEY,
  CAPTURE_HOTKEY_LABEL,
  formatHours,
  TYPE_OPTIONS,
  todayIso,
  typeLabel,
} from './words';

// Whether the quick capture dialog is open: the header button, the shortcut and the CPD
// pages' own buttons all open the same one.
// Each opening is a new round, so the form starts empty again.
let state = { opened: false, round: 0 };
const listeners = new Set<() => void>();
function setState(next: typeof state) {
  state = next;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => state;

/** Opens quick capture from anywhere in the signed-in app. */
export function openQuickCapture() {
  if (!state.opened) setState({ opened: true, round: state.round + 1 });
}
const closeQuickCapture = () => setState({ ...state, opened: false });

const LABELS = { title: 'Title', date: 'Date', hours: 'Hours', type: 'Type' };

interface Values {
  title: string;
  date: string;
  hours: number | string;
  type: TCpdType;
}

function CaptureForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshCpd();
  const form = useFormState<Values>(
    { title: '', date: todayIso(), hours: 1, type: 'other' },
    LABELS,
  );
  const create = useMutation({
    mutationFn: cpdWrites.create,
    onSuccess: (entry: TCpdEntry) => {
      void refresh();
      onDone();
      const id = `cpd-logged-${entry.id}`;
      const to = `/cpd/entries/${entry.id}`;
      notifications.show({
        id,
        color: 'cairn',
        title: 'CPD logged',
        autoClose: 10_000,
        message: (
          <>
            “{entry.title}”, {formatHours(entry.hours)} of {typeLabel(entry.type).toLowerCase()}.{' '}
            <Anchor
              href={to}
              fw={600}
              onClick={(event) => {
                event.preventDefault();
                notifications.hide(id);
                navigate(to);
              }}
            >
              Open it to add details
            </Anchor>
          </>
        ),
      });
    },
    onError: form.showServerErrors,
  });

  return (
    <ModalForm
      onSubmit={() => {
        const { title, date, hours, type } = form.values;
        const body = form.validate(ZCreateCpdEntryBody, {
          title,
          date: date || undefined,
          hours: hours === '' ? undefined : Number(hours),
          type,
        });
        if (body) create.mutate(body);
      }}
      error={create.error}
      errorTitle="The entry was not saved"
      knownFields={Object.keys(LABELS)}
      submitLabel="Save"
      pending={create.isPending}
      onCancel={onDone}
    >
      <Text size="sm" c="dimmed">
        A title is enough. Add a reflection, evidence and framework tags later from the CPD log.
      </Text>
      <Flex direction={{ base: 'column', sm: 'row' }} gap="sm" align={{ sm: 'flex-start' }}>
        <TextInput
          label={LABELS.title}
          placeholder="What did you do? For example: ALT webinar on captions"
          value={form.values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.errors.title}
          required
          data-autofocus
          autoComplete="off"
          flex={{ base: '0 0 auto', sm: '1 1 16rem' }}
        />
        <TextInput
          label={LABELS.date}
          type="date"
          value={form.values.date}
          onChange={(event) => form.setValue('date', event.currentTarget.value)}
          error={form.errors.date}
          w={{ sm: 150 }}
        />
        <NumberInput
          label={LABELS.hours}
          value={form.values.hours}
          onChange={(value) => form.setValue('hours', value)}
          error={form.errors.hours}
          min={0.25}
          max={24}
          step={0.25}
          decimalScale={2}
          allowNegative={false}
          w={{ sm: 96 }}
        />
        <NativeSelect
          label={LABELS.type}
          data={TYPE_OPTIONS}
          value={form.values.type}
          onChange={(event) => form.setValue('type', event.currentTarget.value as TCpdType)}
          error={form.errors.type}
          w={{ sm: 210 }}
        />
      </Flex>
    </ModalForm>
  );
}

/**
 * "Log CPD" in the header, and Alt+N anywhere (except while typing in a field): one line
 * (title, date, hours, type) and Enter saves.
 */
export function QuickCapture() {
  const { opened, round } = useSyncExternalStore(subscribe, snapshot);
  const isPhone = useIsPhone();
  useHotkeys([
    [
      CAPTURE_HOTKEY,
      () => {
        // Not on top of another dialog.
        if (document.querySelector('[aria-modal="true"]')) return;
        openQuickCapture();
      },
      { usePhysicalKeys: true },
    ],
  ]);
  const tooltip = (
    <>
      Log CPD <Kbd size="xs">{CAPTURE_HOTKEY_LABEL}</Kbd>
    </>
  );

  return (
    <>
      <Tooltip label={tooltip} withArrow openDelay={300}>
        {isPhone ? (
          <ActionIcon
            size={36}
            variant="filled"
            aria-label="Log CPD"
            aria-keyshortcuts="Alt+N"
            onClick={openQuickCapture}
          >
            <IconPencilPlus size={20} aria-hidden />
          </ActionIcon>
        ) : (
          <Button
            leftSection={<IconPencilPlus size={18} aria-hidden />}
            aria-keyshortcuts="Alt+N"
            onClick={openQuickCapture}
          >
            Log CPD
          </Button>
        )}
      </Tooltip>
      <Modal
        opened={opened}
        onClose={closeQuickCapture}
        title="Log CPD"
        size={isPhone ? 'md' : 860}
        centered={!isPhone}
      >
        <CaptureForm key={round} onDone={closeQuickCapture} />
      </Modal>
    </>
  );
}
