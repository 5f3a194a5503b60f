import {
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  List,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TPortfolio, TSection } from '../../../../contracts';
import { isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatDateTime } from '../../app/format';
import { DiffText } from './DiffText';
import {
  type TVersionComparison,
  portfolioWrites,
  useComparison,
  useRefreshPortfolios,
  useVersions,
} from './portfoliosApi';
import { sectionName } from './words';

const CHANGE_LABELS = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  added: 'Added since',
  removed: 'Removed since',
} as const;

const PART_LABELS: Record<string, string> = {
  title: 'Name',
  description: 'Description',
  reflection: 'Reflection',
  declarations: 'Declarations',
  evidence: 'Evidence',
};

function partText(s: TSection | null, part: string): string {
  if (!s) return '';
  switch (part) {
    case 'title':
      return s.customTitle ?? '';
    case 'description':
      return s.description;
    case 'reflection':
      return s.reflection;
    case 'declarations':
      return s.declarations.join(', ');
    case 'evidence':
      return s.evidence.map((e) => e.title || e.url).join('\n');
    default:
      return '';
  }
}

function Comparison({ data }: { data: TVersionComparison }) {
  const changed = data.sections.filter((s) => s.change !== 'unchanged');
  return (
    <Stack gap="md" component="section" aria-label={`Compared with “${data.version.name}”`}>
      <Text size="sm">
        {changed.length === 0
          ? `Nothing changed since “${data.version.name}”.`
          : `${changed.length} of ${data.sections.length} sections changed since “${data.version.name}”. Green underlined words are new in the draft; red struck-through words were in the snapshot.`}
      </Text>
      {data.sections.map((s) => (
        <Card key={s.key} withBorder padding="sm" component="article" aria-label={s.title}>
          <Group justify="space-between" gap="xs" mb={s.change === 'unchanged' ? 0 : 'xs'}>
            <Text fw={650} size="sm">
              {s.after ? sectionName(s.after) : s.before ? sectionName(s.before) : s.title}
            </Text>
            <Badge
              variant="light"
              color={s.change === 'unchanged' ? 'gray' : s.change === 'removed' ? 'red' : 'amber'}
            >
              {CHANGE_LABELS[s.change]}
            </Badge>
          </Group>
          {s.parts.map((part) => (
            <Stack key={part} gap={2} mt="xs">
              <Text size="xs" fw={650} c="dimmed">
                {PART_LABELS[part] ?? part}
              </Text>
              <DiffText before={partText(s.before, part)} after={partText(s.after, part)} />
            </Stack>
          ))}
        </Card>
      ))}
    </Stack>
  );
}

