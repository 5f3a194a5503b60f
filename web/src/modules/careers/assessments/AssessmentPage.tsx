import {
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconRepeat, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TAssessment, TAssessmentSummary, TFrameworkTree } from '../../../../../contracts';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { TableScroll } from '../../../app/components/TableScroll';
import { formatDate } from '../../../app/format';
import {
  careerWrites,
  useAssessment,
  useAssessments,
  useComparison,
  useFrameworkTree,
  useRefreshCareers,
} from '../careersApi';
import { formatLevel, levelName } from '../words';
import '../careers.css';
import { itemLabel, ratingAreas } from './areas';
import { AssessmentChart, ComparisonChart } from './AssessmentChart';
import { StatusBadge } from './AssessmentsPage';
import { EntryTitle } from './EvidencePicker';
import { RatingRow } from './RatingRow';
import { StartAssessmentModal } from './StartAssessment';

function ScaleLegend({ assessment }: { assessment: TAssessment }) {
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="scale-legend">
      <Title order={2} fz="md" id="scale-legend" mb={4}>
        What the levels mean
      </Title>
      <Stack component="dl" gap={2} m={0}>
        {assessment.scale.map((l) => (
          <Text key={l.value} size="sm" component="div">
            <Text span fw={600} component="dt" style={{ display: 'inline' }}>
              {l.label}
            </Text>
            {l.description ? (
              <Text span component="dd" m={0} style={{ display: 'inline' }}>
                {': '}
                {l.description}
              </Text>
            ) : null}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function Rating({ assessment, tree }: { assessment: TAssessment; tree: TFrameworkTree }) {
  const byItem = new Map(assessment.ratings.map((r) => [r.itemId, r]));
  const areas = ratingAreas(tree.items);
  return (
    <Stack gap="lg">
      {areas.map(({ area, items }) => {
        const rated = items.filter((i) => byItem.has(i.id)).length;
        return (
          <Stack key={area.id} gap="xs" component="section" aria-labelledby={`area-${area.id}`}>
            <Group justify="space-between" align="baseline" gap="xs">
              <Title order={2} fz="lg" id={`area-${area.id}`}>
                {itemLabel(area)}
              </Title>
              <Text size="sm" c="dimmed">
                {rated} of {items.length} rated
              </Text>
            </Group>
            {items.map((item) => (
              <RatingRow
                key={item.id}
                assessment={assessment}
                item={item}
                rating={byItem.get(item.id)}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** A completed assessment, read-only: each area's items with their level, note and evidence. */
function Results({ assessment, tree }: { assessment: TAssessment; tree: TFrameworkTree }) {
  const byItem = new Map(assessment.ratings.map((r) => [r.itemId, r]));
  return (
    <Stack gap="lg">
      {ratingAreas(tree.items).map(({ area, items }) => (
        <Stack key={area.id} gap="xs" component="section" aria-labelledby={`area-${area.id}`}>
          <Title order={2} fz="lg" id={`area-${area.id}`}>
            {itemLabel(area)}
          </Title>
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item) => {
              const r = byItem.get(item.id);
              return (
                <Card component="li" key={item.id} withBorder padding="xs">
                  <Group justify="space-between" gap="xs" align="flex-start">
                    <Text size="sm" style={{ flex: '1 1 16rem' }}>
                      {itemLabel(item)}
                    </Text>
                    <Text size="sm" fw={600}>
                      {levelName(assessment.scale, r?.level ?? null)}
                    </Text>
                  </Group>
                  {r?.note ? (
                    <Text size="xs" c="dimmed" mt={4}>
                      {r.note}
                    </Text>
                  ) : null}
                  {r && r.evidenceEntryIds.length > 0 ? (
                    <Group gap="xs" mt={4}>
                      <Text size="xs" fw={600}>
                        Evidence:
                      </Text>
                      {r.evidenceEntryIds.map((id) => (
                        <EntryTitle key={id} id={id} />
                      ))}
                    </Group>
                  ) : null}
                </Card>
              );
            })}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

function Compare({
  assessment,
  others,
}: {
  assessment: TAssessment;
  others: TAssessmentSummary[];
}) {
  const [withId, setWithId] = useState<string>(others[0]?.id ?? '');
  const comparison = useComparison(assessment.id, withId || null);
  const data = comparison.data;
  const changed = data ? data.items.filter((i) => i.before !== i.after) : [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="compare-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="compare-title">
          Compare with another assessment
        </Title>
        <NativeSelect
          label="Compare with"
          data={others.map((a) => ({
            value: a.id,
            label: `${formatDate(a.completedAt ?? a.createdAt)} · mean ${formatLevel(a.average)}${
              a.status === 'draft' ? ' (in progress)' : ''
            }`,
          }))}
          value={withId}
          onChange={(e) => setWithId(e.currentTarget.value)}
          maw="24rem"
        />
        {comparison.isPending ? (
          <Skeleton height={200} />
        ) : comparison.isError ? (
          <FormAlert error={comparison.error} title="The comparison could not be loaded" />
        ) : data ? (
          <>
            <ComparisonChart before={data.before} after={data.after} scale={assessment.scale} />
            <Title order={3} fz="md">
              What changed
            </Title>
            {changed.length === 0 ? (
              <Text size="sm">No item has a different level.</Text>
            ) : (
              <TableScroll label="Items whose level changed" minWidth={480}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Item</Table.Th>
                      <Table.Th>Before</Table.Th>
                      <Table.Th>After</Table.Th>
                      <Table.Th>Change</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {changed.map((i) => {
                      const delta =
                        i.before !== null && i.after !== null ? i.after - i.before : null;
                      return (
                        <Table.Tr key={i.itemId}>
                          <Table.Td>{i.code ? `${i.code} ${i.label}` : i.label}</Table.Td>
                          <Table.Td>{levelName(assessment.scale, i.before)}</Table.Td>
                          <Table.Td>{levelName(assessment.scale, i.after)}</Table.Td>
                          <Table.Td>
                            {delta === null
                              ? i.after === null
                                ? 'No longer rated'
                                : 'Newly rated'
                              : delta > 0
                                ? `Up ${delta}`
                                : `Down ${-delta}`}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function Loaded({ assessment }: { assessment: TAssessment }) {
  const tree = useFrameworkTree(assessment.frameworkId);
  const all = useAssessments();
  const navigate = useNavigate();
  const refresh = useRefreshCareers();
  const [confirmComplete, setConfirmComplete] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [repeating, setRepeating] = useState(false);
  const others = useMemo(
    () =>
      (all.data ?? []).filter(
        (a) => a.frameworkId === assessment.frameworkId && a.id !== assessment.id,
      ),
    [all.data, assessment.frameworkId, assessment.id],
  );
  const complete = useMutation({
    mutationFn: () => careerWrites.complete(assessment.id),
    onSuccess: () => {
      void refresh();
      setConfirmComplete(false);
      notifications.show({
        color: 'cairn',
        title: 'Self-assessment completed',
        message: 'Your gap analysis now uses it.',
      });
    },
  });
  const remove = useMutation({
    mutationFn: () => careerWrites.removeAssessment(assessment.id),
    onSuccess: () => {
      void refresh();
      notifications.show({ color: 'cairn', title: 'Self-assessment deleted', message: '' });
      void navigate('/careers/assessments');
    },
  });
  const draft = assessment.status === 'draft';
  return (
    <>
      <Anchor component={Link} to="/careers/assessments" size="sm" mb="xs" display="inline-flex">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> All self-assessments
        </Group>
      </Anchor>
      <PageTitle
        title={assessment.frameworkTitle}
        documentTitle={`Self-assessment: ${assessment.frameworkTitle}`}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={assessment.status} />
            <span>
              Started {formatDate(assessment.createdAt)}
              {assessment.completedAt ? `, completed ${formatDate(assessment.completedAt)}` : ''} ·{' '}
              <span data-testid="assessment-progress">
                {assessment.rated} of {assessment.total} items rated
              </span>{' '}
              · mean level {formatLevel(assessment.average)}
            </span>
          </Group>
        }
        actions={
          <>
            {draft ? (
              <Button
                leftSection={<IconCheck size={18} aria-hidden />}
                onClick={() => setConfirmComplete(true)}
                disabled={assessment.rated === 0}
              >
                Complete
              </Button>
            ) : (
              <Button
                leftSection={<IconRepeat size={18} aria-hidden />}
                onClick={() => setRepeating(true)}
              >
                Repeat this assessment
              </Button>
            )}
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setConfirmDelete(true)}
            >
              Delete
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          {tree.isPending ? (
            <Skeleton height={400} aria-label="Loading the framework's items" />
          ) : tree.isError ? (
            <FormAlert error={tree.error} title="The framework’s items could not be loaded" />
          ) : draft ? (
            <Stack gap="md">
              <Text size="sm">
                Choose the level that fits your practice today for each item; every choice is saved
                at once. Add a note or link CPD entries that show it. When you have rated what you
                can, complete the assessment.
              </Text>
              <Rating assessment={assessment} tree={tree.data} />
              <Group>
                <Button
                  leftSection={<IconCheck size={18} aria-hidden />}
                  onClick={() => setConfirmComplete(true)}
                  disabled={assessment.rated === 0}
                >
                  Complete the assessment
                </Button>
                {assessment.rated === 0 ? (
                  <Text size="sm" c="dimmed">
                    Rate at least one item first.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          ) : (
            <Results assessment={assessment} tree={tree.data} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md" className="careers-aside">
            <Card withBorder padding="md">
              <AssessmentChart summary={assessment} scale={assessment.scale} />
            </Card>
            {draft ? <ScaleLegend assessment={assessment} /> : null}
          </Stack>
        </Grid.Col>
        {others.length > 0 ? (
          <Grid.Col span={12} order={3}>
            <Compare assessment={assessment} others={others} />
          </Grid.Col>
        ) : null}
      </Grid>
      <ConfirmModal
        opened={confirmComplete}
        title="Complete this self-assessment?"
        confirmLabel="Complete"
        loading={complete.isPending}
        error={complete.error}
        onConfirm={() => complete.mutate()}
        onClose={() => setConfirmComplete(false)}
      >
        <Text size="sm">
          You have rated {assessment.rated} of {assessment.total} items. A completed assessment
          cannot be changed: to rate again later, repeat it, and compare the two.
        </Text>
      </ConfirmModal>
      <ConfirmModal
        opened={confirmDelete}
        title="Delete this self-assessment?"
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirmDelete(false)}
      >
        <Text size="sm">
          Its ratings, notes and links to CPD entries go with it (the CPD entries stay).
        </Text>
      </ConfirmModal>
      <StartAssessmentModal
        opened={repeating}
        onClose={() => setRepeating(false)}
        assessments={all.data ?? []}
        frameworkId={assessment.frameworkId}
        copyFromId={assessment.id}
      />
    </>
  );
}

export function AssessmentPage() {
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  if (assessment.isPending) {
    return <Skeleton height={300} aria-label="Loading the self-assessment" />;
  }
  if (assessment.isError) {
    return (
      <>
        <PageTitle title="Self-assessment" />
        <FormAlert error={assessment.error} title="This self-assessment could not be loaded">
          <Anchor component={Link} to="/careers/assessments" size="sm">
            Back to your self-assessments
          </Anchor>
        </FormAlert>
      </>
    );
  }
  return <Loaded key={assessment.data.id} assessment={assessment.data} />;
}
