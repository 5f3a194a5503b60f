import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Box, Group, RingProgress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { THoursSummary } from '../../../../../contracts';
import { formatHours, typeLabel } from '../words';
import './dashboard.css';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long' });

/** "2026-03" as a date in the middle of that month (no time zone can move it to another). */
function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, 15);
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/**
 * A chart with its heading, what it shows in one sentence, and a table with the same
 * numbers for screen readers. The drawing itself is hidden from them: it says nothing more.
 */
export function ChartFigure({
  title,
  caption,
  table,
  children,
  headingOrder = 2,
}: {
  title: string;
  caption: ReactNode;
  /** The chart's numbers as a table (visually hidden). */
  table?: ReactNode;
  children: ReactNode;
  headingOrder?: 2 | 3 | 4;
}) {
  return (
    <Box component="figure" m={0} className="dash-figure">
      <Title order={headingOrder} fz="lg" mb={4}>
        {title}
      </Title>
      <Text component="figcaption" size="sm" c="dimmed" mb="sm">
        {caption}
      </Text>
      <div aria-hidden="true">{children}</div>
      {table ? <VisuallyHidden>{table}</VisuallyHidden> : null}
    </Box>
  );
}

/** Hours against the yearly target: a ring, and the same in words. */
export function TargetProgress({
  summary,
  current,
  who = 'you',
}: {
  summary: THoursSummary;
  /** The year is still running: say what is left to do. */
  current: boolean;
  /** "you", or a person's name on a manager's page. */
  who?: string;
}) {
  const { hours, targetHours, year } = summary;
  const pct = percent(hours, targetHours);
  const you = who === 'you';
  const logged = current
    ? you
      ? 'You have logged'
      : `${who} has logged`
    : you
      ? 'You logged'
      : `${who} logged`;
  let detail: string;
  if (hours >= targetHours) {
    const beyond = hours - targetHours;
    detail =
      beyond > 0
        ? `Target reached, with ${formatHours(beyond)} beyond it.`
        : 'Target reached exactly.';
  } else if (current) {
    const left = targetHours - hours;
    const now = new Date();
    const monthsLeft = year === now.getFullYear() ? 12 - now.getMonth() : 12;
    detail = `${formatHours(left)} to go: about ${formatHours(
      Math.ceil((left / monthsLeft) * 4) / 4,
    )} a month for the rest of the year.`;
  } else {
    detail = `${formatHours(targetHours - hours)} short of the target.`;
  }
  return (
    <Group gap="lg" wrap="nowrap" align="center">
      <RingProgress
        size={132}
        thickness={14}
        roundCaps
        aria-hidden="true"
        sections={[{ value: Math.min(pct, 100), color: 'cairn.8' }]}
        rootColor="var(--mantine-color-gray-2)"
        label={
          <Text ta="center" fw={700} fz="xl">
            {pct}%
          </Text>
        }
      />
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text fz={{ base: 'lg', sm: 'xl' }} fw={650} data-testid="target-progress">
          {number.format(hours)} of {number.format(targetHours)} hours
        </Text>
        <Text size="sm">
          {logged} {formatHours(hours)} in {summary.entries}{' '}
          {summary.entries === 1 ? 'entry' : 'entries'} in {year}, {pct}% of{' '}
          {you ? 'your' : 'their'} {number.format(targetHours)}-hour target.
        </Text>
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      </Stack>
    </Group>
  );
}

