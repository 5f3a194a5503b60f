import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RoleBadges } from '../../app/components/RoleBadges';
import { PageTitle } from '../../app/components/PageTitle';
import { useCurrentMe } from '../../app/session';
import { CreateInstitutionButton } from '../institution/CreateInstitutionButton';
import { ActionCards } from './ActionCards';
import { ROADMAP } from './roadmap';

export function HomePage() {
  const me = useCurrentMe();
  return (
    <>
      <PageTitle title={`Welcome, ${me.user.name}`} documentTitle="Home" />
      <Stack gap="xl">
        {me.institution ? (
          <Card
            withBorder
            padding="lg"
            p={{ base: 'md', sm: 'lg' }}
            aria-labelledby="where-heading"
            component="section"
          >
            <Stack gap="xs">
              <Title order={2} fz="lg" id="where-heading">
                {me.institution.name}
              </Title>
              <Group gap="xs">
                <Text size="sm">Your roles here:</Text>
                <RoleBadges roles={me.roles} />
              </Group>
            </Stack>
          </Card>
        ) : (
          <Card
            withBorder
            padding="xl"
            component="section"
            aria-labelledby="no-institution-heading"
          >
            <Stack gap="sm" align="flex-start">
              <Title order={2} fz="lg" id="no-institution-heading">
                You are not part of an institution yet
              </Title>
              <Text>
                Cairn works inside an institution: a university, college, school district or
                company. Create one and you will be its administrator, or ask an administrator to
                invite you to theirs.
              </Text>
              <CreateInstitutionButton />
            </Stack>
          </Card>
        )}

        <section aria-labelledby="now-heading">
          <Title order={2} fz="xl" mb="sm" id="now-heading">
            What you can do now
          </Title>
          <ActionCards />
        </section>

        <section aria-labelledby="coming-heading">
          <Title order={2} fz="xl" id="coming-heading">
            Coming to Cairn
          </Title>
          <Text mb="sm" c="dimmed">
            These modules are on the roadmap. They are not available yet.
          </Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="sm"
            component="ul"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {ROADMAP.map((item) => (
              <Card component="li" key={item.name} withBorder padding="md" bg="gray.0">
                {/* The badge sits under the title, so titles keep the card's full width. */}
                <Stack gap={6} align="flex-start">
                  <Text fw={600}>{item.name}</Text>
                  <Badge variant="light" color="gray" radius="sm">
                    Not yet available
                  </Badge>
                  <Text size="sm">{item.description}</Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
