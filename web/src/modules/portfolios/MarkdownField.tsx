import { Group, Loader, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../app/components/FormAlert';
import { portfolioWrites } from './portfoliosApi';
import { countWords } from './words';

/** HTML rendered and sanitised by the server (the section's *Html or the preview endpoint). */
export function Rendered({ html, label }: { html: string; label: string }) {
  return (
    <section
      className="pf-rendered"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (lib/markdown.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

interface Props {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
}

/** A Markdown text with a preview rendered by the server exactly as readers will see it. */
export function MarkdownField({ label, description, value, onChange, readOnly }: Props) {
  const [tab, setTab] = useState<string>('write');
  const preview = useMutation({ mutationFn: portfolioWrites.preview });
  const words = countWords(value);
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
        <Text size="xs" c="dimmed" aria-live="polite">
          {words === 1 ? '1 word' : `${words} words`}
        </Text>
      </Group>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={label}
          description={description}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={24}
          readOnly={readOnly}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Stack gap="xs" mih={100}>
          {preview.isPending ? (
            <Loader size="sm" aria-label="Rendering the preview" />
          ) : preview.isError ? (
            <FormAlert error={preview.error} title="The preview did not work" />
          ) : preview.data && value.trim() ? (
            <Rendered html={preview.data.html} label={`Preview of the ${label.toLowerCase()}`} />
          ) : (
            <Text c="dimmed">Nothing to preview yet.</Text>
          )}
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
