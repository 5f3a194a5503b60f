import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TInstitution, type TSector, ZCreateInstitutionBody } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { SectorSelect } from '../../app/components/SectorSelect';
import { useFormState } from '../../app/forms';
import { ME_KEY } from '../../app/session';
import { INSTITUTION_KEY } from './api';

const LABELS = { name: 'Institution name', sector: 'Sector' };

export function InstitutionForm({ institution }: { institution: TInstitution }) {
  const queryClient = useQueryClient();
  const form = useFormState<{ name: string; sector: TSector | '' }>(
    { name: institution.name, sector: institution.sector },
    LABELS,
  );
  const mutation = useMutation({
    mutationFn: (body: { name?: string; sector?: TSector }) =>
      api<TInstitution>('PATCH', '/api/institution', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(INSTITUTION_KEY, updated);
      // The name also shows in the header and on the home page.
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
      form.reset({ name: updated.name, sector: updated.sector });
      notifications.show({
        color: 'cairn',
        title: 'Saved',
        message: 'The institution details were saved.',
      });
    },
    onError: form.showServerErrors,
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZCreateInstitutionBody, form.values, {
          sector: 'Choose a sector',
        });
        if (!body) return;
        if (body.name === institution.name && body.sector === institution.sector) {
          notifications.show({
            title: 'Nothing to save',
            message: 'The name and sector are unchanged.',
          });
          return;
        }
        mutation.mutate({
          ...(body.name !== institution.name ? { name: body.name } : {}),
          ...(body.sector !== institution.sector ? { sector: body.sector } : {}),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={LABELS.name}
          value={form.values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          error={form.errors.name}
          required
        />
        <SectorSelect
          value={form.values.sector}
          onChange={(sector) => form.setValue('sector', sector)}
          error={form.errors.sector}
        />
        <FormAlert
          error={mutation.error}
          title="The changes were not saved"
          knownFields={Object.keys(LABELS)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