/** Named snapshots, comparing one with the draft, submitting, and copying a submitted portfolio. */
export function VersionsDrawer({
  portfolio,
  opened,
  onClose,
}: {
  portfolio: TPortfolio;
  opened: boolean;
  onClose: () => void;
}) {
  const versions = useVersions(portfolio.id, opened);
  const refresh = useRefreshPortfolios();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [comparing, setComparing] = useState<string | null>(null);
  const comparison = useComparison(portfolio.id, comparing);
  const mine = portfolio.mine;
  const draft = portfolio.status === 'draft';

  const snapshot = useMutation({
    mutationFn: () => portfolioWrites.snapshot(portfolio.id, name.trim()),
    onSuccess: () => {
      setName('');
      void refresh();
      notifications.show({ color: 'cairn', title: 'Snapshot taken', message: '' });
    },
  });
  const submit = useMutation({
    mutationFn: () => portfolioWrites.submit(portfolio.id),
    onSuccess: () => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: 'Portfolio submitted',
        message: 'The submitted version is frozen.',
      });
    },
  });
  const copy = useMutation({
    mutationFn: () => portfolioWrites.copy(portfolio.id),
    onSuccess: (p) => {
      void refresh();
      onClose();
      navigate(`/portfolios/${p.id}`);
    },
  });
  const unavailable = isApiError(versions.error) && versions.error.status === 404;

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title="Versions"
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close versions' }}
    >
      <Stack gap="lg">
        {mine && draft ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              snapshot.mutate();
            }}
          >
            <Stack gap="xs">
              <Text size="sm">
                Every save is kept. Name a snapshot to come back to it, for example before a mentor
                reads it, and compare it with the draft later.
              </Text>
              <Group gap="sm" align="flex-end">
                <TextInput
                  label="Snapshot name"
                  placeholder="Before mentor feedback"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  style={{ flex: 1 }}
                  maxLength={120}
                />
                <Button type="submit" loading={snapshot.isPending}>
                  Take snapshot
                </Button>
              </Group>
              <FormAlert error={snapshot.error} title="The snapshot was not taken" />
            </Stack>
          </form>
        ) : null}

        <Stack gap="xs" component="section" aria-labelledby="pf-versions-heading">
          <Title order={3} fz="md" id="pf-versions-heading">
            Snapshots and submissions
          </Title>
          {versions.isPending ? <Loader size="sm" aria-label="Loading versions" /> : null}
          {unavailable ? (
            <Text size="sm" c="dimmed">
              Versions are not available on this server yet.
            </Text>
          ) : (
            <FormAlert error={versions.error} title="Versions did not load" />
          )}
          {versions.data && versions.data.versions.length === 0 ? (
            <Text size="sm" c="dimmed">
              No snapshots yet.
            </Text>
          ) : null}
          {versions.data && versions.data.versions.length > 0 ? (
            <Stack
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Versions"
            >
              {versions.data.versions.map((v) => (
                <Group component="li" key={v.id} justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap={6}>
                      <Text fw={600} size="sm">
                        {v.name}
                      </Text>
                      {v.kind === 'submitted' ? (
                        <Badge size="xs" color="blue">
                          Submitted
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(v.createdAt)}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant={comparing === v.id ? 'filled' : 'light'}
                    onClick={() => setComparing(v.id)}
                    aria-label={`Compare “${v.name}” with the draft`}
                  >
                    Compare with draft
                  </Button>
                </Group>
              ))}
            </Stack>
          ) : null}
        </Stack>

        {comparing ? (
          comparison.isPending ? (
            <Loader size="sm" aria-label="Comparing" />
          ) : comparison.data ? (
            <Comparison data={comparison.data} />
          ) : (
            <FormAlert error={comparison.error} title="The comparison did not load" />
          )
        ) : null}

        {mine ? (
          <Stack gap="xs" component="section" aria-labelledby="pf-submit-heading">
            <Title order={3} fz="md" id="pf-submit-heading">
              {draft ? 'Submit' : 'Start again from this portfolio'}
            </Title>
            {draft ? (
              <>
                <Text size="sm">
                  Submitting freezes this portfolio as it is now. The checker must report nothing
                  missing first (
                  {portfolio.completeness.errors === 0
                    ? 'it does not'
                    : `it reports ${portfolio.completeness.errors}`}
                  ).
                </Text>
                <FormAlert error={submit.error} title="The portfolio was not submitted" />
                <Group>
                  <Button onClick={() => submit.mutate()} loading={submit.isPending} color="blue">
                    Submit portfolio
                  </Button>
                </Group>
              </>
            ) : (
              <>
                <Text size="sm">
                  A submitted portfolio is frozen. Copy it into a new draft to work on it again, for
                  example for a review.
                </Text>
                <FormAlert error={copy.error} title="The portfolio was not copied" />
                <Group>
                  <Button onClick={() => copy.mutate()} loading={copy.isPending}>
                    Copy into a new draft
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        ) : null}
        {draft && !mine ? (
          <List size="sm">
            <List.Item>This portfolio was shared with you to read.</List.Item>
          </List>
        ) : null}
      </Stack>
    </Drawer>
  );
}
