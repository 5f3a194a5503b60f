import { sql } from 'kysely';
import type { z } from 'zod';
import { CPD_TYPES, DEFAULT_TARGET_HOURS } from '../../../../contracts/cpd';
import type {
  TCoverage,
  TCpdDashboard,
  TCpdSettings,
  TCpdType,
  THoursSummary,
  ZUpdateCpdSettingsBody,
} from '../../../../contracts/cpd';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { findVisibleFramework } from '../frameworks/repository';
import { goalsDue } from './goals';
import * as repo from './repository';
import { hoursOf, hydrate, today } from './service';

/**
 * What the log adds up to: the yearly summary (hours against the target, by type, by month,
 * protected versus personal), coverage maps per framework, and what managers may see.
 * Drafts (unconfirmed calendar imports) and deleted entries never count.
 */

// ---- Settings ------------------------------------------------------------------------------

export async function getSettings(db: Db, o: repo.Owner): Promise<TCpdSettings> {
  const row = await db
    .selectFrom('cpd_settings')
    .selectAll()
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .executeTakeFirst();
  return {
    yearlyTargetHours: row ? hoursOf(row.target_minutes) : DEFAULT_TARGET_HOURS,
    shareSummary: row?.share_summary === 1,
    coverageFrameworkIds: row ? (JSON.parse(row.coverage_framework_ids) as string[]) : [],
  };
}

export async function updateSettings(
  db: Db,
  o: repo.Owner,
  body: z.output<typeof ZUpdateCpdSettingsBody>,
): Promise<TCpdSettings> {
  if (body.coverageFrameworkIds) {
    const problems = [];
    for (const [i, id] of body.coverageFrameworkIds.entries()) {
      if (!(await findVisibleFramework(db, o.institutionId, id))) {
        problems.push({
          path: `coverageFrameworkIds.${i}`,
          message: 'is not a framework you can use',
        });
      }
    }
    if (problems.length) throw AppError.validation(problems);
  }
  const current = await getSettings(db, o);
  const next: TCpdSettings = {
    yearlyTargetHours: body.yearlyTargetHours ?? current.yearlyTargetHours,
    shareSummary: body.shareSummary ?? current.shareSummary,
    coverageFrameworkIds: body.coverageFrameworkIds
      ? [...new Set(body.coverageFrameworkIds)]
      : current.coverageFrameworkIds,
  };
  const row = {
    target_minutes: Math.round(next.yearlyTargetHours * 60),
    share_summary: next.shareSummary ? 1 : 0,
    coverage_framework_ids: JSON.stringify(next.coverageFrameworkIds),
    updated_at: nowIso(),
  };
  await db
    .insertInto('cpd_settings')
    .values({ institution_id: o.institutionId, user_id: o.userId, ...row })
    .onConflict((oc) => oc.columns(['institution_id', 'user_id']).doUpdateSet(row))
    .execute();
  return next;
}

// ---- The yearly summary --------------------------------------------------------------------

export const currentYear = () => new Date().getUTCFullYear();

