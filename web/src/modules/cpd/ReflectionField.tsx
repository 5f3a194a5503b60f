import { Loader, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../app/components/FormAlert';
import { cpdWrites } from './cpdApi';
import './cpd.css';

/**
 * HTML rendered and sanitised by the server (the entry's reflectionHtml or the preview
 * endpoint): the server allows only safe elements and attributes, so it can go in as is.
 */
export function RenderedReflection({ html, label }: { html: string; label: string }) {
  return (
    <section
      className="cpd-reflection"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (lib/markdown.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The reflection in Markdown, with a preview rendered by the server exactly as it will show. */
export function ReflectionField({ value, onChange, error }: Props) {
  const [tab, setTab] = useState<string>('write');
  const preview = useMutation({ mutationFn: cpdWrites.preview });

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
      <Tabs.List aria-label="Write or preview the reflection">
        <Tabs.Tab value="write">Write</Tabs.Tab>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label="Reflection"
          description="What happened, what you learnt, and what you will do differently. Markdown works: **bold**, *italic*, lists starting with -, links as [words](https://…)."
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          autosize
          minRows={6}
          maxRows={24}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Stack gap="xs" mih={140}>
          {preview.isPending ? (
            <Loader size="sm" aria-label="Rendering the preview" />
          ) : preview.isError ? (
            <FormAlert error={preview.error} title="The preview did not work" />
          ) : preview.data && value.trim() ? (
            <RenderedReflection html={preview.data.html} label="Preview of the reflection" />
          ) : (
            <Text c="dimmed">Nothing to preview yet: write your reflection first.</Text>
          )}
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
