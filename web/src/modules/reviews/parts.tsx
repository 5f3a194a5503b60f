import { Anchor, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFile, IconLink, IconNotebook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TReviewPortfolio, TSubmission, TSubmissionState } from '../../../../contracts';
import { formatDate, formatDateTime } from '../../app/format';
import { STATE_COLORS, stateLabel } from './words';
import './reviews.css';

export function StateBadge({
  state,
  size = 'md',
}: {
  state: TSubmissionState;
  size?: 'sm' | 'md';
}) {
  return (
    <Badge color={STATE_COLORS[state]} size={size} variant="filled" style={{ flexShrink: 0 }}>
      {stateLabel(state)}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge color="red.9" variant="outline" style={{ flexShrink: 0 }}>
      Overdue
    </Badge>
  );
}

/** Sanitised HTML from the server (the same function renders every Markdown field). */
export function Prose({ html, label }: { html: string; label: string }) {
  return (
    <section
      className="rv-prose"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (lib/markdown.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** What happened to a submission, oldest first. */
export function Timeline({ history }: { history: TSubmission['history'] }) {
  if (history.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>;
  return (
    <ol className="rv-timeline" aria-label="What happened">
      {history.map((h) => (
        <li key={`${h.at}-${h.event}`}>
          <Text size="sm" fw={600}>
            {h.event}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={h.at}>{formatDateTime(h.at)}</time>
            {h.actor ? ` · ${h.actor}` : ''}
          </Text>
        </li>
      ))}
    </ol>
  );
}

/** A titled card section with an h2. */
export function Panel({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={id}
    >
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

type Section = TReviewPortfolio['sections'][number];

function Evidence({ e }: { e: Section['evidence'][number] }) {
  const Icon = e.kind === 'cpd' ? IconNotebook : e.kind === 'file' ? IconFile : IconLink;
  const detail =
    e.kind === 'cpd' && e.cpdEntry
      ? `CPD entry · ${formatDate(e.cpdEntry.date)} · ${e.cpdEntry.hours} h`
      : e.kind === 'file'
        ? `File · ${e.fileName ?? ''}`
        : `Link · ${e.url ?? ''}`;
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" py={6}>
      <Icon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {e.url ? (
          <Anchor
            href={e.url}
            fw={600}
            {...(e.kind === 'url' ? { target: '_blank', rel: 'noreferrer' } : {})}
          >
            {e.title || e.url}
          </Anchor>
        ) : (
          <Text fw={600}>{e.title}</Text>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {detail}
        </Text>
        {e.note ? <Text size="sm">{e.note}</Text> : null}
        {e.cpdEntry?.reflectionHtml ? (
          <Prose html={e.cpdEntry.reflectionHtml} label={`Reflection on ${e.title}`} />
        ) : null}
      </Stack>
    </Group>
  );
}

/** One section of the frozen portfolio: description, evidence and reflection, read-only. */
export function FrozenSection({
  section,
  headingOrder = 3,
}: {
  section: Section;
  headingOrder?: 2 | 3;
}) {
  const sub = (headingOrder + 1) as 3 | 4;
  return (
    <Stack gap="sm">
      <Title order={headingOrder} fz="lg" id={`rv-section-${section.key}`}>
        {section.title}
      </Title>
      {section.declarations.length > 0 ? (
        <Group gap={6}>
          {section.declarations.map((d) => (
            <Badge key={d} variant="light">
              {d}
            </Badge>
          ))}
        </Group>
      ) : null}
      {section.parts.includes('description') ? (
        <Stack gap={4}>
          <Title order={sub} fz="sm" c="dimmed" tt="uppercase">
            Description
          </Title>
          {section.descriptionHtml ? (
            <Prose html={section.descriptionHtml} label={`${section.title}: description`} />
          ) : (
            <Text c="dimmed">No description.</Text>
          )}
        </Stack>
      ) : null}
      {section.parts.includes('evidence') ? (
        <Stack gap={4}>
          <Title order={sub} fz="sm" c="dimmed" tt="uppercase">
            Evidence
          </Title>
          {section.evidence.length > 0 ? (
            <Box
              component="ul"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={`${section.title}: evidence`}
            >
              {section.evidence.map((e) => (
                <Evidence key={e.id} e={e} />
              ))}
            </Box>
          ) : (
            <Text c="dimmed">No evidence.</Text>
          )}
        </Stack>
      ) : null}
      {section.parts.includes('reflection') ? (
        <Stack gap={4}>
          <Title order={sub} fz="sm" c="dimmed" tt="uppercase">
            Reflection
          </Title>
          {section.reflectionHtml ? (
            <Prose html={section.reflectionHtml} label={`${section.title}: reflection`} />
          ) : (
            <Text c="dimmed">No reflection.</Text>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
