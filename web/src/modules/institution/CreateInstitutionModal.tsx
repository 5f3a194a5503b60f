import { Modal, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { type TMe, type TSector, ZCreateInstitutionBody } from '../../../../contracts';
import { api } from '../../app/api';
import { ModalForm } from '../../app/components/ModalForm';
import { SectorSelect } from '../../app/components/SectorSelect';
import { useFormState } from '../../app/forms';
import { replaceMe } from '../../app/session';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Creates a new institution; the person becomes its administrator and it becomes current. */
export function CreateInstitutionModal({ opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Create a new institution" centered>
      <CreateInstitutionForm onDone={onClose} />
    </Modal>
  );
}

const LABELS = { name: 'Institution name', sector: 'Sector' };

function CreateInstitutionForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormState<{ name: string; sector: TSector | '' }>(
    { name: '', sector: '' },
    LABELS,
  );
  const mutation = useMutation({
    mutationFn: (body: { name: string; sector: TSector }) =>
      api<TMe>('POST', '/api/institutions', body),
    onSuccess: (me) => {
      replaceMe(queryClient, me);
      notifications.show({
        color: 'cairn',
        title: 'Institution created',
        message: `You are the administrator of ${me.institution?.name ?? 'your new institution'}. Invite colleagues from People.`,
      });
      onDone();
      navigate('/');
    },
    onError: form.showServerErrors,
  });

  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZCreateInstitutionBody, form.values, {
          sector: 'Choose a sector',
        });
        if (body) mutation.mutate(body);
      }}
      error={mutation.error}
      errorTitle="The institution was not created"
      knownFields={Object.keys(LABELS)}
      submitLabel="Create institution"
      pending={mutation.isPending}
      onCancel={onDone}
    >
      <Text size="sm">
        You will be its first administrator, and Cairn will switch to it. You can still reach your
        other institutions from the switcher at the top.
      </Text>
      <TextInput
        label={LABELS.name}
        value={form.values.name}
        onChange={(event) => form.setValue('name', event.currentTarget.value)}
        error={form.errors.name}
        required
        data-autofocus
      />
      <SectorSelect
        value={form.values.sector}
        onChange={(sector) => form.setValue('sector', sector)}
        error={form.errors.sector}
      />
    </ModalForm>
  );
}
