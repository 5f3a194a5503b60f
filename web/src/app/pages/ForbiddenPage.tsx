import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TRole } from '../../../../contracts';
import { PageTitle } from '../components/PageTitle';
import { formatList, formatRoles } from '../format';
import { useCurrentMe } from '../session';
import { CreateInstitutionButton } from '../../modules/institution/CreateInstitutionButton';
import { ROLE_PLURALS } from '../roles';

/** Shown inside the app shell when a page needs a role the person does not have. */
export function ForbiddenPage({ roles }: { roles: readonly TRole[] }) {
  const me = useCurrentMe();
  if (!me.institution) {
    return (
      <>
        <PageTitle title="Join or create an institution first" />
        <Stack gap="md" align="flex-start">
          <Text>
            This page belongs to an institution, and you are not a member of one yet. Create an
            institution, or ask an administrator to invite you to theirs.
          </Text>
          <CreateInstitutionButton />
        </Stack>
      </>
    );
  }
  const who = formatList(roles.map((role) => ROLE_PLURALS[role]));
  return (
    <>
      <PageTitle title="You do not have access to this page" />
      <Stack gap="md" align="flex-start">
        <Text>
          This page is for {who} of {me.institution.name}.{' '}
          {me.roles.length > 0
            ? `Your roles there: ${formatRoles(me.roles)}.`
            : 'You have no roles there yet.'}{' '}
          If you need access, ask one of its administrators.
        </Text>
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      </Stack>
    </>
  );
}
