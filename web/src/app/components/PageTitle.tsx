import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/** Sets the browser tab title, e.g. "People · Cairn". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Cairn` : 'Cairn';
  }, [title]);
}

interface Props {
  title: string;
  /** Tab title, when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1, which also names the browser tab. */
export function PageTitle({ title, documentTitle, description, actions }: Props) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Title order={1} fz={{ base: 26, sm: 30 }} tabIndex={-1} data-page-title>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="md" component="div">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
