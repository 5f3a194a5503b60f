import { Button, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { TInvitationPreview } from '../../../../contracts';
import { api, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { AcceptInvitation } from './AcceptInvitation';
import { previewKey } from './keys';
import { LinkProblem, linkStateFromCode } from './LinkProblem';

async function fetchPreview(token: string): Promise<TInvitationPreview> {
  try {
    return await api<TInvitationPreview>(
      'GET',
      `/api/invitations/preview/${encodeURIComponent(token)}`,
    );
  } catch (error) {
    const state = isApiError(error) ? linkStateFromCode(error.code) : null;
    if (state && isApiError(error)) {
      return {
        state,
        message: error.message,
        institution: null,
        email: null,
        name: null,
        roles: [],
        invitedBy: null,
        accountExists: false,
      };
    }
    throw error;
  }
}

export function InvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({
    queryKey: previewKey(token),
    queryFn: () => fetchPreview(token),
    enabled: token !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token) {
    return (
      <LinkProblem
        kind="invitation"
        state="invalid"
        message="This address is missing the code from your invitation. Open the link in the invitation again."
      />
    );
  }
  if (preview.isPending) {
    return (
      <>
        <PageTitle title="Accept your invitation" />
        <Stack gap="md" aria-busy="true" aria-label="Checking your invitation">
          <Skeleton height={20} width="80%" />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      </>
    );
  }
  if (preview.isError) {
    return (
      <>
        <PageTitle title="Accept your invitation" />
        <Stack gap="md" align="flex-start">
          <FormAlert error={preview.error} title="Your invitation could not be checked" />
          <Button onClick={() => preview.refetch()}>Try again</Button>
        </Stack>
      </>
    );
  }
  const data = preview.data;
  if (data.state !== 'valid' || !data.institution) {
    return (
      <LinkProblem
        kind="invitation"
        state={data.state === 'valid' ? 'invalid' : data.state}
        message={data.message}
      />
    );
  }
  return <AcceptInvitation token={token} preview={data} institutionName={data.institution.name} />;
}
