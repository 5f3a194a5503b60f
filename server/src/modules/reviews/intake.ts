import type { TPortfolio } from '../../../../contracts/portfolios';
import type { Deps } from '../../deps';
import { checkPortfolioLinks } from '../portfolios/links';
import type { Owner, PortfolioRow } from '../portfolios/repository';
import { assemble } from '../portfolios/service';

/*
 * The intake check, before anything reaches assessors: every required section of the template
 * is present and complete (the portfolio's own completeness errors; word-count warnings do not
 * fail intake), and evidence links answer. Links never checked are checked now, briefly; links
 * already checked keep their stored result.
 */

export type IntakeProblem = { sectionKey: string | null; message: string };

export const INTAKE_LINK_TIMEOUT_MS = 5_000;

/** Problems of an assembled portfolio that stop it from going to assessors (pure). */
export function intakeProblems(p: TPortfolio): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const present = new Set(p.sectionList.map((s) => s.key));
  for (const spec of p.templateSpec.sectionSpecs) {
    if (!spec.optional && !present.has(spec.key)) {
      problems.push({
        sectionKey: spec.key,
        message: `${spec.title} is missing from the portfolio: add the section and complete it.`,
      });
    }
  }
  for (const x of p.completeness.problems) {
    if (x.severity === 'error') problems.push({ sectionKey: x.sectionKey, message: x.message });
  }
  for (const s of p.sectionList) {
    for (const e of s.evidence) {
      if (e.kind === 'url' && e.link?.status === 'unchecked') {
        problems.push({
          sectionKey: s.key,
          message: `${s.customTitle || s.title}: the link "${e.title}" could not be checked yet; try again in a few minutes.`,
        });
      }
    }
  }
  return problems;
}

/** Checks links never checked, then assembles the portfolio as it reads now. */
export async function prepareForIntake(
  deps: Pick<Deps, 'db' | 'config'>,
  owner: Owner,
  p: PortfolioRow,
): Promise<{ portfolio: TPortfolio; problems: IntakeProblem[] }> {
  let portfolio = await assemble(deps.db, owner, p);
  const unchecked = portfolio.sectionList.some((s) =>
    s.evidence.some((e) => e.kind === 'url' && (!e.link || e.link.status === 'unchecked')),
  );
  if (unchecked) {
    await checkPortfolioLinks(deps, owner, p.id, INTAKE_LINK_TIMEOUT_MS);
    portfolio = await assemble(deps.db, owner, p);
  }
  return { portfolio, problems: intakeProblems(portfolio) };
}
