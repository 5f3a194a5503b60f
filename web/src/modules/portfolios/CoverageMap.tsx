import { Stack, Text, Title } from '@mantine/core';
import type { TPortfolio } from '../../../../contracts';
import { pluralise } from '../../app/format';

type Cell = TPortfolio['coverage'][number];

function label(c: Cell): string {
  return c.item.code
    ? `${c.item.code} ${c.item.title ?? ''}`.trim()
    : (c.item.title ?? c.item.statement);
}

const collator = new Intl.Collator('en', { numeric: true });

/** In the framework's reading order: by code (1, 1a, 1b, 2…), items without codes last. */
function ordered(cells: Cell[]): Cell[] {
  return [...cells].sort((a, b) => {
    if (a.item.code && b.item.code) return collator.compare(a.item.code, b.item.code);
    if (a.item.code) return -1;
    if (b.item.code) return 1;
    return 0;
  });
}

const level = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3);

/** The template's framework, each item a cell with the evidence in the portfolio tagged with it. */
export function CoverageMap({ portfolio }: { portfolio: Pick<TPortfolio, 'coverage'> }) {
  // The framework's parts a portfolio is about (coded items, items a section names, items with
  // evidence), not its headings such as "Pathways".
  const cells = ordered(
    portfolio.coverage.filter((c) => c.item.code || c.sections.length > 0 || c.evidence > 0),
  );
  if (cells.length === 0) return null;
  const covered = cells.filter((c) => c.evidence > 0).length;
  const framework = cells[0]?.item.framework.title ?? 'Framework';
  return (
    <Stack gap="sm" component="section" aria-labelledby="pf-coverage-heading">
      <div>
        <Title order={2} fz="lg" id="pf-coverage-heading">
          Coverage of {framework}
        </Title>
        <Text size="sm" c="dimmed" data-testid="coverage-summary">
          {covered} of {pluralise(cells.length, 'item')} have evidence from your CPD entries in this
          portfolio.
        </Text>
      </div>
      <ul className="pf-cov-grid" aria-label={`Coverage of ${framework}`}>
        {cells.map((c) => (
          <li key={c.item.id}>
            <div className="pf-cov-cell" data-level={level(c.evidence)} data-testid="coverage-cell">
              <span className="pf-cov-name">{label(c)}</span>
              <span>
                {c.evidence === 0
                  ? 'No evidence yet'
                  : `${pluralise(c.evidence, 'piece')} of evidence`}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
