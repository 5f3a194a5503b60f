import type { z } from 'zod';
import type {
  TPortfolio,
  TPortfolioEvidence,
  TPortfolioSummary,
  TSection,
  TTemplate,
  TTemplateSpec,
  TTemplateSummary,
  ZAddEvidenceBody,
  ZCreatePortfolioBody,
  ZCreateTemplateBody,
  ZUpdateSectionBody,
} from '../../../../contracts/portfolios';
import { ZTemplateSpec } from '../../../../contracts/portfolios';
import type { TItemRef } from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { renderMarkdown } from '../../lib/markdown';
import { nowIso } from '../../lib/time';
import { hoursOf, itemRef } from '../cpd/service';
import { findVisibleItems } from '../frameworks/repository';
import { type CheckedSection, checkCompleteness, countWords } from './completeness';
import * as repo from './repository';
import { builtinFrameworkRef, builtinItemRef } from './templates/sync';

// ---- Templates -------------------------------------------------------------------------------

const specOf = (row: repo.TemplateRow): TTemplateSpec => ZTemplateSpec.parse(JSON.parse(row.spec));

const summaryOf = (row: repo.TemplateRow, spec: TTemplateSpec): TTemplateSummary => ({
  id: row.id,
  key: row.builtin_key,
  title: row.title,
  scheme: row.scheme,
  description: row.description,
  builtin: row.institution_id === null,
  sections: spec.sections.length,
  extends: spec.extends ?? [],
});

export async function listTemplates(db: Db, institutionId: string): Promise<TTemplateSummary[]> {
  return (await repo.listTemplates(db, institutionId)).map((r) => summaryOf(r, specOf(r)));
}

async function resolveTemplate(db: Db, institutionId: string, row: repo.TemplateRow) {
  const spec = specOf(row);
  const refs = new Map<string, string>();
  for (const s of spec.sections) {
    for (const r of s.items ?? []) {
      const id = builtinItemRef(r);
      if (id) refs.set(r, id);
    }
  }
  const items = new Map(
    (await findVisibleItems(db, institutionId, [...new Set(refs.values())])).map((i) => [
      i.id,
      itemRef(i),
    ]),
  );
  const template: TTemplate = {
    ...summaryOf(row, spec),
    frameworkId: builtinFrameworkRef(spec.framework),
    words: spec.words ?? null,
    sectionSpecs: spec.sections.map((s) => ({
      ...s,
      items: (s.items ?? []).flatMap((r): TItemRef[] => {
        const ref = items.get(refs.get(r) ?? '');
        return ref ? [ref] : [];
      }),
    })),
  };
  return { spec, template };
}

export async function getTemplate(db: Db, institutionId: string, id: string): Promise<TTemplate> {
  const row = await repo.findTemplate(db, institutionId, id);
  if (!row) throw AppError.notFound('That portfolio template');
  return (await resolveTemplate(db, institutionId, row)).template;
}

/**
 * An institution's own template. Its framework and items must be ones the institution can
 * read; section keys must be unique; a review must name templates that exist.
 */
export async function createTemplate(
  db: Db,
  institutionId: string,
  body: z.output<typeof ZCreateTemplateBody>,
): Promise<TTemplate> {
  const problems: { path: string; message: string }[] = [];
  const keys = new Set<string>();
  for (const [i, s] of body.spec.sections.entries()) {
    if (keys.has(s.key))
      problems.push({ path: `spec.sections.${i}.key`, message: 'is used twice' });
    keys.add(s.key);
    for (const [j, ref] of (s.items ?? []).entries()) {
      const id = builtinItemRef(ref);
      const found = id ? await findVisibleItems(db, institutionId, [id]) : [];
      if (found.length === 0) {
        problems.push({
          path: `spec.sections.${i}.items.${j}`,
          message: 'is not a framework item you can use (write "cmalt 1a" or an item id)',
        });
      }
    }
  }
  const frameworkId = builtinFrameworkRef(body.spec.framework);
  if (frameworkId) {
    const f = await db
      .selectFrom('frameworks')
      .select('id')
      .where('id', '=', frameworkId)
      .where((eb) =>
        eb.or([eb('institution_id', 'is', null), eb('institution_id', '=', institutionId)]),
      )
      .executeTakeFirst();
    if (!f) problems.push({ path: 'spec.framework', message: 'is not a framework you can use' });
  }
  if (problems.length) throw AppError.validation(problems);
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('portfolio_templates')
    .values({
      id,
      institution_id: institutionId,
      builtin_key: null,
      title: body.title,
      scheme: body.scheme,
      description: body.description,
      spec: JSON.stringify(body.spec),
      created_at: now,
      updated_at: now,
    })
    .execute();
  return getTemplate(db, institutionId, id);
}

