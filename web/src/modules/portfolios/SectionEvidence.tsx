import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconFile,
  IconLink,
  IconNotebook,
  IconPlus,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TPortfolioEvidence, TSection } from '../../../../contracts';
import { errorMessage } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatDate } from '../../app/format';
import {
  type TAddEvidence,
  portfolioWrites,
  useRefreshPortfolios,
  useSuggestions,
} from './portfoliosApi';
import { Rendered } from './MarkdownField';
import { formatBytes } from './words';

function linkNote(e: TPortfolioEvidence): string | null {
  if (e.kind !== 'url' || !e.link) return null;
  if (e.link.status === 'unchecked') return 'Not checked yet';
  const when = e.link.checkedAt ? ` (checked ${formatDate(e.link.checkedAt)})` : '';
  return e.link.status === 'ok'
    ? `Answers${when}`
    : `Does not answer${e.link.detail ? `: ${e.link.detail}` : ''}${when}`;
}

export function EvidenceItem({
  e,
  onRemove,
  reader = false,
}: {
  e: TPortfolioEvidence;
  onRemove?: (() => void) | undefined;
  /** Someone without access to the author's CPD log: entries show their reflection, not a link. */
  reader?: boolean;
}) {
  const Icon = e.kind === 'cpd' ? IconNotebook : e.kind === 'file' ? IconFile : IconLink;
  const detail =
    e.kind === 'cpd' && e.cpdEntry
      ? `CPD entry · ${formatDate(e.cpdEntry.date)} · ${e.cpdEntry.hours} h`
      : e.kind === 'file'
        ? `File · ${e.fileName ?? ''}${e.sizeBytes !== null ? ` · ${formatBytes(e.sizeBytes)}` : ''}`
        : `Link · ${e.url}`;
  const note = linkNote(e);
  const broken = e.link?.status === 'broken';
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" py={6}>
      <Icon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        {reader && e.kind === 'cpd' ? (
          <Text fw={600}>{e.title}</Text>
        ) : (
          <Anchor
            href={e.url}
            fw={600}
            {...(e.kind === 'url' ? { target: '_blank', rel: 'noreferrer' } : {})}
          >
            {e.title || e.url}
          </Anchor>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {detail}
        </Text>
        {note ? (
          <Text size="xs" c={broken ? 'red.8' : 'dimmed'}>
            {broken ? <IconAlertTriangle size={12} aria-hidden /> : null} {note}
          </Text>
        ) : null}
        {e.note ? <Text size="sm">{e.note}</Text> : null}
        {reader && e.cpdEntry?.reflectionHtml ? (
          <Rendered html={e.cpdEntry.reflectionHtml} label={`Reflection on ${e.title}`} />
        ) : null}
      </Stack>
      {onRemove ? (
        <Tooltip label="Take out of this section">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${e.title || e.url} from this section`}
            onClick={onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** Evidence of a section: what it has, CPD suggestions (matching ones first), links and files. */
export function SectionEvidence({
  portfolioId,
  section,
  minEvidence,
}: {
  portfolioId: string;
  section: TSection;
  minEvidence: number | undefined;
}) {
  const refresh = useRefreshPortfolios();
  const suggestions = useSuggestions(portfolioId, section.id, true);
  const [url, setUrl] = useState('');
  const [linkTitle, setLinkTitle] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [uploading, setUploading] = useState<{ name: string; progress: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: (body: TAddEvidence) => portfolioWrites.addEvidence(portfolioId, section.id, body),
    onSuccess: () => void refresh(),
  });
  const addLink = useMutation({
    mutationFn: (body: TAddEvidence) => portfolioWrites.addEvidence(portfolioId, section.id, body),
    onSuccess: () => {
      setUrl('');
      setLinkTitle('');
      void refresh();
      notifications.show({ color: 'cairn', title: 'Link added', message: '' });
    },
  });
  const check = useMutation({
    mutationFn: () => portfolioWrites.checkLinks(portfolioId),
    onSuccess: () => void refresh(),
  });
  const hasLinks = section.evidence.some((e) => e.kind === 'url');
  const remove = useMutation({
    mutationFn: (evidenceId: string) =>
      portfolioWrites.removeEvidence(portfolioId, section.id, evidenceId),
    onSuccess: () => void refresh(),
  });

  const used = new Set(section.evidence.flatMap((e) => (e.cpdEntry ? [e.cpdEntry.id] : [])));
  const all = (suggestions.data?.entries ?? []).filter((s) => !used.has(s.id));
  const matching = all.filter((s) => s.matchesSection);
  const shown = showAll
    ? all
    : matching.length > 0
      ? [...matching, ...all.filter((s) => !s.matchesSection).slice(0, 3)]
      : all.slice(0, 8);

  const sendFile = async (file: File | null) => {
    if (!file) return;
    setUploadError(null);
    setUploading({ name: file.name, progress: 0 });
    try {
      await portfolioWrites.uploadEvidence(portfolioId, section.id, file, (sent, total) =>
        setUploading({ name: file.name, progress: total > 0 ? sent / total : 0 }),
      );
      void refresh();
    } catch (error) {
      setUploadError(errorMessage(error));
    } finally {
      setUploading(null);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="pf-evidence-heading">
      <div>
        <Title order={3} fz="md" id="pf-evidence-heading">
          Evidence
        </Title>
        <Text size="sm" c="dimmed">
          {minEvidence ? `At least ${minEvidence} pieces. ` : ''}
          Added at once: no need to save. One piece can serve several sections.
        </Text>
      </div>
      {section.evidence.length > 0 ? (
        <Stack
          component="ul"
          aria-label="Evidence in this section"
          gap={0}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {section.evidence.map((e) => (
            <EvidenceItem key={e.id} e={e} onRemove={() => remove.mutate(e.id)} />
          ))}
        </Stack>
      ) : (
        <Text size="sm">No evidence yet.</Text>
      )}
      <FormAlert error={remove.error} title="The evidence was not removed" />
      {hasLinks ? (
        <Group gap="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => check.mutate()}
            loading={check.isPending}
          >
            Check links now
          </Button>
          <Text size="xs" c="dimmed">
            Links are also checked in the background; the checker reports those that do not answer.
          </Text>
        </Group>
      ) : null}
      <FormAlert error={check.error} title="The links were not checked" />

      <Stack gap={6} component="section" aria-labelledby="pf-suggest-heading">
        <Title order={4} fz="sm" id="pf-suggest-heading">
          From your CPD log
        </Title>
        {suggestions.isError ? (
          <FormAlert error={suggestions.error} title="Suggestions did not load" />
        ) : null}
        {suggestions.data && all.length === 0 ? (
          <Text size="sm" c="dimmed">
            {used.size > 0
              ? 'Every CPD entry you have is already here.'
              : 'Your CPD log has no entries yet: log what you did, tag it, and it shows here.'}
          </Text>
        ) : null}
        {shown.length > 0 ? (
          <Stack
            component="ul"
            aria-label="Suggestions from your CPD log"
            gap={4}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {shown.map((s) => (
              <Group component="li" key={s.id} gap="sm" wrap="nowrap" justify="space-between">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {s.title}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {formatDate(s.date)} · {s.hours} h
                    </Text>
                    {s.matchesSection ? (
                      <Badge size="xs" color="cairn">
                        Matches this section
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  aria-label={`Add “${s.title}” as evidence`}
                  loading={add.isPending && add.variables?.cpdEntryId === s.id}
                  onClick={() => add.mutate({ cpdEntryId: s.id })}
                >
                  Add
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
        {all.length > shown.length ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setShowAll(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            Show all {all.length} entries
          </Button>
        ) : null}
        <FormAlert error={add.error} title="The entry was not added" />
      </Stack>

      <form
        noValidate
        aria-label="Add a link"
        onSubmit={(event) => {
          event.preventDefault();
          addLink.mutate({
            url: url.trim(),
            ...(linkTitle.trim() ? { title: linkTitle.trim() } : {}),
          });
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Link to evidence"
            type="url"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            style={{ flex: '2 1 14rem' }}
          />
          <TextInput
            label="Link title (optional)"
            value={linkTitle}
            onChange={(e) => setLinkTitle(e.currentTarget.value)}
            style={{ flex: '1 1 10rem' }}
          />
          <Button
            type="submit"
            variant="default"
            loading={addLink.isPending}
            leftSection={<IconLink size={16} aria-hidden />}
          >
            Add link
          </Button>
        </Group>
        <FormAlert error={addLink.error} title="The link was not added" />
      </form>

      <Group gap="sm">
        <FileButton onChange={(f) => void sendFile(f)}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconUpload size={16} aria-hidden />}
              disabled={uploading !== null}
            >
              Upload a file
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          PDFs, images, documents. It joins your evidence library.
        </Text>
      </Group>
      {uploading ? (
        <Progress
          value={Math.round(uploading.progress * 100)}
          aria-label={`Uploading ${uploading.name}`}
          animated
        />
      ) : null}
      {uploadError ? (
        <Text size="sm" c="red.8" role="alert">
          Not uploaded: {uploadError}
        </Text>
      ) : null}
    </Stack>
  );
}
