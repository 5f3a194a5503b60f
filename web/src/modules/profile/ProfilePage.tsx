import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../app/components/PageTitle';
import { useCurrentMe } from '../../app/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DataExport } from './DataExport';
import { DeleteAccountSection } from './DeleteAccountSection';
import { Memberships } from './Memberships';
import { ProfileDetailsForm } from './ProfileDetailsForm';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={id}
    >
      <Title order={2} fz="lg" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function ProfilePage() {
  const me = useCurrentMe();
  return (
    <>
      <PageTitle title="Your profile" description={me.user.email} documentTitle="Profile" />
      <Stack gap="lg" maw={720}>
        <Section id="details-heading" title="Your details">
          <ProfileDetailsForm me={me} />
        </Section>
        <Section id="password-heading" title="Change password">
          <ChangePasswordForm />
        </Section>
        <Section id="memberships-heading" title="Your institutions">
          <Memberships me={me} />
        </Section>
        <Section id="data-heading" title="Your data">
          <DataExport />
        </Section>
        <Section id="delete-heading" title="Delete your account">
          <DeleteAccountSection />
        </Section>
      </Stack>
    </>
  );
}
