import { Alert, Button, Group, List, Menu, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { TPortfolio } from '../../../../contracts';
import { errorMessage, isApiError } from '../../app/api';
import { downloadExport, type TExportFormat } from './portfoliosApi';
import { formatBytes } from './words';

const FORMATS: { format: TExportFormat; label: string; hint: string; ext: string }[] = [
  {
    format: 'html',
    label: 'Web page (HTML)',
    hint: 'Opens in any browser, no server needed',
    ext: 'html',
  },
  { format: 'pdf', label: 'PDF', hint: 'Contents, headings and evidence links', ext: 'pdf' },
  {
    format: 'zip',
    label: 'ZIP with evidence files',
    hint: 'For schemes that take a folder; at most 25 MB',
    ext: 'zip',
  },
  { format: 'markdown', label: 'Markdown', hint: 'Plain text to edit elsewhere', ext: 'md' },
];

interface TooLarge {
  message: string;
  files: { id: string; name: string }[];
}

/** The largest files the server named: their evidence ids come as fields { path: "link", message: id }. */
function tooLarge(error: unknown, portfolio: TPortfolio): TooLarge | null {
  if (!isApiError(error) || error.status !== 413) return null;
  const names = new Map(
    portfolio.sectionList.flatMap((s) =>
      s.evidence.map((e) => [e.id, e.fileName ?? e.title] as const),
    ),
  );
  return {
    message: error.message,
    files: error.fields
      .filter((f) => f.path === 'link')
      .map((f) => ({ id: f.message, name: names.get(f.message) ?? 'A file' })),
  };
}

/** Export as HTML, PDF, ZIP or Markdown with progress; an oversized ZIP offers to link files. */
export function ExportMenu({ portfolio }: { portfolio: TPortfolio }) {
  const [busy, setBusy] = useState<{
    format: TExportFormat;
    received: number;
    total: number;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [large, setLarge] = useState<TooLarge | null>(null);
  const [linked, setLinked] = useState<string[]>([]);

  const run = async (format: TExportFormat, link: string[] = []) => {
    setProblem(null);
    setLarge(null);
    setBusy({ format, received: 0, total: 0 });
    const ext = FORMATS.find((f) => f.format === format)?.ext ?? format;
    const slug =
      portfolio.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'portfolio';
    try {
      const done = await downloadExport(
        portfolio.id,
        format,
        link,
        (received, total) => setBusy({ format, received, total }),
        `${slug}.${ext}`,
      );
      notifications.show({
        color: 'cairn',
        title: 'Export ready',
        message: `${done.fileName} (${formatBytes(done.size)}) is in your downloads.`,
      });
      setLinked([]);
    } catch (error) {
      const big = format === 'zip' ? tooLarge(error, portfolio) : null;
      if (big) {
        setLarge(big);
        setLinked(link);
      } else if (isApiError(error) && error.status === 404 && error.code !== 'NOT_FOUND') {
        setProblem('Exports are not available on this server yet.');
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={busy !== null}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {FORMATS.map((f) => (
            <Menu.Item key={f.format} onClick={() => void run(f.format)}>
              <Text size="sm" fw={600}>
                {f.label}
              </Text>
              <Text size="xs" c="dimmed">
                {f.hint}
              </Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {busy || problem || large ? (
        <Stack gap="xs" w="100%" data-testid="export-status">
          {busy ? (
            <Stack gap={4}>
              <Text size="sm">
                Preparing the {FORMATS.find((f) => f.format === busy.format)?.label}…{' '}
                {busy.received > 0 ? formatBytes(busy.received) : ''}
              </Text>
              <Progress
                value={busy.total > 0 ? Math.round((busy.received / busy.total) * 100) : 100}
                animated={busy.total === 0}
                aria-label="Export progress"
              />
            </Stack>
          ) : null}
          {problem ? (
            <Alert color="red" variant="light" title="The export did not work" role="alert">
              {problem}
            </Alert>
          ) : null}
          {large ? (
            <Alert color="amber" variant="light" title="The ZIP would be too large" role="alert">
              <Stack gap="xs">
                <Text size="sm">{large.message}</Text>
                {large.files.length > 0 ? (
                  <List size="sm" aria-label="Largest files">
                    {large.files.map((f) => (
                      <List.Item key={f.id}>{f.name}</List.Item>
                    ))}
                  </List>
                ) : null}
                <Group gap="sm">
                  <Button
                    size="xs"
                    onClick={() =>
                      void run('zip', [...new Set([...linked, ...large.files.map((f) => f.id)])])
                    }
                    disabled={large.files.length === 0}
                  >
                    Link these files instead
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setLarge(null)}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