/** Hours month by month, January to December. */
export function MonthChart({ summary }: { summary: THoursSummary }) {
  const data = summary.byMonth.map((m) => ({
    month: monthShort.format(monthDate(m.month)),
    name: monthLong.format(monthDate(m.month)),
    hours: m.hours,
  }));
  const busiest = data.reduce((best, m) => (m.hours > best.hours ? m : best), {
    name: '',
    month: '',
    hours: 0,
  });
  const active = data.filter((m) => m.hours > 0).length;
  const caption =
    busiest.hours > 0
      ? `CPD in ${active} of 12 months; the busiest was ${busiest.name} with ${formatHours(busiest.hours)}.`
      : `No CPD logged in ${summary.year} yet.`;
  return (
    <ChartFigure
      title="Hours by month"
      caption={caption}
      table={
        <table>
          <caption>Hours of CPD each month of {summary.year}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Hours</th>
            </tr>
          </thead>
          <tbody>
            {data.map((m) => (
              <tr key={m.name}>
                <th scope="row">{m.name}</th>
                <td>{number.format(m.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        h={200}
        data={data}
        dataKey="month"
        series={[{ name: 'hours', label: 'Hours', color: 'cairn.8' }]}
        valueFormatter={(v) => number.format(v)}
        tickLine="y"
        gridAxis="x"
        withTooltip
        tooltipAnimationDuration={0}
        accessibilityLayer={false}
        maxBarWidth={28}
        withBarValueLabel
        valueLabelProps={{
          formatter: (value: unknown) => (Number(value) > 0 ? number.format(Number(value)) : ''),
          fontSize: 11,
        }}
        barProps={{ isAnimationActive: false }}
        xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 4 }}
        yAxisProps={{ width: 32, allowDecimals: false }}
      />
    </ChartFigure>
  );
}

/** Hours by kind of CPD, largest first: bars with their labels, readable on any screen. */
export function TypeChart({ summary }: { summary: THoursSummary }) {
  const max = Math.max(0, ...summary.byType.map((t) => t.hours));
  const top = summary.byType[0];
  const caption = top
    ? `${summary.byType.length} ${summary.byType.length === 1 ? 'kind' : 'kinds'} of CPD; most hours in ${typeLabel(top.type).toLowerCase()}.`
    : `Nothing logged in ${summary.year} yet.`;
  return (
    <Box component="figure" m={0} className="dash-figure">
      <Title order={2} fz="lg" mb={4}>
        Hours by type
      </Title>
      <Text component="figcaption" size="sm" c="dimmed" mb="sm">
        {caption}
      </Text>
      {summary.byType.length > 0 ? (
        <ul className="dash-bars" aria-label="Hours by type">
          {summary.byType.map((t) => (
            <li key={t.type}>
              <div className="dash-bar-label">
                <span>{typeLabel(t.type)}</span>
                <span className="dash-bar-value">
                  {formatHours(t.hours)}
                  <VisuallyHidden>
                    , {t.entries} {t.entries === 1 ? 'entry' : 'entries'}
                  </VisuallyHidden>
                </span>
              </div>
              <div className="dash-bar-track" aria-hidden="true">
                <div
                  className="dash-bar-fill"
                  style={{ width: `${max > 0 ? Math.max(2, (t.hours / max) * 100) : 0}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </Box>
  );
}

const KIND_COLORS = {
  protected: 'cairn.8',
  personal: 'amber.7',
  unspecified: 'gray.5',
} as const;

const KIND_LABELS = {
  protected: 'Protected work time',
  personal: 'Personal time',
  unspecified: 'Not said',
} as const;

/** Protected work time against personal time (and entries that do not say). */
export function TimeKindChart({ summary, who = 'you' }: { summary: THoursSummary; who?: string }) {
  const kinds = (['protected', 'personal', 'unspecified'] as const).map((kind) => ({
    kind,
    hours: summary.timeKind[kind],
  }));
  const total = kinds.reduce((sum, k) => sum + k.hours, 0);
  const share = percent(summary.timeKind.protected, total);
  const caption =
    total > 0
      ? `${share}% of ${who === 'you' ? 'your' : 'their'} CPD hours in ${summary.year} were protected work time.`
      : `Nothing logged in ${summary.year} yet.`;
  return (
    <Box component="figure" m={0} className="dash-figure">
      <Title order={2} fz="lg" mb={4}>
        Protected and personal time
      </Title>
      <Text component="figcaption" size="sm" c="dimmed" mb="sm">
        {caption}
      </Text>
      {total > 0 ? (
        <Group gap="lg" wrap="nowrap" align="center">
          {/* Inert as well as hidden: the segments would otherwise take keyboard focus. */}
          <div aria-hidden="true" inert>
            <DonutChart
              size={112}
              thickness={18}
              withTooltip={false}
              accessibilityLayer={false}
              strokeWidth={1}
              pieProps={{ isAnimationActive: false }}
              data={kinds
                .filter((k) => k.hours > 0)
                .map((k) => ({
                  name: KIND_LABELS[k.kind],
                  value: k.hours,
                  color: KIND_COLORS[k.kind],
                }))}
            />
          </div>
          <ul className="dash-legend" aria-label="Hours by kind of time">
            {kinds.map((k) => (
              <li key={k.kind}>
                <span
                  className="dash-swatch"
                  aria-hidden="true"
                  style={{
                    background: `var(--mantine-color-${KIND_COLORS[k.kind].replace('.', '-')})`,
                  }}
                />
                <span>
                  {KIND_LABELS[k.kind]}: {formatHours(k.hours)} ({percent(k.hours, total)}%)
                </span>
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
    </Box>
  );
}
