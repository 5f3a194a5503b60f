import { Stack, Text, type TextProps } from '@mantine/core';

/**
 * A statement or note as plain text: blank lines start paragraphs, single line breaks are
 * kept. Statements may hold Markdown (and CASE packages from elsewhere, HTML), but nothing
 * is interpreted: React escapes the text, so markup shows as the characters it is.
 */
export function StatementText({ text, ...props }: { text: string } & TextProps) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <Stack gap="xs">
      {paragraphs.map((paragraph, index) => (
        <Text
          // Paragraphs have no identity beyond their place in the text.
          // biome-ignore lint/suspicious/noArrayIndexKey: the text does not change order
          key={index}
          style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
          {...props}
        >
          {paragraph}
        </Text>
      ))}
    </Stack>
  );
}
