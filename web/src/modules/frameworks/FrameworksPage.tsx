import {
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TFrameworkSummary } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatList, pluralise } from '../../app/format';
import { PAGE_ROLES } from '../../app/roles';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import { FrameworkBadges, NewerVersion } from './FrameworkBadges';
import { NewFrameworkButton } from './editing/CreateFramework';
import { useFrameworks } from './frameworksApi';
import { ItemSearch } from './ItemSearch';

function FrameworkCard({ framework }: { framework: TFrameworkSummary }) {
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6} h="100%">
        <Title order={3} fz="md" lh={1.35} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/frameworks/${framework.id}`} inherit>
            {framework.title}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {framework.publisher ?? framework.creator}
        </Text>
        <Text size="sm">
          {framework.version ? `Version ${framework.version} · ` : ''}
          {pluralise(framework.itemCount, 'item')}
        </Text>
        <FrameworkBadges framework={framework} />
        {framework.description ? (
          <Text size="sm" lineClamp={2} title={framework.description}>
            {framework.description}
          </Text>
        ) : null}
        {framework.levels.length > 0 ? (
          <Text size="sm">
            <Text span fw={600} inherit>
              Levels:
            </Text>{' '}
            {formatList(framework.levels.map((level) => level.title))}
          </Text>
        ) : null}
        <NewerVersion framework={framework} />
      </Stack>
    </Card>
  );
}

function FrameworkGrid({ frameworks, label }: { frameworks: TFrameworkSummary[]; label: string }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      component="ul"
      aria-label={label}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {frameworks.map((framework) => (
        <FrameworkCard key={framework.id} framework={framework} />
      ))}
    </SimpleGrid>
  );
}

function GridSkeleton({ label }: { label: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true" aria-label={label}>
      <Skeleton height={150} />
      <Skeleton height={150} />
      <Skeleton height={150} />
    </SimpleGrid>
  );
}

export function FrameworksPage() {
  const me = useCurrentMe();
  const canImport = hasAnyRole(me, PAGE_ROLES.frameworkImport);
  const canCreate = hasAnyRole(me, PAGE_ROLES.frameworkEdit);
  const frameworks = useFrameworks();
  const builtin = frameworks.data?.filter((f) => f.builtin) ?? [];
  const own = frameworks.data?.filter((f) => !f.builtin) ?? [];
  const institution = me.institution?.name ?? 'your institution';

  return (
    <>
      <PageTitle
        title="Competency frameworks"
        documentTitle="Frameworks"
        description="The standards learning technologists work to, and how they map to each other. Open a framework to browse its items."
      />
      <Stack gap="xl">
        <ItemSearch />

        <section aria-labelledby="builtin-heading">
          <Title order={2} fz="xl" id="builtin-heading" mb={4}>
            Built into Cairn
          </Title>
          <Text c="dimmed" mb="sm">
            Published frameworks that every institution on Cairn can use, kept up to date with
            Cairn.
          </Text>
          {frameworks.isPending ? (
            <GridSkeleton label="Loading frameworks" />
          ) : frameworks.isError ? (
            <FormAlert error={frameworks.error} title="The frameworks could not be loaded" />
          ) : builtin.length === 0 ? (
            <Text>No frameworks are built in on this server.</Text>
          ) : (
            <FrameworkGrid frameworks={builtin} label="Built-in frameworks" />
          )}
        </section>

        <section aria-labelledby="own-heading">
          <Group justify="space-between" align="flex-end" gap="sm" mb="sm" wrap="wrap">
            <div>
              <Title order={2} fz="xl" id="own-heading" mb={4}>
                Your institution’s frameworks
              </Title>
              <Text c="dimmed">Frameworks that {institution} has written, copied or imported.</Text>
            </div>
            <Group gap="sm" wrap="wrap">
              {canCreate ? <NewFrameworkButton /> : null}
              {canImport ? (
                <Button
                  component={Link}
                  to="/frameworks/import"
                  variant={canCreate ? 'default' : 'filled'}
                  leftSection={<IconFileImport size={18} aria-hidden />}
                >
                  Import a CASE package
                </Button>
              ) : null}
            </Group>
          </Group>
          {frameworks.isPending ? (
            <GridSkeleton label="Loading your institution’s frameworks" />
          ) : frameworks.isError ? null : own.length === 0 ? (
            <Card withBorder padding="lg" bg="gray.0">
              <Text>
                {institution} has no frameworks of its own yet. A framework of your own, from your
                staff development scheme to a professional body’s standards, sits here so that
                everyone in {institution} can browse and search it next to the built-in ones. Write
                one with “New framework”, open a built-in one and copy it to adapt it, or import a
                CASE package (the 1EdTech standard for publishing competency frameworks as JSON).{' '}
                {canCreate
                  ? 'A new framework or a copy starts as a draft that only your institution sees.'
                  : 'Administrators and managers can add one.'}
              </Text>
            </Card>
          ) : (
            <FrameworkGrid frameworks={own} label="Your institution’s frameworks" />
          )}
        </section>
      </Stack>
    </>
  );
}
