import { Anchor, Badge, Card, Checkbox, Group, Text, Title } from '@mantine/core';
import { IconPaperclip, IconTags } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TCpdEntry } from '../../../../contracts';
import { pluralise } from '../../app/format';
import { useIsPhone } from '../../app/media';
import { formatDay, formatHours, formatMonth, typeLabel } from './words';
import './cpd.css';

/** What an entry carries, as small labelled badges (words, not only icons). */
export function EntryBadges({ entry }: { entry: TCpdEntry }) {
  const hasReflection = Boolean(entry.reflection?.trim());
  return (
    <Group gap={6} wrap="wrap">
      {entry.draft ? (
        <Badge color="amber" variant="light" radius="sm">
          Draft
        </Badge>
      ) : null}
      {entry.significant ? (
        <Badge color="cairn" variant="filled" radius="sm">
          Significant
        </Badge>
      ) : null}
      {entry.shared ? (
        <Badge color="blue" variant="light" radius="sm">
          Shared with managers
        </Badge>
      ) : null}
      {hasReflection ? (
        <Badge color="gray" variant="light" radius="sm">
          Reflection
        </Badge>
      ) : null}
      {entry.evidence.length > 0 ? (
        <Badge
          color="gray"
          variant="outline"
          radius="sm"
          leftSection={<IconPaperclip size={12} aria-hidden />}
        >
          {pluralise(entry.evidence.length, 'piece', 'pieces')} of evidence
        </Badge>
      ) : null}
      {entry.tags.length > 0 ? (
        <Badge
          color="gray"
          variant="outline"
          radius="sm"
          leftSection={<IconTags size={12} aria-hidden />}
        >
          {pluralise(entry.tags.length, 'tag')}
        </Badge>
      ) : null}
    </Group>
  );
}

interface Props {
  entries: TCpdEntry[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  /** There are other pages, so a month's hours here may be only part of it. */
  paged: boolean;
}

/** Entries grouped by month, newest first; each with a checkbox for bulk actions. */
export function EntryList({ entries, selected, onToggle, paged }: Props) {
  const isPhone = useIsPhone();
  const months: { key: string; entries: TCpdEntry[] }[] = [];
  for (const entry of entries) {
    const key = entry.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.key === key) last.entries.push(entry);
    else months.push({ key, entries: [entry] });
  }

  const renderRows = (rows: TCpdEntry[]) => (
    <ul className="cpd-month" aria-labelledby={`cpd-month-${rows[0]?.date.slice(0, 7)}`}>
      {rows.map((entry) => (
        <li key={entry.id} className="cpd-row" data-selected={selected.has(entry.id) || undefined}>
          <Checkbox
            aria-label={`Select “${entry.title}”`}
            checked={selected.has(entry.id)}
            onChange={(event) => onToggle(entry.id, event.currentTarget.checked)}
            mt={2}
          />
          <div className="cpd-row-main">
            <Anchor component={Link} to={`/cpd/entries/${entry.id}`} className="cpd-row-title">
              {entry.title}
            </Anchor>
            <Text size="sm" c="dimmed" mb={4}>
              <time dateTime={entry.date}>{formatDay(entry.date)}</time> · {typeLabel(entry.type)}
            </Text>
            <EntryBadges entry={entry} />
          </div>
          <Text size="sm" fw={600} className="cpd-row-hours">
            {formatHours(entry.hours)}
          </Text>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {months.map((month) => {
        const hours = month.entries.reduce((sum, e) => sum + (e.draft ? 0 : e.hours), 0);
        const headingId = `cpd-month-${month.key}`;
        return (
          <section key={month.key} aria-labelledby={headingId}>
            <Group justify="space-between" align="baseline" mb={6} mt="md">
              <Title order={2} fz="md" id={headingId}>
                {formatMonth(month.entries[0]?.date ?? `${month.key}-01`)}
              </Title>
              <Text size="sm" c="dimmed">
                {formatHours(hours)}
                {paged ? ' on this page' : ''}
              </Text>
            </Group>
            {/* On a phone the rows are cards themselves (cpd.css). */}
            {isPhone ? (
              renderRows(month.entries)
            ) : (
              <Card withBorder padding={0}>
                {renderRows(month.entries)}
              </Card>
            )}
          </section>
        );
      })}
    </>
  );
}
