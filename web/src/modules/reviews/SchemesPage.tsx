import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TRole, TScheme } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import { reviewWrites, useRefreshReviews, useSchemes, useSubmissionLists } from './reviewsApi';
import { NEW_SCHEME, SchemeForm } from './SchemeForm';

/** Who may start a scheme (the server's rule too). */
export const SCHEME_ROLES = ['admin', 'manager'] as const satisfies readonly TRole[];

function SchemeCard({
  s,
  open,
}: {
  s: TScheme;
  open?: { openCount: number; overdueCount: number } | undefined;
}) {
  const to = s.my.coordinator ? `/reviews/schemes/${s.id}` : null;
  return (
    <Card withBorder padding="md" component="article" aria-label={s.name}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          {to ? (
            <Anchor component={Link} to={to} fw={650} fz="lg">
              {s.name}
            </Anchor>
          ) : (
            <Text fw={650} fz="lg">
              {s.name}
            </Text>
          )}
          {s.status === 'archived' ? <Badge color="gray.7">Archived</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {s.institutionName} · accepts {s.acceptedTemplates.map((t) => t.title).join(', ')}
        </Text>
        {s.description ? (
          <Text size="sm" lineClamp={3}>
            {s.description}
          </Text>
        ) : null}
        <Group gap={6}>
          {s.my.coordinator ? <Badge variant="light">You coordinate</Badge> : null}
          {s.my.assessor ? (
            <Badge variant="light" color="blue">
              You assess
            </Badge>
          ) : null}
          {!s.my.coordinator && !s.my.assessor ? (
            <Badge variant="light" color="gray">
              {s.openNow ? 'Open for submissions' : 'Closed for submissions now'}
            </Badge>
          ) : null}
        </Group>
        {open ? (
          <Text size="sm">
            {pluralise(open.openCount, 'open submission')}
            {open.overdueCount > 0 ? `, ${open.overdueCount} past the turnaround target` : ''}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Schemes the person runs, assesses for or may submit to; administrators and managers start new ones. */
export function SchemesPage() {
  const me = useCurrentMe();
  const schemes = useSchemes();
  const lists = useSubmissionLists();
  const navigate = useNavigate();
  const refresh = useRefreshReviews();
  const [creating, setCreating] = useState(false);
  const canCreate = hasAnyRole(me, SCHEME_ROLES);
  const create = useMutation({
    mutationFn: reviewWrites.createScheme,
    onSuccess: (s) => {
      void refresh();
      setCreating(false);
      navigate(`/reviews/schemes/${s.id}`);
    },
  });
  const all = schemes.data?.schemes ?? [];
  const running = all.filter((s) => s.my.coordinator);
  const others = all.filter((s) => !s.my.coordinator);
  const summary = (id: string) => lists.data?.coordinating.find((c) => c.schemeId === id);

  return (
    <>
      <PageTitle
        title="Schemes"
        description="Accreditation schemes: the portfolios they accept, their assessors, deadlines and the credential a pass brings."
        actions={
          canCreate ? (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => {
                create.reset();
                setCreating(true);
              }}
            >
              New scheme
            </Button>
          ) : undefined
        }
      />
      <FormAlert error={schemes.error} title="The schemes did not load" />
      {schemes.isPending ? <Loader aria-label="Loading schemes" /> : null}
      {schemes.data && all.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap="sm" align="flex-start">
            <IconSchool size={32} aria-hidden />
            <Title order={2} fz="xl">
              No schemes yet
            </Title>
            <Text maw={640}>
              {canCreate
                ? 'Start a scheme for your institution’s accreditation: choose the portfolio templates it accepts, add assessors, and Cairn takes submissions, runs the intake check and tracks every deadline.'
                : 'When an administrator or manager starts an accreditation scheme open to you, it appears here and you can submit a portfolio to it.'}
            </Text>
            {canCreate ? <Button onClick={() => setCreating(true)}>Start a scheme</Button> : null}
          </Stack>
        </Card>
      ) : null}
      {running.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="rv-running" mb="xl">
          <Title order={2} fz="lg" id="rv-running">
            Schemes you coordinate
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {running.map((s) => (
              <SchemeCard key={s.id} s={s} open={summary(s.id)} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      {others.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="rv-others">
          <Title order={2} fz="lg" id="rv-others">
            Other schemes
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {others.map((s) => (
              <SchemeCard key={s.id} s={s} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New scheme" size="lg">
        <SchemeForm
          initial={NEW_SCHEME}
          submitLabel="Create scheme"
          pending={create.isPending}
          error={create.error}
          onSubmit={(body) => create.mutate(body)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
}