/** An institution's own template, while no portfolio uses it. */
export async function deleteTemplate(db: Db, institutionId: string, id: string) {
  const row = await db
    .selectFrom('portfolio_templates')
    .select('id')
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('That template of your institution');
  const used = await db
    .selectFrom('portfolios')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('template_id', '=', id)
    .executeTakeFirstOrThrow();
  if (Number(used.n) > 0) {
    throw AppError.conflict(
      `${used.n} portfolio${Number(used.n) === 1 ? ' uses' : 's use'} this template, so it stays. Make a new template for new portfolios instead.`,
    );
  }
  await db.deleteFrom('portfolio_templates').where('id', '=', id).execute();
}

// ---- Reading portfolios ------------------------------------------------------------------------

type EvidenceJoin = Awaited<ReturnType<typeof repo.evidenceOfSections>>[number];

export const portfolioFileUrl = (id: string) => `/api/portfolio-evidence/${id}/file`;

function toEvidence(v: EvidenceJoin): TPortfolioEvidence {
  return {
    id: v.id,
    kind: v.kind,
    title: v.title,
    url:
      v.kind === 'url'
        ? (v.url ?? '')
        : v.kind === 'file'
          ? portfolioFileUrl(v.id)
          : `/cpd/entries/${v.cpd_entry_id}`,
    note: v.note,
    cpdEntry:
      v.kind === 'cpd' && v.cpd_entry_id && v.entry_title
        ? {
            id: v.cpd_entry_id,
            title: v.entry_title,
            date: v.entry_date ?? '',
            hours: hoursOf(v.entry_minutes ?? 0),
            type: v.entry_type ?? 'other',
            reflectionHtml: renderMarkdown(v.entry_reflection),
          }
        : null,
    fileName: v.file_name,
    mediaType: v.media_type,
    sizeBytes: v.size_bytes,
    link:
      v.kind === 'url'
        ? {
            status: (v.link_status as 'unchecked' | 'ok' | 'broken' | null) ?? 'unchecked',
            detail: v.link_detail,
            checkedAt: v.link_checked_at,
          }
        : null,
  };
}

