import { Alert, Anchor, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { TCpdImportResult } from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { pluralise } from '../../../app/format';
import { useRefreshCpd } from '../cpdApi';
import { formatBytes } from '../words';
import {
  IMPORT_LIMIT_CHARS,
  importKind,
  readFileText,
  sendImport,
  type TImportKind,
} from './exchangeApi';
import { PreviewTable } from './PreviewTable';

/** Where an import is: each step shows what is happening, and how far along it is. */
type Step =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number }
  | { step: 'sending'; name: string; sent: number; total: number; importing: boolean }
  | { step: 'failed'; name: string; error: unknown }
  | { step: 'preview'; name: string; kind: TImportKind; text: string; result: TCpdImportResult }
  | { step: 'done'; name: string; kind: TImportKind; result: TCpdImportResult };

const KIND_NAMES: Record<TImportKind, string> = { csv: 'CSV file', ical: 'calendar file' };

function Busy({ label, value }: { label: string; value: number | null }) {
  return (
    <Stack gap={6} aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress
        value={value ?? 100}
        animated={value === null}
        striped={value === null}
        aria-label={label}
        color="cairn.8"
      />
    </Stack>
  );
}

function Summary({
  name,
  kind,
  result,
}: {
  name: string;
  kind: TImportKind;
  result: TCpdImportResult;
}) {
  const rows = kind === 'ical' ? 'event' : 'row';
  const parts = [
    `${pluralise(result.valid, `${rows}`)} ready to import`,
    `${pluralise(result.invalid, rows)} with problems`,
  ];
  if (result.duplicates > 0) parts.push(`${pluralise(result.duplicates, rows)} imported before`);
  return (
    <Text fw={600} data-testid="import-summary">
      {name} ({KIND_NAMES[kind]}): {parts.join(', ')}.
    </Text>
  );
}

/**
 * Choose a CSV or iCalendar file; it is read here, checked by the server without importing
 * anything, and shown row by row. Then: import the valid rows, or nothing.
 */
