import type { z } from 'zod';
import type {
  TPortfolio,
  TSection,
  ZPortfolioVersion,
  ZSectionDiff,
  ZSectionRevision,
  ZVersionComparison,
} from '../../../../contracts/portfolios';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import * as repo from './repository';
import { assemble, getPortfolio } from './service';

/*
 * Versions of a portfolio. Every save of a section is kept (portfolio_section_revisions,
 * written by service.updateSection); a named snapshot keeps the whole portfolio as its reader
 * saw it, to compare with the draft later; submitting freezes the portfolio and keeps a
 * 'submitted' snapshot. A submitted portfolio is changed only by copying it into a new draft.
 */

type Version = z.infer<typeof ZPortfolioVersion>;
type SectionDiff = z.infer<typeof ZSectionDiff>;

/** A portfolio the viewer may read (their own, or shared with them by name). */
async function readable(db: Db, viewer: repo.Owner, id: string) {
  const p = await repo.findReadablePortfolio(db, viewer, id, nowIso());
  if (!p) throw AppError.notFound('That portfolio');
  return p;
}

/** The viewer's own portfolio (others' are not found, even when shared with the viewer). */
async function own(db: Db, o: repo.Owner, id: string) {
  const p = await repo.findOwnPortfolio(db, o, id);
  if (!p) throw AppError.notFound('That portfolio');
  return p;
}

const toVersion = (r: { id: string; kind: string; name: string; created_at: string }): Version => ({
  id: r.id,
  kind: r.kind as Version['kind'],
  name: r.name,
  createdAt: r.created_at,
});

export async function listVersions(db: Db, viewer: repo.Owner, id: string): Promise<Version[]> {
  const p = await readable(db, viewer, id);
  const rows = await db
    .selectFrom('portfolio_versions')
    .select(['id', 'kind', 'name', 'created_at'])
    .where('portfolio_id', '=', p.id)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toVersion);
}

/** Keeps the portfolio as it reads now under a name, to compare with the draft later. */
export async function createSnapshot(
  db: Db,
  o: repo.Owner,
  id: string,
  name: string,
): Promise<Version> {
  const p = await own(db, o, id);
  const row = {
    id: newId(),
    portfolio_id: p.id,
    kind: 'snapshot',
    name,
    snapshot: JSON.stringify(await assemble(db, o, p)),
    created_at: nowIso(),
  };
  await db.insertInto('portfolio_versions').values(row).execute();
  return toVersion(row);
}

const evidenceKey = (s: TSection) =>
  JSON.stringify(s.evidence.map((e) => [e.id, e.title, e.note ?? null]));

/** Which parts of a section differ between two versions of it. */
function partsChanged(before: TSection, after: TSection): SectionDiff['parts'] {
  const parts: SectionDiff['parts'] = [];
  if ((before.customTitle ?? null) !== (after.customTitle ?? null)) parts.push('title');
  if (before.description !== after.description) parts.push('description');
  if (before.reflection !== after.reflection) parts.push('reflection');
  if (JSON.stringify(before.declarations) !== JSON.stringify(after.declarations))
    parts.push('declarations');
  if (evidenceKey(before) !== evidenceKey(after)) parts.push('evidence');
  return parts;
}

const EMPTY_SECTION: TSection = {
  id: '',
  key: '',
  title: '',
  customTitle: null,
  guidance: '',
  parts: [],
  position: 0,
  description: '',
  reflection: '',
  descriptionHtml: null,
  reflectionHtml: null,
  declarations: [],
  evidence: [],
  words: { description: 0, reflection: 0, total: 0 },
  revision: 0,
  updatedAt: '',
};

const titleOf = (s: TSection) => s.customTitle || s.title;

/** Section by section: what changed between a version and the portfolio as it is now. */
export function compareSections(before: TPortfolio, after: TPortfolio): SectionDiff[] {
  const out: SectionDiff[] = [];
  const matched = new Set<string>();
  // Sections are matched by id (stable within a portfolio), then by key.
  const find = (s: TSection) =>
    before.sectionList.find((b) => b.id === s.id) ??
    before.sectionList.find((b) => b.key === s.key && !matched.has(b.id));
  for (const a of after.sectionList) {
    const b = find(a);
    if (!b) {
      out.push({
        key: a.key,
        title: titleOf(a),
        change: 'added',
        parts: [],
        before: null,
        after: a,
      });
      continue;
    }
    matched.add(b.id);
    const parts = partsChanged(b, a);
    out.push({
      key: a.key,
      title: titleOf(a),
      change: parts.length ? 'changed' : 'unchanged',
      parts,
      before: b,
      after: a,
    });
  }
  for (const b of before.sectionList) {
    if (!matched.has(b.id)) {
      out.push({
        key: b.key,
        title: titleOf(b),
        change: 'removed',
        parts: [],
        before: b,
        after: null,
      });
    }
  }
  return out;
}

