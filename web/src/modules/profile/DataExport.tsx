import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

/** A plain link: the browser downloads the JSON file with the session cookie. */
export function DataExport() {
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        Download everything Cairn holds about you as a JSON file: your account, your memberships and
        your activity.
      </Text>
      <Button
        component="a"
        href="/api/me/export"
        download
        variant="default"
        leftSection={<IconDownload size={18} aria-hidden />}
      >
        Download my data
      </Button>
    </Stack>
  );
}
