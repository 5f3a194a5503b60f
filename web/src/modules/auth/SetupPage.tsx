import { Button, Divider, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useNavigate } from 'react-router';
import { type TMe, type TSector, type TSetupBody, ZSetupBody } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { PasswordField } from '../../app/components/PasswordField';
import { SectorSelect } from '../../app/components/SectorSelect';
import { useFormState } from '../../app/forms';
import { SETUP_KEY, type SetupStatus, startSession } from '../../app/session';

const LABELS = {
  institutionName: 'Institution name',
  sector: 'Sector',
  name: 'Your name',
  email: 'Email',
  password: 'Password',
};

interface Values {
  institutionName: string;
  sector: TSector | '';
  name: string;
  email: string;
  password: string;
}

/** First run: creates the first institution and its administrator. */
export function SetupPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormState<Values>(
    { institutionName: '', sector: '', name: '', email: '', password: '' },
    LABELS,
  );
  const setup = useMutation({
    mutationFn: (body: TSetupBody) => api<TMe>('POST', '/api/setup', body),
    onSuccess: (me) => {
      queryClient.setQueryData<SetupStatus>(SETUP_KEY, (old) => ({
        needsSetup: false,
        version: old?.version ?? '',
      }));
      startSession(queryClient, me);
      notifications.show({
        color: 'cairn',
        title: 'Cairn is ready',
        message: `${me.institution?.name ?? 'Your institution'} is set up and you are its administrator.`,
      });
      navigate('/', { replace: true });
    },
    onError: form.showServerErrors,
  });

  const text = (key: Exclude<keyof Values, 'sector'>) => ({
    label: LABELS[key],
    value: form.values[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      form.setValue(key, event.currentTarget.value),
    error: form.errors[key],
    required: true,
  });

  return (
    <>
      <PageTitle
        title="Set up Cairn"
        description="Create your institution and its first administrator account. You can invite colleagues once you are in."
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(ZSetupBody, form.values, { sector: 'Choose a sector' });
          if (body) setup.mutate(body);
        }}
      >
        <Stack gap="md">
          <TextInput {...text('institutionName')} autoComplete="organization" />
          <SectorSelect
            value={form.values.sector}
            onChange={(sector) => form.setValue('sector', sector)}
            error={form.errors.sector}
          />
          <Divider label="Your administrator account" labelPosition="left" />
          <TextInput {...text('name')} autoComplete="name" />
          <TextInput {...text('email')} type="email" autoComplete="email" />
          <PasswordField
            {...text('password')}
            autoComplete="new-password"
            description="At least 10 characters. A few unrelated words make a strong one."
          />
          <FormAlert
            error={setup.error}
            title="Cairn was not set up"
            knownFields={Object.keys(LABELS)}
          />
          <Button type="submit" loading={setup.isPending} fullWidth>
            Create institution
          </Button>
        </Stack>
      </form>
    </>
  );
}
