import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  CloseButton,
  FileButton,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFile, IconLink, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type TEvidence, ZCreateLinkEvidenceBody } from '../../../../contracts';
import { errorMessage, isApiError } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { useFormState } from '../../app/forms';
import { cpdWrites, useRefreshCpd } from './cpdApi';
import { formatBytes } from './words';
import './cpd.css';

interface Upload {
  key: string;
  name: string;
  /** 0 to 1. */
  progress: number;
  error: string | null;
}

/** What went wrong with one file, said so that the person knows what to do next. */
function uploadProblem(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'FILE_TOO_LARGE' || error.status === 413) {
      return error.message || 'The file is too large. Make it smaller or add a link to it instead.';
    }
    if (error.code === 'UNSUPPORTED_FILE_TYPE' || error.status === 415) {
      return error.message || 'Cairn does not keep this type of file. Save it as a PDF or image.';
    }
  }
  return errorMessage(error);
}

function EvidenceRow({ evidence, onRemove }: { evidence: TEvidence; onRemove: () => void }) {
  const isFile = evidence.kind === 'file';
  const details = isFile
    ? [evidence.fileName, evidence.sizeBytes !== null ? formatBytes(evidence.sizeBytes) : null]
        .filter(Boolean)
        .join(' · ')
    : evidence.url;
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" py={6}>
      {isFile ? (
        <IconFile size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      ) : (
        <IconLink size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      )}
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        {isFile ? (
          <Anchor href={evidence.url} download={evidence.fileName ?? true} fw={600}>
            {evidence.title}
            <VisuallyHidden> (download)</VisuallyHidden>
          </Anchor>
        ) : (
          <Anchor href={evidence.url} target="_blank" rel="noreferrer" fw={600}>
            {evidence.title || evidence.url}
          </Anchor>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {isFile ? `File: ${details}` : `Link: ${details}`}
        </Text>
      </Stack>
      <Tooltip label="Remove">
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Remove ${evidence.title || evidence.url}`}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

const LINK_LABELS = { url: 'Web address', title: 'Title (optional)' };

function LinkForm({ entryId }: { entryId: string }) {
  const refresh = useRefreshCpd();
  const form = useFormState({ url: '', title: '' }, LINK_LABELS);
  const add = useMutation({
    mutationFn: (body: { url: string; title?: string }) => cpdWrites.addLink(entryId, body),
    onSuccess: () => {
      void refresh();
      form.reset();
      notifications.show({ color: 'cairn', title: 'Link added', message: '' });
    },
    onError: form.showServerErrors,
  });
  return (
    <form
      noValidate
      aria-label="Add a link"
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZCreateLinkEvidenceBody, {
          url: form.values.url.trim(),
          ...(form.values.title.trim() ? { title: form.values.title.trim() } : {}),
        });
        if (body) add.mutate(body);
      }}
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label={LINK_LABELS.url}
            type="url"
            placeholder="https://…"
            value={form.values.url}
            onChange={(event) => form.setValue('url', event.currentTarget.value)}
            error={form.errors.url}
            style={{ flex: '2 1 16rem' }}
          />
          <TextInput
            label={LINK_LABELS.title}
            value={form.values.title}
            onChange={(event) => form.setValue('title', event.currentTarget.value)}
            error={form.errors.title}
            style={{ flex: '1 1 12rem' }}
          />
        </Group>
        <FormAlert
          error={add.error}
          title="The link was not added"
          knownFields={['url', 'title']}
        />
        <Group>
          <Button
            type="submit"
            variant="default"
            loading={add.isPending}
            leftSection={<IconLink size={16} aria-hidden />}
          >
            Add link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Files (dropped or chosen, uploaded one after another with progress) and links. Each is
 * saved at once, apart from the entry's own "Save changes".
 */
export function EvidenceSection({ entryId, evidence }: { entryId: string; evidence: TEvidence[] }) {
  const refresh = useRefreshCpd();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const [removing, setRemoving] = useState<TEvidence | null>(null);

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const send = async (files: File[]) => {
    const batch = files.map((file, i) => ({
      key: `${Date.now()}-${i}-${file.name}`,
      name: file.name,
      progress: 0,
      error: null,
    }));
    setUploads((current) => [...current.filter((u) => u.error), ...batch]);
    for (const [i, file] of files.entries()) {
      const key = batch[i]?.key ?? '';
      try {
        await cpdWrites.uploadEvidence(entryId, file, (sent, total) =>
          patch(key, { progress: total > 0 ? sent / total : 0 }),
        );
        setUploads((current) => current.filter((u) => u.key !== key));
        void refresh();
      } catch (error) {
        patch(key, { error: uploadProblem(error) });
      }
    }
  };

  const remove = useMutation({
    mutationFn: (id: string) => cpdWrites.removeEvidence(id),
    onSuccess: () => {
      void refresh();
      setRemoving(null);
    },
  });

  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="evidence-heading"
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id="evidence-heading">
            Evidence
          </Title>
          <Text size="sm" c="dimmed">
            Certificates, slides, screenshots, or links to what you made. Added at once: no need to
            save.
          </Text>
        </div>

        {evidence.length > 0 ? (
          <Stack
            component="ul"
            aria-label="Evidence"
            gap={0}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {evidence.map((item) => (
              <EvidenceRow key={item.id} evidence={item} onRemove={() => setRemoving(item)} />
            ))}
          </Stack>
        ) : (
          <Text size="sm">No evidence yet.</Text>
        )}

        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for mice; the button inside does the same from the keyboard */}
        <div
          className="cpd-dropzone"
          data-over={over || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(false);
            const files = Array.from(event.dataTransfer.files);
            if (files.length > 0) void send(files);
          }}
        >
          <Stack gap="xs" align="center">
            <Text size="sm">Drop files here, or</Text>
            <FileButton multiple onChange={(files) => files.length > 0 && void send(files)}>
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  leftSection={<IconUpload size={16} aria-hidden />}
                >
                  Choose files to upload
                </Button>
              )}
            </FileButton>
          </Stack>
        </div>

        {uploads.length > 0 ? (
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label="Uploads"
          >
            {uploads.map((u) => (
              <li key={u.key}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {u.name}
                    </Text>
                    {u.error ? (
                      <Text size="sm" c="red.8" role="alert">
                        Not uploaded: {u.error}
                      </Text>
                    ) : (
                      <Progress
                        value={Math.round(u.progress * 100)}
                        aria-label={`Uploading ${u.name}`}
                        animated={u.progress >= 1}
                      />
                    )}
                  </Stack>
                  {u.error ? (
                    <CloseButton
                      aria-label={`Dismiss the message about ${u.name}`}
                      onClick={() =>
                        setUploads((current) => current.filter((other) => other.key !== u.key))
                      }
                    />
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        ) : null}

        <LinkForm entryId={entryId} />
      </Stack>

      <ConfirmModal
        opened={removing !== null}
        title="Remove this evidence?"
        confirmLabel="Remove"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <Text>
          “{removing?.title || removing?.url}” will be removed from this entry
          {removing?.kind === 'file' ? ', and the file deleted' : ''}. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Card>
  );
}
