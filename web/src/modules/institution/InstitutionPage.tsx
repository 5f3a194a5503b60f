import { Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '../../app/components/DateTime';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { useInstitution } from './api';
import { InstitutionForm } from './InstitutionForm';

export function InstitutionPage() {
  const institution = useInstitution();
  return (
    <>
      <PageTitle
        title="Institution settings"
        description="The name and sector everyone in your institution sees."
      />
      {institution.isPending ? (
        <Stack gap="md" maw={560} aria-busy="true" aria-label="Loading institution details">
          <Skeleton height={80} />
          <Skeleton height={200} />
        </Stack>
      ) : institution.isError ? (
        <FormAlert error={institution.error} title="The institution could not be loaded" />
      ) : (
        <Stack gap="lg" maw={560}>
          <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={2}>
                <Text fw={600} fz="xl">
                  {pluralise(institution.data.memberCount, 'member')}
                </Text>
                <Text size="sm" c="dimmed">
                  On Cairn since <DateTime value={institution.data.createdAt} dateOnly />
                </Text>
              </Stack>
              <Anchor component={Link} to="/people">
                Manage people
              </Anchor>
            </Group>
          </Card>
          <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
            <Title order={2} fz="lg" mb="md">
              Name and sector
            </Title>
            <InstitutionForm institution={institution.data} />
          </Card>
        </Stack>
      )}
    </>
  );
}