export async function compareVersion(
  db: Db,
  viewer: repo.Owner,
  id: string,
  versionId: string,
): Promise<z.infer<typeof ZVersionComparison>> {
  const p = await readable(db, viewer, id);
  const v = await db
    .selectFrom('portfolio_versions')
    .selectAll()
    .where('id', '=', versionId)
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  if (!v) throw AppError.notFound('That version');
  const before = JSON.parse(v.snapshot) as TPortfolio;
  // Snapshots are never rewritten: fields added to sections since then read as empty.
  before.sectionList = (before.sectionList ?? []).map((x) => ({ ...EMPTY_SECTION, ...x }));
  const now = await assemble(db, viewer, p);
  return { version: toVersion(v), sections: compareSections(before, now) };
}

/** Every save of one section, newest first. */
export async function sectionRevisions(
  db: Db,
  viewer: repo.Owner,
  id: string,
  sectionId: string,
): Promise<z.infer<typeof ZSectionRevision>[]> {
  const p = await readable(db, viewer, id);
  const s = await db
    .selectFrom('portfolio_sections')
    .select('id')
    .where('id', '=', sectionId)
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  if (!s) throw AppError.notFound('That section');
  const rows = await db
    .selectFrom('portfolio_section_revisions')
    .selectAll()
    .where('section_id', '=', s.id)
    .orderBy('revision', 'desc')
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    customTitle: r.custom_title,
    description: r.description,
    reflection: r.reflection,
    declarations: JSON.parse(r.declarations) as string[],
    savedAt: r.saved_at,
  }));
}

/**
 * Marks the portfolio submitted and keeps a frozen copy of it, once the completeness check
 * finds nothing that stops a submission (422 listing what to fix otherwise).
 */
export async function submit(db: Db, o: repo.Owner, id: string): Promise<TPortfolio> {
  const p = await own(db, o, id);
  if (p.status === 'submitted') {
    throw AppError.conflict(
      'This portfolio was already submitted. Copy it into a new draft to make changes.',
    );
  }
  const full = await assemble(db, o, p);
  const errors = full.completeness.problems.filter((x) => x.severity === 'error');
  if (errors.length) {
    throw new AppError(
      422,
      'VALIDATION_FAILED',
      `This portfolio is not ready to submit: fix ${errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} first: ${errors.map((e) => e.message).join('; ')}`,
      errors.map((e) => ({ path: e.sectionKey ?? 'portfolio', message: e.message })),
    );
  }
  const now = nowIso();
  const frozen: TPortfolio = { ...full, status: 'submitted', submittedAt: now, updatedAt: now };
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('portfolios')
      .set({ status: 'submitted', submitted_at: now, updated_at: now })
      .where('id', '=', p.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      throw AppError.conflict('This portfolio was submitted meanwhile (in another tab?).');
    }
    await trx
      .insertInto('portfolio_versions')
      .values({
        id: newId(),
        portfolio_id: p.id,
        kind: 'submitted',
        name: `Submitted ${now.slice(0, 10)}`,
        snapshot: JSON.stringify(frozen),
        created_at: now,
      })
      .execute();
  });
  return getPortfolio(db, o, p.id);
}

/** Starts a new draft from a submitted portfolio: its sections and their evidence. */
export async function copy(db: Db, o: repo.Owner, id: string): Promise<TPortfolio> {
  const p = await own(db, o, id);
  if (p.status !== 'submitted') {
    throw AppError.conflict(
      'Only a submitted portfolio is copied into a new draft: this one is still a draft, edit it directly.',
    );
  }
  const sections = await repo.sectionsOf(db, [p.id]);
  const links = sections.length
    ? await db
        .selectFrom('portfolio_section_evidence')
        .selectAll()
        .where(
          'section_id',
          'in',
          sections.map((s) => s.id),
        )
        .execute()
    : [];
  const now = nowIso();
  const newPortfolioId = newId();
  const idOf = new Map(sections.map((s) => [s.id, newId()]));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('portfolios')
      .values({
        id: newPortfolioId,
        institution_id: p.institution_id,
        user_id: p.user_id,
        template_id: p.template_id,
        title: `${p.title} (new draft)`.slice(0, 200),
        status: 'draft',
        created_at: now,
        updated_at: now,
        submitted_at: null,
      })
      .execute();
    if (sections.length) {
      await trx
        .insertInto('portfolio_sections')
        .values(
          sections.map((s) => ({
            ...s,
            id: idOf.get(s.id)!,
            portfolio_id: newPortfolioId,
            revision: 0,
            updated_at: now,
          })),
        )
        .execute();
    }
    if (links.length) {
      await trx
        .insertInto('portfolio_section_evidence')
        .values(links.map((l) => ({ ...l, section_id: idOf.get(l.section_id)! })))
        .execute();
    }
  });
  return getPortfolio(db, o, newPortfolioId);
}