function toSection(
  row: repo.SectionRow,
  spec: TTemplate['sectionSpecs'][number] | undefined,
  evidence: TPortfolioEvidence[],
): TSection {
  const d = countWords(row.description);
  const r = countWords(row.reflection);
  return {
    id: row.id,
    key: row.key,
    title: spec?.title ?? row.key,
    customTitle: row.custom_title,
    guidance: spec?.guidance ?? '',
    parts: spec?.parts ?? ['description', 'evidence', 'reflection'],
    position: row.position,
    description: row.description,
    reflection: row.reflection,
    descriptionHtml: renderMarkdown(row.description),
    reflectionHtml: renderMarkdown(row.reflection),
    declarations: JSON.parse(row.declarations) as string[],
    evidence,
    words: { description: d, reflection: r, total: d + r },
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** The whole portfolio as its reader sees it: sections, evidence, completeness, coverage. */
export async function assemble(
  db: Db,
  viewer: repo.Owner,
  p: repo.PortfolioRow,
): Promise<TPortfolio> {
  const templateRow = await repo.findTemplate(db, p.institution_id, p.template_id);
  if (!templateRow) throw AppError.notFound('That portfolio template');
  const { template } = await resolveTemplate(db, p.institution_id, templateRow);
  const specs = new Map(template.sectionSpecs.map((s) => [s.key, s]));
  const rows = await repo.sectionsOf(db, [p.id]);
  const evidence = await repo.evidenceOfSections(
    db,
    rows.map((r) => r.id),
  );
  const sections = rows.map((r) =>
    toSection(r, specs.get(r.key), evidence.filter((v) => v.section_id === r.id).map(toEvidence)),
  );
  const completeness = checkCompleteness(
    template.sectionSpecs.map((s) => ({ ...s, items: [] })),
    sections as CheckedSection[],
    template.words,
  );
  return {
    id: p.id,
    title: p.title,
    status: p.status as TPortfolio['status'],
    template: { id: template.id, title: template.title, scheme: template.scheme },
    owner: { userId: p.user_id, name: (await repo.ownerName(db, p.user_id)) ?? '' },
    mine: p.user_id === viewer.userId,
    sections: sections.length,
    errors: completeness.errors,
    updatedAt: p.updated_at,
    submittedAt: p.submitted_at,
    createdAt: p.created_at,
    templateSpec: template,
    sectionList: sections,
    completeness,
    coverage: await coverage(db, p, template, sections),
  };
}

/** The template's framework items, with the portfolio's evidence tagged to each (rolled up). */
async function coverage(
  db: Db,
  p: repo.PortfolioRow,
  template: TTemplate,
  sections: TSection[],
): Promise<TPortfolio['coverage']> {
  if (!template.frameworkId) return [];
  const items = await db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .selectAll('i')
    .select(['f.title as framework_title', 'f.version as framework_version'])
    .where('i.framework_id', '=', template.frameworkId)
    .where((eb) =>
      eb.or([eb('f.institution_id', 'is', null), eb('f.institution_id', '=', p.institution_id)]),
    )
    .orderBy('i.depth')
    .orderBy('i.position')
    .execute();
  if (items.length === 0) return [];
  const entryIds = [
    ...new Set(
      sections.flatMap((s) => s.evidence.flatMap((e) => (e.cpdEntry ? [e.cpdEntry.id] : []))),
    ),
  ];
  const tags = entryIds.length
    ? await db
        .selectFrom('cpd_entry_tags')
        .select(['entry_id', 'item_id'])
        .where('entry_id', 'in', entryIds)
        .execute()
    : [];
  const parent = new Map(items.map((i) => [i.id, i.parent_id]));
  const entriesBy = new Map<string, Set<string>>();
  for (const t of tags) {
    for (let at: string | null | undefined = t.item_id; at; at = parent.get(at)) {
      if (!parent.has(at)) break;
      const set = entriesBy.get(at) ?? new Set<string>();
      set.add(t.entry_id);
      entriesBy.set(at, set);
    }
  }
  const sectionsBy = new Map<string, string[]>();
  for (const spec of template.sectionSpecs) {
    for (const it of spec.items)
      sectionsBy.set(it.id, [...(sectionsBy.get(it.id) ?? []), spec.key]);
  }
  return items.map((i) => ({
    item: itemRef(i),
    evidence: entriesBy.get(i.id)?.size ?? 0,
    sections: sectionsBy.get(i.id) ?? [],
  }));
}

export async function getPortfolio(db: Db, viewer: repo.Owner, id: string): Promise<TPortfolio> {
  const p = await repo.findReadablePortfolio(db, viewer, id, nowIso());
  if (!p) throw AppError.notFound('That portfolio');
  return assemble(db, viewer, p);
}

export async function listPortfolios(db: Db, viewer: repo.Owner): Promise<TPortfolioSummary[]> {
  const rows = await repo.listReadablePortfolios(db, viewer, nowIso());
  const out: TPortfolioSummary[] = [];
  for (const p of rows) {
    const full = await assemble(db, viewer, p);
    const { templateSpec, sectionList, completeness, coverage, createdAt, ...summary } = full;
    out.push(summary);
  }
  return out;
}

// ---- Writing -----------------------------------------------------------------------------------

async function ownDraft(db: Db, o: repo.Owner, id: string) {
  const p = await repo.findOwnPortfolio(db, o, id);
  if (!p) throw AppError.notFound('That portfolio');
  if (p.status === 'submitted') {
    throw AppError.conflict(
      'This portfolio was submitted and is frozen. Start a new version from it to make changes.',
    );
  }
  return p;
}

export async function createPortfolio(
  db: Db,
  o: repo.Owner,
  body: z.output<typeof ZCreatePortfolioBody>,
): Promise<TPortfolio> {
  const row = await repo.findTemplate(db, o.institutionId, body.templateId);
  if (!row) {
    throw AppError.validation([
      { path: 'templateId', message: 'is not a portfolio template you can use' },
    ]);
  }
  const spec = specOf(row);
  const now = nowIso();
  const id = newId();
  const sections: repo.SectionRow[] = [];
  const links: {
    section_id: string;
    evidence_id: string;
    position: number;
    note: string | null;
  }[] = [];
  const section = (key: string, from?: repo.SectionRow): repo.SectionRow => ({
    id: newId(),
    portfolio_id: id,
    key,
    position: sections.length,
    custom_title: from?.custom_title ?? null,
    description: from?.description ?? '',
    reflection: from?.reflection ?? '',
    declarations: from?.declarations ?? '[]',
    revision: 0,
    updated_at: now,
  });
  if (spec.extends?.length) {
    // A review adds its sections to a copy of the portfolio it reviews.
    if (!body.basePortfolioId) {
      throw AppError.validation([
        { path: 'basePortfolioId', message: 'choose the portfolio this review adds to' },
      ]);
    }
    const base = await repo.findOwnPortfolio(db, o, body.basePortfolioId);
    const baseTemplate = base && (await repo.findTemplate(db, o.institutionId, base.template_id));
    if (!base || !baseTemplate) throw AppError.notFound('That portfolio');
    if (!spec.extends.includes(baseTemplate.builtin_key ?? baseTemplate.id)) {
      throw AppError.validation([
        {
          path: 'basePortfolioId',
          message: `must be a ${spec.extends.join(', ')} portfolio for this review`,
        },
      ]);
    }
    const baseSections = await repo.sectionsOf(db, [base.id]);
    const baseLinks = await db
      .selectFrom('portfolio_section_evidence')
      .selectAll()
      .where('section_id', 'in', baseSections.length ? baseSections.map((s) => s.id) : [''])
      .execute();
    for (const b of baseSections) {
      const s = section(b.key, b);
      sections.push(s);
      for (const l of baseLinks.filter((x) => x.section_id === b.id)) {
        links.push({ ...l, section_id: s.id });
      }
    }
  } else if (body.basePortfolioId) {
    throw AppError.validation([
      { path: 'basePortfolioId', message: 'only a review template adds to an existing portfolio' },
    ]);
  }
  for (const s of spec.sections) {
    if (!sections.some((x) => x.key === s.key)) sections.push(section(s.key));
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('portfolios')
      .values({
        id,
        institution_id: o.institutionId,
        user_id: o.userId,
        template_id: row.id,
        title: body.title ?? row.title,
        status: 'draft',
        created_at: now,
        updated_at: now,
        submitted_at: null,
      })
      .execute();
    await trx.insertInto('portfolio_sections').values(sections).execute();
    if (links.length) await trx.insertInto('portfolio_section_evidence').values(links).execute();
  });
  return getPortfolio(db, o, id);
}

export async function renamePortfolio(db: Db, o: repo.Owner, id: string, title: string) {
  await ownDraft(db, o, id);
  await db
    .updateTable('portfolios')
    .set({ title, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  return getPortfolio(db, o, id);
}

export async function deletePortfolio(db: Db, o: repo.Owner, id: string) {
  const p = await repo.findOwnPortfolio(db, o, id);
  if (!p) throw AppError.notFound('That portfolio');
  await db.deleteFrom('portfolios').where('id', '=', id).execute();
}

async function ownSection(db: Db, o: repo.Owner, portfolioId: string, sectionId: string) {
  const p = await ownDraft(db, o, portfolioId);
  const s = await db
    .selectFrom('portfolio_sections')
    .selectAll()
    .where('id', '=', sectionId)
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  if (!s) throw AppError.notFound('That section');
  return { p, s };
}

async function sectionView(db: Db, o: repo.Owner, portfolioId: string, sectionId: string) {
  const full = await getPortfolio(db, o, portfolioId);
  return full.sectionList.find((s) => s.id === sectionId)!;
}

/**
 * Saves a section if nobody saved it since the caller loaded it (optimistic concurrency):
 * otherwise nothing is written and the caller gets the section as it is now, to compare.
 */
export async function updateSection(
  db: Db,
  o: repo.Owner,
  portfolioId: string,
  sectionId: string,
  body: z.output<typeof ZUpdateSectionBody>,
): Promise<TSection> {
  const { s } = await ownSection(db, o, portfolioId, sectionId);
  if (body.revision !== s.revision) {
    throw AppError.editConflict(
      'This section changed since you opened it (another tab or device saved it). Nothing was overwritten: compare the two versions, then save again.',
      await sectionView(db, o, portfolioId, sectionId),
    );
  }
  const now = nowIso();
  const next = {
    custom_title: body.customTitle !== undefined ? body.customTitle || null : s.custom_title,
    description: body.description ?? s.description,
    reflection: body.reflection ?? s.reflection,
    declarations:
      body.declarations !== undefined
        ? JSON.stringify([...new Set(body.declarations)])
        : s.declarations,
  };
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('portfolio_sections')
      .set({ ...next, revision: s.revision + 1, updated_at: now })
      .where('id', '=', s.id)
      .where('revision', '=', s.revision)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      throw AppError.editConflict(
        'This section changed while you were saving. Nothing was overwritten: compare the two versions, then save again.',
        null,
      );
    }
    await trx
      .insertInto('portfolio_section_revisions')
      .values({ section_id: s.id, revision: s.revision + 1, ...next, saved_at: now })
      .execute();
    await trx
      .updateTable('portfolios')
      .set({ updated_at: now })
      .where('id', '=', portfolioId)
      .execute();
  });
  return sectionView(db, o, portfolioId, sectionId);
}

