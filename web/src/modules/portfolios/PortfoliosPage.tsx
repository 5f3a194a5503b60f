import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TPortfolioSummary, TTemplateSummary } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate, pluralise } from '../../app/format';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import {
  portfolioWrites,
  usePortfolios,
  useRefreshPortfolios,
  useTemplates,
} from './portfoliosApi';
import { TEMPLATE_ROLES } from './templates/access';
import './portfolios.css';

function StatusBadge({ p }: { p: TPortfolioSummary }) {
  if (p.status === 'submitted') return <Badge color="blue">Submitted</Badge>;
  if (p.errors === 0) return <Badge color="cairn">Ready to submit</Badge>;
  return (
    <Badge color="amber" variant="light">
      {pluralise(p.errors, 'problem')}
    </Badge>
  );
}

function PortfolioCard({ p }: { p: TPortfolioSummary }) {
  return (
    <Card withBorder padding="md" component="article" aria-label={p.title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={`/portfolios/${p.id}`} fw={650} fz="lg">
            {p.title}
          </Anchor>
          <StatusBadge p={p} />
        </Group>
        <Text size="sm" c="dimmed">
          {p.template.title} · {pluralise(p.sections, 'section')}
          {p.mine ? '' : ` · shared with you by ${p.owner.name}`}
        </Text>
        <Text size="xs" c="dimmed">
          {p.submittedAt
            ? `Submitted ${formatDate(p.submittedAt)}`
            : `Updated ${formatDate(p.updatedAt)}`}
        </Text>
      </Stack>
    </Card>
  );
}

/** Templates grouped by scheme, then a title; a review asks which portfolio it adds to. */
function StartModal({
  opened,
  onClose,
  portfolios,
}: {
  opened: boolean;
  onClose: () => void;
  portfolios: TPortfolioSummary[];
}) {
  const templates = useTemplates();
  const navigate = useNavigate();
  const refresh = useRefreshPortfolios();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [baseId, setBaseId] = useState<string | null>(null);
  const chosen = templates.data?.templates.find((t) => t.id === templateId) ?? null;
  const groups = useMemo(() => {
    const by = new Map<string, TTemplateSummary[]>();
    for (const t of templates.data?.templates ?? [])
      by.set(t.scheme, [...(by.get(t.scheme) ?? []), t]);
    return [...by.entries()];
  }, [templates.data]);
  const bases = portfolios.filter(
    (p) =>
      p.mine &&
      chosen !== null &&
      chosen.extends.length > 0 &&
      (templates.data?.templates ?? []).some(
        (t) => t.id === p.template.id && t.key !== null && chosen.extends.includes(t.key),
      ),
  );
  const create = useMutation({
    mutationFn: () =>
      portfolioWrites.create({
        templateId: templateId ?? '',
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(baseId ? { basePortfolioId: baseId } : {}),
      }),
    onSuccess: (p) => {
      void refresh();
      onClose();
      navigate(`/portfolios/${p.id}`);
    },
  });
  const needsBase = chosen !== null && chosen.extends.length > 0;

  return (
    <Modal opened={opened} onClose={onClose} title="Start a portfolio" size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="md">
          {templates.isPending ? <Loader size="sm" aria-label="Loading templates" /> : null}
          <FormAlert error={templates.error} title="The templates did not load" />
          <Radio.Group
            value={templateId}
            onChange={(v) => {
              setTemplateId(v);
              setBaseId(null);
              create.reset();
            }}
            label="Template"
            description="Each template sets out the sections the scheme asks for, with guidance and checks."
          >
            <Stack gap="md" mt="xs">
              {groups.map(([scheme, list]) => (
                <Stack key={scheme} gap="xs" component="section" aria-label={scheme}>
                  <Title order={3} fz="sm" c="dimmed" tt="uppercase">
                    {scheme}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                    {list.map((t) => (
                      <Radio.Card key={t.id} value={t.id} p="sm" radius="md" withBorder>
                        <Group wrap="nowrap" align="flex-start" gap="sm">
                          <Radio.Indicator />
                          <Stack gap={2}>
                            <Text fw={650}>{t.title}</Text>
                            <Text size="sm">{t.description}</Text>
                            <Text size="xs" c="dimmed">
                              {pluralise(t.sections, 'section')}
                              {t.extends.length > 0 ? ' · adds to an existing portfolio' : ''}
                            </Text>
                          </Stack>
                        </Group>
                      </Radio.Card>
                    ))}
                  </SimpleGrid>
                </Stack>
              ))}
            </Stack>
          </Radio.Group>
          {needsBase ? (
            bases.length > 0 ? (
              <Select
                label="Which portfolio does this review add to?"
                description="Its sections are carried over into the review."
                data={bases.map((p) => ({ value: p.id, label: p.title }))}
                value={baseId}
                onChange={setBaseId}
                allowDeselect={false}
              />
            ) : (
              <Text size="sm" c="orange.9">
                A review adds to a portfolio you made before, and you have none of the kind it
                reviews yet. You can still start it on its own.
              </Text>
            )
          ) : null}
          <TextInput
            label="Title (optional)"
            description="Leave it empty to use the template’s name."
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
          />
          <FormAlert error={create.error} title="The portfolio was not started" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!templateId} loading={create.isPending}>
              Start portfolio
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PortfoliosPage() {
  const list = usePortfolios();
  const [starting, setStarting] = useState(false);
  const canEditTemplates = hasAnyRole(useCurrentMe(), TEMPLATE_ROLES);
  const mine = list.data?.portfolios.filter((p) => p.mine) ?? [];
  const shared = list.data?.portfolios.filter((p) => !p.mine) ?? [];

  return (
    <>
      <PageTitle
        title="Portfolios"
        description="Turn what you logged into a portfolio for CMALT, ISTE or Advance HE, checked before you submit."
        actions={
          <>
            {canEditTemplates ? (
              <Button component={Link} to="/portfolios/templates" variant="default">
                Templates
              </Button>
            ) : null}
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setStarting(true)}
            >
              Start a portfolio
            </Button>
          </>
        }
      />
      <FormAlert error={list.error} title="Your portfolios did not load" />
      {list.isPending ? <Loader aria-label="Loading portfolios" /> : null}
      {list.data && list.data.portfolios.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap="sm" align="flex-start">
            <IconBriefcase size={32} aria-hidden />
            <Title order={2} fz="xl">
              No portfolios yet
            </Title>
            <Text maw={640}>
              A portfolio gathers your work for an accreditation scheme: each section has a
              description, evidence and a reflection, the three things assessors judge. Evidence
              comes from your CPD log, so the more you log, the faster a portfolio comes together.
            </Text>
            <Group gap="sm">
              <Button onClick={() => setStarting(true)}>Start your first portfolio</Button>
              <Button component={Link} to="/cpd" variant="default">
                Open your CPD log
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {mine.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="pf-mine" mb="xl">
          <Title order={2} fz="lg" id="pf-mine">
            Your portfolios
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {mine.map((p) => (
              <PortfolioCard key={p.id} p={p} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      {shared.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="pf-shared">
          <Title order={2} fz="lg" id="pf-shared">
            Shared with you
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {shared.map((p) => (
              <PortfolioCard key={p.id} p={p} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
      <StartModal
        opened={starting}
        onClose={() => setStarting(false)}
        portfolios={list.data?.portfolios ?? []}
      />
    </>
  );
}