/** One grouped query over the year's live, confirmed entries. */
export async function hoursSummary(
  db: Db,
  o: repo.Owner,
  year: number,
  targetHours: number,
): Promise<THoursSummary> {
  const rows = await repo
    .owned(db, o)
    .where('e.draft', '=', 0)
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', `${year}-12-31`)
    .select((eb) => [
      'e.type',
      'e.time_kind',
      sql<string>`substr(e.occurred_on, 6, 2)`.as('month'),
      eb.fn.sum<number>('e.minutes').as('minutes'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['e.type', 'e.time_kind', sql`substr(e.occurred_on, 6, 2)`])
    .execute();
  const byType = new Map<string, { minutes: number; n: number }>();
  const byMonth = new Array<number>(12).fill(0);
  const kinds = { protected: 0, personal: 0, unspecified: 0 };
  let minutes = 0;
  let entries = 0;
  for (const r of rows) {
    const m = Number(r.minutes);
    const n = Number(r.n);
    minutes += m;
    entries += n;
    const t = byType.get(r.type) ?? { minutes: 0, n: 0 };
    byType.set(r.type, { minutes: t.minutes + m, n: t.n + n });
    byMonth[Number(r.month) - 1]! += m;
    const kind =
      r.time_kind === 'protected' || r.time_kind === 'personal' ? r.time_kind : 'unspecified';
    kinds[kind] += m;
  }
  return {
    year,
    targetHours,
    hours: hoursOf(minutes),
    entries,
    byType: CPD_TYPES.filter((t) => byType.has(t))
      .map((t) => ({
        type: t as TCpdType,
        hours: hoursOf(byType.get(t)!.minutes),
        entries: byType.get(t)!.n,
      }))
      .sort((a, b) => b.hours - a.hours),
    byMonth: byMonth.map((m, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      hours: hoursOf(m),
    })),
    timeKind: {
      protected: hoursOf(kinds.protected),
      personal: hoursOf(kinds.personal),
      unspecified: hoursOf(kinds.unspecified),
    },
  };
}

// ---- Coverage ------------------------------------------------------------------------------

/**
 * Every tag on the person's live entries, with its framework and the entry's evidence count.
 * One pass serves the choice of frameworks and every coverage map: a pass for each (with a
 * join that let SQLite rescan the person's entries once per framework item) cost most of the
 * dashboard at 10,000 entries (bench/cpd.ts).
 */
async function tagsOnEntries(db: Db, o: repo.Owner) {
  return repo
    .owned(db, o)
    .innerJoin('cpd_entry_tags as t', 't.entry_id', 'e.id')
    .innerJoin('framework_items as i', 'i.id', 't.item_id')
    .select((eb) => [
      't.item_id',
      'i.framework_id',
      'e.id as entry_id',
      'e.minutes',
      'e.draft',
      eb
        .selectFrom('cpd_evidence as v')
        .select((v) => v.fn.countAll<number>().as('n'))
        .whereRef('v.entry_id', '=', 'e.id')
        .as('evidence'),
    ])
    .execute();
}
type EntryTag = Awaited<ReturnType<typeof tagsOnEntries>>[number];

/**
 * For each item of the framework: the entries tagged with it or anything below it (all
 * years), their hours and their evidence. An area counts as covered when anything in it is.
 */
export async function coverage(
  db: Db,
  o: repo.Owner,
  frameworkId: string,
  tags: readonly EntryTag[],
): Promise<TCoverage | null> {
  const framework = await findVisibleFramework(db, o.institutionId, frameworkId);
  if (!framework) return null;
  const items = await db
    .selectFrom('framework_items')
    .select(['id', 'parent_id', 'code', 'title', 'statement', 'depth', 'position'])
    .where('framework_id', '=', frameworkId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
  const tagged = tags.filter((t) => t.framework_id === frameworkId && t.draft === 0);
  const children = new Map<string | null, typeof items>();
  for (const it of items) children.set(it.parent_id, [...(children.get(it.parent_id) ?? []), it]);
  const direct = new Map<string, Map<string, { minutes: number; evidence: number }>>();
  for (const t of tagged) {
    const m = direct.get(t.item_id) ?? new Map();
    m.set(t.entry_id, { minutes: t.minutes, evidence: Number(t.evidence ?? 0) });
    direct.set(t.item_id, m);
  }
  // Depth-first, so each item lists in tree order and rolls up its subtree.
  const out: TCoverage['items'] = [];
  const walk = (parentId: string | null): Map<string, { minutes: number; evidence: number }> => {
    const union = new Map<string, { minutes: number; evidence: number }>();
    for (const it of children.get(parentId) ?? []) {
      const index = out.length;
      out.push({
        id: it.id,
        parentId: it.parent_id,
        code: it.code,
        title: it.title ?? it.statement,
        depth: it.depth,
        entries: 0,
        hours: 0,
        evidence: 0,
      });
      const mine = new Map(direct.get(it.id) ?? []);
      for (const [k, v] of walk(it.id)) mine.set(k, v);
      let minutes = 0;
      let evidence = 0;
      for (const v of mine.values()) {
        minutes += v.minutes;
        evidence += v.evidence;
      }
      Object.assign(out[index]!, { entries: mine.size, hours: hoursOf(minutes), evidence });
      for (const [k, v] of mine) union.set(k, v);
    }
    return union;
  };
  walk(null);
  return {
    framework: { id: framework.id, title: framework.title, version: framework.version },
    items: out,
    covered: out.filter((i) => i.entries > 0).length,
    total: out.length,
  };
}

/** The frameworks the person chose; otherwise the ones they tag most; otherwise CMALT. */
async function coverageFrameworks(
  db: Db,
  chosen: string[],
  tags: readonly EntryTag[],
): Promise<string[]> {
  if (chosen.length) return chosen;
  const counts = new Map<string, number>();
  for (const t of tags) counts.set(t.framework_id, (counts.get(t.framework_id) ?? 0) + 1);
  const used = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2);
  if (used.length) return used.map(([id]) => id);
  const cmalt = await db
    .selectFrom('frameworks')
    .select('id')
    .where('builtin_key', '=', 'cmalt')
    .executeTakeFirst();
  return cmalt ? [cmalt.id] : [];
}

// ---- Dashboard -----------------------------------------------------------------------------

export async function dashboard(db: Db, o: repo.Owner, year: number): Promise<TCpdDashboard> {
  const [settings, tags] = await Promise.all([getSettings(db, o), tagsOnEntries(db, o)]);
  const frameworkIds = await coverageFrameworks(db, settings.coverageFrameworkIds, tags);
  const [summary, maps, recentRows, goals, drafts] = await Promise.all([
    hoursSummary(db, o, year, settings.yearlyTargetHours),
    Promise.all(frameworkIds.map((id) => coverage(db, o, id, tags))),
    repo.listEntries(db, o, { draft: false }, { limit: 5, offset: 0 }),
    goalsDue(db, o, today()),
    repo.totals(db, o, { draft: true }),
  ]);
  return {
    summary,
    coverage: maps.filter((m): m is TCoverage => m !== null),
    recent: await hydrate(db, o.institutionId, recentRows),
    goalsDue: goals,
    drafts: drafts.count,
    settings,
  };
}

// ---- What managers see ---------------------------------------------------------------------

/** Active members of the institution, with the summary of those who share it. */
export async function teamSummaries(db: Db, institutionId: string, year: number) {
  const people = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('cpd_settings as s', (j) =>
      j.onRef('s.user_id', '=', 'm.user_id').onRef('s.institution_id', '=', 'm.institution_id'),
    )
    .select(['u.id', 'u.name', 's.share_summary', 's.target_minutes'])
    .where('m.institution_id', '=', institutionId)
    .where('m.status', '=', 'active')
    .orderBy('u.name')
    .execute();
  const shared = await db
    .selectFrom('cpd_entries')
    .select((eb) => ['user_id', eb.fn.countAll<number>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('shared', '=', 1)
    .where('draft', '=', 0)
    .where('deleted_at', 'is', null)
    .groupBy('user_id')
    .execute();
  const sharedBy = new Map(shared.map((s) => [s.user_id, Number(s.n)]));
  return {
    year,
    people: await Promise.all(
      people.map(async (p) => ({
        userId: p.id,
        name: p.name,
        summary:
          p.share_summary === 1
            ? await hoursSummary(
                db,
                { institutionId, userId: p.id },
                year,
                hoursOf(p.target_minutes ?? DEFAULT_TARGET_HOURS * 60),
              )
            : null,
        sharedEntries: sharedBy.get(p.id) ?? 0,
      })),
    ),
  };
}

/** One person, as a manager may see them: the shared summary and entries shared one by one. */
export async function teamMember(db: Db, institutionId: string, userId: string, year: number) {
  const person = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .where('m.institution_id', '=', institutionId)
    .where('m.user_id', '=', userId)
    .where('m.status', '=', 'active')
    .executeTakeFirst();
  if (!person) throw AppError.notFound('That person');
  const o = { institutionId, userId };
  const settings = await getSettings(db, o);
  const rows = await repo
    .owned(db, o)
    .selectAll('e')
    .where('e.shared', '=', 1)
    .where('e.draft', '=', 0)
    .orderBy('e.occurred_on', 'desc')
    .limit(200)
    .execute();
  return {
    userId: person.id,
    name: person.name,
    summary: settings.shareSummary
      ? await hoursSummary(db, o, year, settings.yearlyTargetHours)
      : null,
    sharedEntries: await hydrate(db, institutionId, rows),
  };
}
