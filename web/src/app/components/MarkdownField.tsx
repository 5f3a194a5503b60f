import { Group, Loader, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { FormAlert } from './FormAlert';

/**
 * HTML rendered and sanitised by the server (a *Html field or the preview endpoint): the
 * server allows only safe elements and attributes, so it can go in as is.
 */
export function RenderedMarkdown({
  html,
  label,
  className,
}: {
  html: string;
  label: string;
  className: string;
}) {
  return (
    <section
      className={className}
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (lib/markdown.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

const renderPreview = (markdown: string) =>
  api<{ html: string }>('POST', '/api/cpd/markdown-preview', { markdown });

interface Props {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  readOnly?: boolean | undefined;
  /** Shown beside the tabs when given. */
  words?: number | undefined;
  minRows?: number;
  emptyText?: string;
  /** The class that styles the rendered preview. */
  renderedClassName: string;
}

/** Markdown with Write and Preview tabs; the preview is rendered by the server exactly as it will show. */
export function MarkdownField({
  label,
  description,
  value,
  onChange,
  error,
  readOnly,
  words,
  minRows = 5,
  emptyText = 'Nothing to preview yet.',
  renderedClassName,
}: Props) {
  const [tab, setTab] = useState<string>('write');
  const preview = useMutation({ mutationFn: renderPreview });
  return (
    <Tabs
      value={tab}
      onChange={(next) => {
        const chosen = next ?? 'write';
        setTab(chosen);
        if (chosen === 'preview') preview.mutate(value);
      }}
      keepMounted={false}
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Tabs.List aria-label={`Write or preview the ${label.toLowerCase()}`}>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        {words === undefined ? null : (
          <Text size="xs" c="dimmed" aria-live="polite">
            {words === 1 ? '1 word' : `${words} words`}
          </Text>
        )}
      </Group>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={label}
          description={description}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          autosize
          minRows={minRows}
          maxRows={24}
          readOnly={readOnly}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Stack gap="xs" mih={minRows * 22}>
          {preview.isPending ? (
            <Loader size="sm" aria-label="Rendering the preview" />
          ) : preview.isError ? (
            <FormAlert error={preview.error} title="The preview did not work" />
          ) : preview.data && value.trim() ? (
            <RenderedMarkdown
              html={preview.data.html}
              label={`Preview of the ${label.toLowerCase()}`}
              className={renderedClassName}
            />
          ) : (
            <Text c="dimmed">{emptyText}</Text>
          )}
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
