import { Anchor, Card, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { TCoverage } from '../../../../../contracts';
import { pluralise } from '../../../app/format';
import { formatHours } from '../words';
import './dashboard.css';

type Item = TCoverage['items'][number];

/** A framework bigger than this shows its areas and their first level only. */
const DEEP_ITEMS_SHOWN_BELOW = 400;

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/**
 * The hours each shade of colour spans: a quarter of the busiest item's, rounded down to a
 * half hour (so that the legend reads 0.5, 1, 1.5…) and the busiest item is the darkest.
 */
export function shadeStep(max: number): number {
  const quarter = max / 4;
  return quarter >= 0.5 ? Math.floor(quarter * 2) / 2 : quarter;
}

/** 0 for nothing, then 1-4 by hours, a step of `shadeStep` each. */
export function intensity(hours: number, entries: number, step: number): 0 | 1 | 2 | 3 | 4 {
  if (entries === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil(hours / step))) as 1 | 2 | 3 | 4;
}

function name(item: Item): string {
  return item.code ? `${item.code} ${item.title}` : item.title;
}

function numbers(item: Item): string {
  if (item.entries === 0) return 'No entries yet';
  const parts = [pluralise(item.entries, 'entry', 'entries'), formatHours(item.hours)];
  if (item.evidence > 0) parts.push(`${item.evidence} evidence`);
  return parts.join(' · ');
}

const listLink = (item: Item) => `/cpd?tagId=${encodeURIComponent(item.id)}`;

function Cell({ item, step, deep }: { item: Item; step: number; deep: boolean }) {
  return (
    <li>
      <Link
        to={listLink(item)}
        className="cov-cell"
        data-level={intensity(item.hours, item.entries, step)}
        data-depth={deep ? 'deep' : undefined}
        data-testid="coverage-cell"
      >
        <span className="cov-cell-name">{name(item)}</span>
        <span className="cov-cell-numbers">{numbers(item)}</span>
      </Link>
    </li>
  );
}

interface CoverageGroup {
  /** The area (a top-level item) when it has items below it; null for a run of single items. */
  area: Item | null;
  cells: { item: Item; deep: boolean }[];
}

/** Top-level areas with the items below them, in the framework's order. */
export function groupCoverage(items: Item[]): CoverageGroup[] {
  const top = Math.min(...items.map((i) => i.depth));
  const big = items.length >= DEEP_ITEMS_SHOWN_BELOW;
  const hasChildren = new Set(items.map((i) => i.parentId));
  const groups: CoverageGroup[] = [];
  for (const item of items) {
    const level = item.depth - top;
    if (level === 0) {
      if (hasChildren.has(item.id)) groups.push({ area: item, cells: [] });
      else {
        const last = groups.at(-1);
        // Areas without items of their own sit together as cells.
        if (last && last.area === null) last.cells.push({ item, deep: false });
        else groups.push({ area: null, cells: [{ item, deep: false }] });
      }
    } else if (!big || level === 1) {
      groups.at(-1)?.cells.push({ item, deep: level > 1 });
    }
  }
  return groups;
}

function Legend({ step }: { step: number }) {
  const h = (n: number) => number.format(n);
  const labels = [
    `Up to ${h(step)} h`,
    `${h(step)}–${h(step * 2)} h`,
    `${h(step * 2)}–${h(step * 3)} h`,
    `Over ${h(step * 3)} h`,
  ];
  return (
    <ul className="cov-legend" aria-label="Colour key">
      <li>
        <span className="cov-cell" data-level="0" aria-hidden="true" />
        No entries
      </li>
      {labels.map((label, i) => (
        <li key={label}>
          <span className="cov-cell" data-level={i + 1} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * One framework as a map: each area with its items as cells, coloured by the hours tagged
 * with them (all years), empty ones dashed. Each cell opens the list filtered by that item.
 */
export function CoverageMap({ coverage }: { coverage: TCoverage }) {
  const headingId = useId();
  const { framework, items, covered, total } = coverage;
  const max = Math.max(0, ...items.map((i) => i.hours));
  const step = shadeStep(max);
  const groups = groupCoverage(items);
  const big = items.length >= DEEP_ITEMS_SHOWN_BELOW;
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id={headingId}>
            {framework.title}
            {framework.version ? (
              <Text span c="dimmed" fz="sm" fw={400}>
                {' '}
                ({framework.version})
              </Text>
            ) : null}
          </Title>
          <Text size="sm" c="dimmed" data-testid="coverage-summary">
            {covered} of {total} items have CPD tagged (
            {total > 0 ? Math.round((covered / total) * 100) : 0}%).
            {covered < total
              ? ` ${pluralise(total - covered, 'item has', 'items have')} nothing yet.`
              : ''}
          </Text>
          <Progress
            value={total > 0 ? (covered / total) * 100 : 0}
            color="cairn.8"
            size="sm"
            mt={6}
            aria-hidden="true"
          />
        </div>
        {max > 0 ? <Legend step={step} /> : null}
        <ul className="cov-areas">
          {groups.map((group) => (
            <li key={group.area?.id ?? group.cells[0]?.item.id}>
              {group.area ? (
                <div className="cov-area-head">
                  <h4 className="cov-area-title">
                    <Anchor component={Link} to={listLink(group.area)}>
                      {name(group.area)}
                    </Anchor>
                  </h4>
                  <span className="cov-area-total">
                    {group.area.entries > 0
                      ? `In this area: ${numbers(group.area)}`
                      : 'Nothing in this area yet'}
                  </span>
                </div>
              ) : null}
              <ul
                className="cov-grid"
                aria-label={group.area ? `Items of ${name(group.area)}` : undefined}
              >
                {group.cells.map(({ item, deep }) => (
                  <Cell key={item.id} item={item} step={step} deep={deep} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {big ? (
          <Text size="sm" c="dimmed">
            This framework is large, so the map shows its areas and their first level; the numbers
            include everything below them.
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          Counts cover all years and include the items below each one. Open a cell to see its
          entries.
        </Text>
      </Stack>
    </Card>
  );
}
