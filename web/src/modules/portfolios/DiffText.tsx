import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { diffWords } from './words';

/**
 * `after` with what differs from `before` marked: words added underlined in green, words
 * taken out struck through in red (ins/del, so screen readers announce them too).
 */
export function DiffText({
  before,
  after,
  only = false,
}: {
  before: string;
  after: string;
  /** Side by side: show `after` alone, with its words that `before` lacks marked. */
  only?: boolean;
}) {
  const all = useMemo(() => diffWords(before, after), [before, after]);
  const parts = only ? all.filter((p) => p.kind !== 'removed') : all;
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