export function ImportPanel() {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const refresh = useRefreshCpd();

  const reset = () => {
    setState({ step: 'idle' });
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const name = file.name;
    if (file.size > IMPORT_LIMIT_CHARS) {
      setState({
        step: 'failed',
        name,
        error: new Error(
          `${name} is ${formatBytes(file.size)}: Cairn imports files of up to 5 MB. Split it into smaller files (by year, say) and import each. Nothing was sent.`,
        ),
      });
      return;
    }
    setState({ step: 'reading', name, loaded: 0, total: file.size });
    let text: string;
    try {
      text = await readFileText(file, (loaded, total) =>
        setState({ step: 'reading', name, loaded, total }),
      );
    } catch (error) {
      setState({ step: 'failed', name, error });
      return;
    }
    if (!text.trim()) {
      setState({
        step: 'failed',
        name,
        error: new Error(
          `${name} is empty. Choose the file you exported or saved. Nothing was sent.`,
        ),
      });
      return;
    }
    const kind = importKind(name, text);
    setState({ step: 'sending', name, sent: 0, total: text.length, importing: false });
    try {
      const result = await sendImport(kind, text, 'preview', (sent, total) =>
        setState({ step: 'sending', name, sent, total, importing: false }),
      );
      setState({ step: 'preview', name, kind, text, result });
    } catch (error) {
      setState({ step: 'failed', name, error });
    }
  };

  const importValid = async () => {
    if (state.step !== 'preview') return;
    const { name, kind, text } = state;
    setState({ step: 'sending', name, sent: 0, total: text.length, importing: true });
    try {
      const result = await sendImport(kind, text, 'valid', (sent, total) =>
        setState({ step: 'sending', name, sent, total, importing: true }),
      );
      void refresh();
      setState({ step: 'done', name, kind, result });
    } catch (error) {
      setState({ step: 'failed', name, error });
    }
  };

  const picker = (
    <Stack gap={6}>
      <label htmlFor={inputId}>
        <Text size="sm" fw={500} span>
          CSV or calendar (.ics) file
        </Text>
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".csv,.ics,.txt,text/csv,text/calendar"
        onChange={(event) => void choose(event)}
        disabled={state.step === 'reading' || state.step === 'sending'}
        aria-describedby={`${inputId}-help`}
        className="exchange-file"
      />
      <Text size="xs" c="dimmed" id={`${inputId}-help`}>
        Up to 5 MB. Nothing is imported until you have seen the preview and chosen to.
      </Text>
    </Stack>
  );

  switch (state.step) {
    case 'idle':
      return picker;
    case 'reading':
      return (
        <Stack gap="md">
          {picker}
          <Busy
            label={`Reading ${state.name}: ${formatBytes(state.loaded)} of ${formatBytes(state.total)}`}
            value={state.total ? (state.loaded / state.total) * 100 : null}
          />
        </Stack>
      );
    case 'sending': {
      const uploading = state.total > 0 && state.sent < state.total;
      const verb = state.importing ? 'Importing' : 'Checking';
      return (
        <Busy
          label={
            uploading
              ? `Sending ${state.name}: ${Math.round((state.sent / state.total) * 100)}%`
              : `${verb} every row of ${state.name}…`
          }
          value={uploading ? (state.sent / state.total) * 100 : null}
        />
      );
    }
    case 'failed':
      return (
        <Stack gap="md">
          <FormAlert error={state.error} title={`${state.name} could not be imported`}>
            <Text size="sm" mt={4}>
              Nothing was imported. Fix the file and choose it again.
            </Text>
          </FormAlert>
          {picker}
        </Stack>
      );
    case 'preview': {
      const { result, kind, name } = state;
      const noun = kind === 'ical' ? 'event' : 'row';
      return (
        <Stack gap="md">
          <Summary name={name} kind={kind} result={result} />
          {kind === 'ical' ? (
            <Text size="sm" c="dimmed">
              Calendar events become drafts: they count towards your hours once you confirm them in
              your CPD log.
            </Text>
          ) : null}
          {result.warnings.length > 0 ? (
            <Alert
              color="amber"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title="About the file"
            >
              <List size="sm" spacing={2}>
                {result.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <PreviewTable result={result} />
          {result.valid === 0 ? (
            <Text size="sm" fw={600}>
              No {noun} can be imported as it is. Fix the file and choose it again.
            </Text>
          ) : result.invalid > 0 ? (
            <Text size="sm">
              Importing the valid {noun}s leaves out the {pluralise(result.invalid, noun)} with
              problems: fix {result.invalid === 1 ? 'it' : 'them'} and import{' '}
              {result.invalid === 1 ? 'it' : 'them'} later, or fix the file and start again.
            </Text>
          ) : null}
          <Group gap="sm">
            <Button
              leftSection={<IconFileImport size={18} aria-hidden />}
              onClick={() => void importValid()}
              disabled={result.valid === 0}
            >
              {kind === 'ical'
                ? `Import ${pluralise(result.valid, 'event')} as drafts`
                : `Import ${result.valid} valid ${result.valid === 1 ? 'row' : 'rows'}`}
            </Button>
            <Button variant="default" onClick={reset}>
              Cancel (import nothing)
            </Button>
          </Group>
        </Stack>
      );
    }
    case 'done': {
      const { result, kind, name } = state;
      const skipped = result.invalid + result.duplicates;
      return (
        <Stack gap="md">
          <Alert
            color="cairn"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title={`Imported ${pluralise(result.imported, 'entry', 'entries')} from ${name}`}
            role="status"
          >
            <Stack gap={4}>
              {skipped > 0 ? (
                <Text size="sm">
                  {pluralise(
                    skipped,
                    kind === 'ical' ? 'event was' : 'row was',
                    kind === 'ical' ? 'events were' : 'rows were',
                  )}{' '}
                  left out.
                </Text>
              ) : null}
              {kind === 'ical' ? (
                <Text size="sm">
                  They are drafts until you confirm them.{' '}
                  <Anchor component={Link} to="/cpd?draft=true" fw={600}>
                    Review and confirm the drafts
                  </Anchor>
                </Text>
              ) : (
                <Text size="sm">
                  <Anchor component={Link} to="/cpd" fw={600}>
                    See them in your CPD log
                  </Anchor>
                </Text>
              )}
            </Stack>
          </Alert>
          <Group>
            <Button variant="default" onClick={reset}>
              Import another file
            </Button>
          </Group>
        </Stack>
      );
    }
  }
}
