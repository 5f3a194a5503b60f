import { Button, Flex, Group, Progress, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { FormAlert } from '../../../app/components/FormAlert';
import { formatBytes } from '../words';
import { downloadExport, saveBlob, type TExportFormat } from './exchangeApi';

const FORMATS: { value: TExportFormat; label: string; description: string }[] = [
  {
    value: 'csv',
    label: 'CSV',
    description:
      'For spreadsheets, and to import again: the same columns as the import, tags as “CMALT 3a”.',
  },
  {
    value: 'json',
    label: 'JSON',
    description:
      'Everything about each entry, with its tags and evidence list: for other software.',
  },
  {
    value: 'ics',
    label: 'iCalendar (.ics)',
    description: 'Each entry as an all-day event, for a calendar app.',
  },
];

type Busy = { received: number; total: number } | null;

/** Choose a format (and, if you like, dates), then download: with progress while it comes. */
export function ExportPanel() {
  const [format, setFormat] = useState<TExportFormat>('csv');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const download = async () => {
    if (from && to && from > to) {
      setError(new Error('The “from” date is after the “to” date: swap them or clear one.'));
      return;
    }
    const params = new URLSearchParams({ format });
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    setError(null);
    setBusy({ received: 0, total: 0 });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const file = await downloadExport(
        params,
        (received, total) => setBusy({ received, total }),
        controller.signal,
      );
      saveBlob(file.blob, file.fileName);
      notifications.show({
        color: 'cairn',
        title: 'Export ready',
        message: `${file.fileName} (${formatBytes(file.blob.size)}) is in your downloads.`,
      });
    } catch (cause) {
      if (!(cause instanceof DOMException && cause.name === 'AbortError')) setError(cause);
    } finally {
      abort.current = null;
      setBusy(null);
    }
  };

  const progressLabel = busy
    ? busy.total > 0
      ? `Downloading: ${formatBytes(busy.received)} of ${formatBytes(busy.total)}`
      : busy.received > 0
        ? `Downloading: ${formatBytes(busy.received)} so far`
        : 'Preparing your export…'
    : '';

  return (
    <Stack gap="md">
      <Radio.Group
        label="Format"
        value={format}
        onChange={(value) => setFormat(value as TExportFormat)}
      >
        <Stack gap="xs" mt={6}>
          {FORMATS.map((f) => (
            <Radio key={f.value} value={f.value} label={f.label} description={f.description} />
          ))}
        </Stack>
      </Radio.Group>
      <Flex direction={{ base: 'column', xs: 'row' }} gap="sm">
        <TextInput
          type="date"
          label="From (optional)"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          w={{ xs: 190 }}
        />
        <TextInput
          type="date"
          label="To (optional)"
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          w={{ xs: 190 }}
        />
      </Flex>
      <Text size="xs" c="dimmed">
        Without dates, the export holds every entry you have logged. Drafts from calendar imports
        are left out until you confirm them.
      </Text>
      <FormAlert error={error} title="The export did not download" />
      {busy ? (
        <Stack gap={6} aria-live="polite">
          <Text size="sm">{progressLabel}</Text>
          <Progress
            value={busy.total > 0 ? (busy.received / busy.total) * 100 : 100}
            animated={busy.total === 0}
            striped={busy.total === 0}
            aria-label={progressLabel}
            color="cairn.8"
          />
        </Stack>
      ) : null}
      <Group gap="sm">
        <Button
          leftSection={<IconDownload size={18} aria-hidden />}
          onClick={() => void download()}
          loading={busy !== null}
          loaderProps={{ 'aria-label': 'Downloading' }}
        >
          Download {FORMATS.find((f) => f.value === format)?.label}
        </Button>
        {busy ? (
          <Button variant="default" onClick={() => abort.current?.abort()}>
            Stop
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
