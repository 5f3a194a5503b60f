import '@mantine/charts/styles.css';
import { BarChart, RadarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { TAssessmentSummary, TScaleLevel } from '../../../../../contracts';
import { useIsPhone } from '../../../app/media';
import { ChartFigure } from '../../cpd/dashboard/SummaryCharts';
import { formatLevel } from '../words';

function areaName(a: TAssessmentSummary['areas'][number]): string {
  return a.code ? `${a.code} ${a.label}` : a.label;
}

/** The top of the scale (the team view has no scale: the default scale's 4, or higher if needed). */
function topOf(scale: readonly TScaleLevel[], summary: TAssessmentSummary): number {
  if (scale.length > 0) return Math.max(...scale.map((l) => l.value), 1);
  return Math.max(4, ...summary.areas.map((a) => Math.ceil(a.average ?? 0)));
}

/** A chart label: "1 Operational…" (on a phone, "1" or "Pathways"), short enough for the axis. */
function short(a: TAssessmentSummary['areas'][number], narrow = false): string {
  const name = narrow ? (a.code ?? a.label) : a.code ? `${a.code} ${a.label}` : a.label;
  const max = narrow ? 10 : 14;
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** The mean level per area: a radar from three areas up, bars below that; a table for screen readers. */
export function AssessmentChart({
  summary,
  scale,
  title = 'Your result by area',
  headingOrder = 2,
  who = 'you',
}: {
  summary: TAssessmentSummary;
  scale: readonly TScaleLevel[];
  title?: string;
  headingOrder?: 2 | 3;
  /** "you", or "they" on a manager's page. */
  who?: 'you' | 'they';
}) {
  const narrow = useIsPhone();
  const max = topOf(scale, summary);
  const areas = summary.areas.filter((a) => a.rated > 0);
  const data = summary.areas.map((a) => ({ area: short(a, narrow), Level: a.average ?? 0 }));
  const caption =
    areas.length === 0
      ? 'Rate some items to see your result here.'
      : `The mean level ${who} gave the items of each area, on a scale up to ${max}. Overall: ${formatLevel(summary.average)}.`;
  const table = (
    <Table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th>Area</th>
          <th>Mean level</th>
          <th>Items rated</th>
        </tr>
      </thead>
      <tbody>
        {summary.areas.map((a) => (
          <tr key={a.itemId}>
            <td>{areaName(a)}</td>
            <td>{formatLevel(a.average)}</td>
            <td>{a.rated}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <ChartFigure title={title} caption={caption} table={table} headingOrder={headingOrder}>
      {areas.length === 0 ? null : summary.areas.length >= 3 ? (
        <RadarChart
          accessibilityLayer={false}
          h={300}
          data={data}
          dataKey="area"
          series={[{ name: 'Level', color: 'cairn.7', opacity: 0.3 }]}
          withPolarRadiusAxis
          polarRadiusAxisProps={{ domain: [0, max], tick: false, axisLine: false }}
          radarChartProps={{ outerRadius: '58%' }}
          data-testid="assessment-chart"
        />
      ) : (
        <BarChart
          accessibilityLayer={false}
          h={220}
          data={data}
          dataKey="area"
          series={[{ name: 'Level', color: 'cairn.7' }]}
          yAxisProps={{ domain: [0, max], allowDecimals: false }}
          data-testid="assessment-chart"
        />
      )}
    </ChartFigure>
  );
}

/** Before and after, by area. */
export function ComparisonChart({
  before,
  after,
  scale,
}: {
  before: TAssessmentSummary;
  after: TAssessmentSummary;
  scale: readonly TScaleLevel[];
}) {
  const max = topOf(scale, after);
  const beforeBy = new Map(before.areas.map((a) => [a.itemId, a.average]));
  const data = after.areas.map((a) => ({
    area: short(a),
    Before: beforeBy.get(a.itemId) ?? 0,
    After: a.average ?? 0,
  }));
  const table = (
    <Table>
      <caption>Mean level by area, before and after</caption>
      <thead>
        <tr>
          <th>Area</th>
          <th>Before</th>
          <th>After</th>
        </tr>
      </thead>
      <tbody>
        {after.areas.map((a) => (
          <tr key={a.itemId}>
            <td>{areaName(a)}</td>
            <td>{formatLevel(beforeBy.get(a.itemId) ?? null)}</td>
            <td>{formatLevel(a.average)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <ChartFigure
      title="Before and after, by area"
      caption={`Overall mean level: ${formatLevel(before.average)} before, ${formatLevel(after.average)} after.`}
      table={table}
      headingOrder={3}
    >
      <BarChart
        accessibilityLayer={false}
        h={260}
        data={data}
        dataKey="area"
        withLegend
        series={[
          { name: 'Before', color: 'gray.5' },
          { name: 'After', color: 'cairn.7' },
        ]}
        yAxisProps={{ domain: [0, max], allowDecimals: false }}
      />
    </ChartFigure>
  );
}
