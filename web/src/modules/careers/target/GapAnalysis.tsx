import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TGapAnalysis, TGapItem } from '../../../../../contracts';
import { pluralise } from '../../../app/format';
import { ChartFigure } from '../../cpd/dashboard/SummaryCharts';
import { formatHours } from '../../cpd/words';
import { formatLevel } from '../words';

const STATUS = {
  met: { label: 'Met', color: 'cairn' },
  below: { label: 'Below target', color: 'amber' },
  'not-assessed': { label: 'Not assessed', color: 'gray' },
} as const;

type Filter = 'all' | TGapItem['status'];

function Summary({ analysis }: { analysis: TGapAnalysis }) {
  const s = analysis.summary;
  const cells = [
    { label: 'Met', value: s.met, id: 'met' },
    { label: 'Below target', value: s.below, id: 'below' },
    { label: 'Not assessed', value: s.notAssessed, id: 'not-assessed' },
  ];
  return (
    <SimpleGrid cols={{ base: 3 }} spacing="sm">
      {cells.map((c) => (
        <Card key={c.id} withBorder padding="sm" data-testid={`gap-${c.id}`}>
          <Text fz={{ base: 'xl', sm: 28 }} fw={700} lh={1.1}>
            {c.value}
          </Text>
          <Text size="sm">{c.label}</Text>
          <Text size="xs" c="dimmed">
            of {s.total}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Chart({ analysis }: { analysis: TGapAnalysis }) {
  const data = analysis.items.map((i) => ({
    item: i.code ?? (i.label.length > 14 ? `${i.label.slice(0, 13)}…` : i.label),
    Current: i.current ?? 0,
    Required: i.required,
  }));
  const table = (
    <Table>
      <caption>Your level and the level required, by item</caption>
      <thead>
        <tr>
          <th>Item</th>
          <th>Current</th>
          <th>Required</th>
        </tr>
      </thead>
      <tbody>
        {analysis.items.map((i) => (
          <tr key={i.itemId}>
            <td>{i.code ? `${i.code} ${i.label}` : i.label}</td>
            <td>{i.current ?? 'not assessed'}</td>
            <td>{i.required}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <ChartFigure
      title="Current and required levels"
      caption="Your level on each item the target asks for (from your latest self-assessment), beside the level it requires. Items you have not assessed count as 0."
      table={table}
      headingOrder={3}
    >
      <BarChart
        accessibilityLayer={false}
        h={Math.max(200, data.length * 34 + 60)}
        data={data}
        dataKey="item"
        orientation="vertical"
        withLegend
        yAxisProps={{ width: 60 }}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'Current', color: 'cairn.7' },
          { name: 'Required', color: 'gray.5' },
        ]}
      />
    </ChartFigure>
  );
}

function GapRow({ item, assessmentId }: { item: TGapItem; assessmentId: string | null }) {
  const status = STATUS[item.status];
  const name = item.code ? `${item.code} ${item.label}` : item.label;
  const e = item.evidence;
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600} size="sm" style={{ flex: '1 1 14rem', minWidth: 0 }}>
            {name}
          </Text>
          <Badge color={status.color} variant="light" radius="sm">
            {status.label}
          </Badge>
        </Group>
        <Text size="sm">
          Current: <strong>{item.current === null ? 'not assessed' : item.current}</strong> ·
          Required: <strong>{item.required}</strong>
        </Text>
        <Text size="sm" c="dimmed">
          Evidence: {pluralise(e.cpdEntries, 'CPD entry', 'CPD entries')}
          {e.cpdEntries > 0 ? ` (${formatHours(e.cpdHours)})` : ''},{' '}
          {pluralise(e.portfolioEvidence, 'piece', 'pieces')} of portfolio evidence
        </Text>
        {item.missing ? <Text size="sm">{item.missing}</Text> : null}
        <Group gap="md">
          <Anchor component={Link} to={`/cpd?tagId=${item.itemId}`} size="sm">
            CPD entries for this item
          </Anchor>
          <Anchor
            component={Link}
            to={assessmentId ? `/careers/assessments/${assessmentId}` : '/careers/assessments'}
            size="sm"
          >
            {item.current === null ? 'Assess yourself' : 'Your self-assessment'}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

const ORDER: Record<TGapItem['status'], number> = { below: 0, 'not-assessed': 1, met: 2 };

export function GapAnalysis({ analysis }: { analysis: TGapAnalysis }) {
  const [filter, setFilter] = useState<Filter>('all');
  const items = [...analysis.items]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status])
    .filter((i) => filter === 'all' || i.status === filter);
  const a = analysis.assessment;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="gap-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="gap-title">
          Gap analysis
        </Title>
        <Text size="sm">
          Against <strong>{analysis.roleProfile.name}</strong> (
          {analysis.roleProfile.frameworkTitle}
          ).{' '}
          {a ? (
            <>
              Your levels come from your self-assessment of{' '}
              <Anchor component={Link} to={`/careers/assessments/${a.id}`} size="sm">
                {a.frameworkTitle}
              </Anchor>{' '}
              (mean {formatLevel(a.average)}
              {a.status === 'draft' ? ', still in progress' : ''}).
            </>
          ) : (
            <>
              You have not assessed yourself against this framework yet, so every item counts as not
              assessed.
            </>
          )}
        </Text>
        {!a ? (
          <Group>
            <Button component={Link} to="/careers/assessments" variant="light">
              Start a self-assessment
            </Button>
          </Group>
        ) : null}
        <Summary analysis={analysis} />
        {analysis.items.length > 0 ? <Chart analysis={analysis} /> : null}
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={3} fz="md" id="gap-items">
            Items
          </Title>
          <SegmentedControl
            size="xs"
            aria-label="Show items"
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'below', label: 'Below' },
              { value: 'not-assessed', label: 'Not assessed' },
              { value: 'met', label: 'Met' },
            ]}
          />
        </Group>
        {items.length === 0 ? (
          <Text size="sm">No items in this group.</Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="gap-items"
            data-testid="gap-list"
          >
            {items.map((i) => (
              <GapRow key={i.itemId} item={i} assessmentId={a?.id ?? null} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