export async function addEvidence(
  db: Db,
  o: repo.Owner,
  portfolioId: string,
  sectionId: string,
  body: z.output<typeof ZAddEvidenceBody>,
): Promise<TSection> {
  const { s } = await ownSection(db, o, portfolioId, sectionId);
  const now = nowIso();
  let evidenceId = body.evidenceId;
  let fresh: repo.EvidenceRow | null = null;
  if (body.evidenceId) {
    const own = await db
      .selectFrom('portfolio_evidence')
      .select('id')
      .where('id', '=', body.evidenceId)
      .where('institution_id', '=', o.institutionId)
      .where('user_id', '=', o.userId)
      .executeTakeFirst();
    if (!own) throw AppError.notFound('That evidence');
  } else if (body.cpdEntryId) {
    const entry = await db
      .selectFrom('cpd_entries')
      .select(['id', 'title'])
      .where('id', '=', body.cpdEntryId)
      .where('institution_id', '=', o.institutionId)
      .where('user_id', '=', o.userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!entry) throw AppError.notFound('That CPD entry');
    // One library item per CPD entry: the same entry can serve several sections and portfolios.
    const existing = await db
      .selectFrom('portfolio_evidence')
      .select('id')
      .where('user_id', '=', o.userId)
      .where('institution_id', '=', o.institutionId)
      .where('cpd_entry_id', '=', entry.id)
      .executeTakeFirst();
    evidenceId = existing?.id;
    if (!existing)
      fresh = evidenceRow(
        o,
        { kind: 'cpd', cpd_entry_id: entry.id, title: body.title || entry.title },
        now,
      );
  } else if (body.url) {
    fresh = evidenceRow(
      o,
      {
        kind: 'url',
        url: body.url,
        title: body.title || new URL(body.url).host,
        link_status: 'unchecked',
      },
      now,
    );
  }
  if (fresh) evidenceId = fresh.id;
  const already = await db
    .selectFrom('portfolio_section_evidence')
    .select('evidence_id')
    .where('section_id', '=', s.id)
    .where('evidence_id', '=', evidenceId!)
    .executeTakeFirst();
  if (already) throw AppError.conflict('That evidence is already in this section.');
  const last = await db
    .selectFrom('portfolio_section_evidence')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('section_id', '=', s.id)
    .executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    if (fresh) await trx.insertInto('portfolio_evidence').values(fresh).execute();
    await trx
      .insertInto('portfolio_section_evidence')
      .values({
        section_id: s.id,
        evidence_id: evidenceId!,
        position: Number(last?.max ?? -1) + 1,
        note: body.note ?? null,
      })
      .execute();
    await trx
      .updateTable('portfolios')
      .set({ updated_at: now })
      .where('id', '=', portfolioId)
      .execute();
  });
  return sectionView(db, o, portfolioId, sectionId);
}

