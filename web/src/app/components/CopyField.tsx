import { Button, Code, CopyButton, Stack } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface Props {
  value: string;
  /** Button text, e.g. "Copy link". */
  copyLabel: string;
  testId?: string;
}

/** A value shown in full (wrapping) with a button that copies it. */
export function CopyField({ value, copyLabel, testId }: Props) {
  return (
    <Stack gap="xs" align="flex-start">
      <Code
        block
        data-testid={testId}
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', width: '100%' }}
      >
        {value}
      </Code>
      <CopyButton value={value} timeout={2500}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'light'}
            leftSection={
              copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
            }
            onClick={copy}
            aria-live="polite"
          >
            {copied ? 'Copied' : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
