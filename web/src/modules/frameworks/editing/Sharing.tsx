import { Stack, Switch, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TFrameworkSummary } from '../../../../../contracts';
import { CopyField } from '../../../app/components/CopyField';
import { FormAlert } from '../../../app/components/FormAlert';
import { frameworkWrites, useRefreshFrameworks } from '../frameworksApi';
import { done } from './common';

/** The switch that shares a published version over CASE, and its public address. */
export function ShareOverCase({ framework }: { framework: TFrameworkSummary }) {
  const refresh = useRefreshFrameworks();
  const share = useMutation({
    mutationFn: (isPublic: boolean) => frameworkWrites.update(framework.id, { isPublic }),
    onSuccess: (updated) => {
      void refresh();
      done(
        updated.isPublic ? 'Shared over CASE' : 'No longer shared',
        updated.isPublic
          ? `Other systems can now read ${updated.title} version ${updated.version}.`
          : `Other systems can no longer read ${updated.title} version ${updated.version}.`,
      );
    },
  });
  const on = share.isPending ? (share.variables ?? framework.isPublic) : framework.isPublic;
  const address = `${window.location.origin}/ims/case/v1p1/CFPackages/${framework.identifier}`;
  return (
    <Stack gap="xs">
      <Switch
        label="Share over CASE"
        description="Lets other systems (a VLE, a portfolio or another institution’s Cairn) read this published version without signing in, through CASE, the 1EdTech standard for exchanging competency frameworks. People still need to sign in to Cairn."
        checked={on}
        disabled={share.isPending}
        onChange={(event) => share.mutate(event.currentTarget.checked)}
      />
      <FormAlert error={share.error} title="The sharing did not change" />
      {framework.isPublic ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Public CASE address
          </Text>
          <CopyField value={address} copyLabel="Copy address" testId="case-address" />
        </Stack>
      ) : null}
    </Stack>
  );
}