export function evidenceRow(
  o: repo.Owner,
  v: Partial<repo.EvidenceRow> & Pick<repo.EvidenceRow, 'kind' | 'title'>,
  now = nowIso(),
): repo.EvidenceRow {
  return {
    id: newId(),
    institution_id: o.institutionId,
    user_id: o.userId,
    cpd_entry_id: null,
    url: null,
    storage_key: null,
    file_name: null,
    media_type: null,
    size_bytes: null,
    link_status: null,
    link_detail: null,
    link_checked_at: null,
    created_at: now,
    ...v,
  };
}

export async function removeEvidence(
  db: Db,
  o: repo.Owner,
  portfolioId: string,
  sectionId: string,
  evidenceId: string,
): Promise<TSection> {
  const { s } = await ownSection(db, o, portfolioId, sectionId);
  const res = await db
    .deleteFrom('portfolio_section_evidence')
    .where('section_id', '=', s.id)
    .where('evidence_id', '=', evidenceId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw AppError.notFound('That evidence in this section');
  return sectionView(db, o, portfolioId, sectionId);
}

/**
 * CPD entries to offer as evidence for a section: those tagged with the section's items (or
 * anything below them) first, then the most recent others; entries already there are left out.
 */
export async function suggestions(db: Db, o: repo.Owner, portfolioId: string, sectionId: string) {
  const full = await getPortfolio(db, o, portfolioId);
  if (!full.mine) throw AppError.notFound('That portfolio');
  const section = full.sectionList.find((s) => s.id === sectionId);
  if (!section) throw AppError.notFound('That section');
  const spec = full.templateSpec.sectionSpecs.find((s) => s.key === section.key);
  const used = new Set(section.evidence.flatMap((e) => (e.cpdEntry ? [e.cpdEntry.id] : [])));
  let itemIds = (spec?.items ?? []).map((i) => i.id);
  for (let level = itemIds; level.length; ) {
    level = (
      await db.selectFrom('framework_items').select('id').where('parent_id', 'in', level).execute()
    ).map((r) => r.id);
    itemIds = [...itemIds, ...level];
  }
  const base = db
    .selectFrom('cpd_entries as e')
    .select(['e.id', 'e.title', 'e.occurred_on', 'e.minutes', 'e.type'])
    .where('e.institution_id', '=', o.institutionId)
    .where('e.user_id', '=', o.userId)
    .where('e.deleted_at', 'is', null)
    .where('e.draft', '=', 0);
  const matched = itemIds.length
    ? await base
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('cpd_entry_tags as t')
              .select('t.entry_id')
              .whereRef('t.entry_id', '=', 'e.id')
              .where('t.item_id', 'in', itemIds),
          ),
        )
        .orderBy('e.occurred_on', 'desc')
        .limit(50)
        .execute()
    : [];
  const recent = await base.orderBy('e.occurred_on', 'desc').limit(50).execute();
  const seen = new Set<string>();
  const out = [];
  for (const [list, match] of [
    [matched, true],
    [recent, false],
  ] as const) {
    for (const e of list) {
      if (seen.has(e.id) || used.has(e.id)) continue;
      seen.add(e.id);
      out.push({
        id: e.id,
        title: e.title,
        date: e.occurred_on,
        hours: hoursOf(e.minutes),
        type: e.type,
        matchesSection: match,
      });
    }
  }
  return out.slice(0, 50);
}
