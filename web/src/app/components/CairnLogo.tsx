import { Group, Text } from '@mantine/core';

export const TAGLINE = 'A trail for every learning technologist, a map for every institution.';

/** Four stacked stones: the cairn that marks a trail. Decorative, so hidden from screen readers. */
export function CairnMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-cairn-8)" />
      <ellipse cx="16" cy="25" rx="10" ry="3.6" fill="var(--mantine-color-cairn-1)" />
      <ellipse cx="16" cy="18.2" rx="7.4" ry="3.2" fill="var(--mantine-color-cairn-2)" />
      <ellipse cx="16" cy="12" rx="5.2" ry="2.8" fill="var(--mantine-color-cairn-0)" />
      <ellipse cx="16" cy="6.8" rx="3" ry="2.1" fill="#ffffff" />
    </svg>
  );
}

/** The mark and the name. The name is real text, so it reads as "Cairn". */
export function CairnLogo({ size = 32 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <CairnMark size={size} />
      <Text
        component="span"
        fw={700}
        fz={size * 0.7}
        c="cairn.9"
        lh={1}
        style={{ letterSpacing: '-0.01em' }}
      >
        Cairn
      </Text>
    </Group>
  );
}
