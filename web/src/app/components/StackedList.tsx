import { Box, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What a table becomes on a phone: a list of cards, one per row, each with every field of
 * the row under a small label, and the row's buttons at the bottom.
 */
export function StackedList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" aria-label={label} gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}

interface ItemProps {
  /** `Field`s, in the order of the table's columns. */
  children: ReactNode;
  /** The row's buttons, if any. */
  actions?: ReactNode;
}

/** One row of the table as a card. */
export function StackedItem({ children, actions }: ItemProps) {
  return (
    <Card component="li" withBorder padding="sm">
      <Stack component="dl" gap={6} m={0}>
        {children}
      </Stack>
      {actions ? (
        <Group gap="xs" mt="sm" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Card>
  );
}

/** A "label: value" row inside a `StackedItem`: the column's heading and the cell's content. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: '5.25rem minmax(0, 1fr)',
        columnGap: 'var(--mantine-spacing-xs)',
        alignItems: 'baseline',
      }}
    >
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Box component="dd" m={0} fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </Box>
  );
}

/**
 * An email address (or any text) in a narrow card: if it has to wrap, it wraps after the
 * "@" ("tom.okafor@" / "harbour.example") rather than between any two letters.
 */
export function Breakable({ text }: { text: string }) {
  const at = text.indexOf('@');
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at + 1)}
      <wbr />
      {text.slice(at + 1)}
    </>
  );
}
