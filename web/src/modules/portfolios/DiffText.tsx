import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { diffWords } from './words';

/**
 * `after` with what differs from `before` marked: words added underlined in green, words
 * taken out struck through in red (ins/del, so screen readers announce them too).
 */
export function DiffText({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  if (!before && !after)
    return (
      <Text size="sm" c="dimmed">
        (empty)
      </Text>
    );
  return (
    <p className="pf-diff">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ins key={i}>{p.text}</ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <del key={i}>{p.text}</del>
        ),
      )}
    </p>
  );
}
