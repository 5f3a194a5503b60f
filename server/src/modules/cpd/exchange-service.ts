import { sql } from 'kysely';
import type { z } from 'zod';
import type {
  TCpdEntry,
  TCpdImportResult,
  ZCpdImportBody,
  ZExportQuery,
} from '../../../../contracts/cpd';
import type { TItemRef } from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/service';
import { listVisibleFrameworks } from '../frameworks/repository';
import * as x from './exchange';
import * as repo from './repository';
import { hydrate, itemRef, newEntryRow, resolveFilter, today } from './service';

type Body = z.output<typeof ZCpdImportBody>;

export async function importCsv(db: Db, owner: repo.Owner, body: Body) {
  return finishImport(db, owner, x.parseCsv(body.text), body.mode);
}

export async function importIcal(db: Db, owner: repo.Owner, body: Body) {
  return finishImport(db, owner, x.parseIcal(body.text), body.mode);
}

/** Resolves tags, marks calendar events imported before, and imports what the mode asks. */
async function finishImport(
  db: Db,
  owner: repo.Owner,
  file: x.ParsedFile,
  mode: Body['mode'],
): Promise<TCpdImportResult> {
  const refs = await resolveTags(db, owner.institutionId, [
    ...new Set(file.rows.flatMap((r) => r.tagRefs)),
  ]);
  const existing = await existingSources(
    db,
    owner,
    file.rows.flatMap((r) => (r.source ? [r.source] : [])),
  );
  const seen = new Set<string>();
  const checked = file.rows.map((r) => {
    const duplicate = r.source !== null && (existing.has(r.source) || seen.has(r.source));
    if (r.source) seen.add(r.source);
    const problems = [...r.problems];
    const tags: TItemRef[] = [];
    for (const ref of r.tagRefs) {
      const found = refs.get(ref);
      if (found && 'item' in found) tags.push(found.item);
      else problems.push({ column: 'tags', message: found?.problem ?? `“${ref}” was not found` });
    }
    return {
      parsed: r,
      tags,
      row: {
        line: r.line,
        ok: !duplicate && problems.length === 0,
        title: r.title,
        date: r.date,
        hours: r.hours,
        type: r.type,
        problems: duplicate ? [] : problems,
        tags,
        ...(r.source !== null ? { duplicate } : {}),
      },
    };
  });
  const good = checked.filter((c) => c.row.ok);
  const bad = checked.filter((c) => c.row.problems.length > 0);
  if (mode === 'all' && bad.length > 0) {
    throw new AppError(
      422,
      'VALIDATION_FAILED',
      `${bad.length === 1 ? '1 row has problems' : `${bad.length} rows have problems`}, so nothing was imported. Fix ${bad.length === 1 ? 'it' : 'them'} and import again, or import only the valid rows.`,
      bad.map((c) => ({
        path: `rows.${c.row.line}`,
        message: c.row.problems.map((p) => `${p.column} ${p.message}`).join('; '),
      })),
    );
  }
  let imported = 0;
  if (mode !== 'preview' && good.length > 0) {
    const entries = good.map((c) => {
      const r = c.parsed;
      return {
        row: newEntryRow(owner, {
          title: r.title!,
          date: r.date!,
          hours: r.hours!,
          type: r.type!,
          reflection: r.reflection,
          timeKind: r.timeKind,
          significant: r.significant,
          draft: r.draft,
          source: r.source,
        }),
        tagIds: c.tags.map((t) => t.id),
      };
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < entries.length; i += 200) {
        await trx
          .insertInto('cpd_entries')
          .values(entries.slice(i, i + 200).map((e) => e.row))
          .execute();
      }
      const links = entries.flatMap((e) =>
        [...new Set(e.tagIds)].map((item_id) => ({ entry_id: e.row.id, item_id })),
      );
      for (let i = 0; i < links.length; i += 500) {
        await trx
          .insertInto('cpd_entry_tags')
          .values(links.slice(i, i + 500))
          .execute();
      }
    });
    imported = entries.length;
  }
  return {
    mode,
    rows: checked.map((c) => c.row),
    valid: good.length,
    invalid: bad.length,
    duplicates: checked.filter((c) => c.row.duplicate).length,
    imported,
    warnings: file.warnings,
  };
}

/** Of these sources, those the person already has (deleted entries awaiting purge count). */
async function existingSources(db: Db, o: repo.Owner, sources: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(sources)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('cpd_entries')
      .select('source')
      .where('institution_id', '=', o.institutionId)
      .where('user_id', '=', o.userId)
      .where('source', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.source) found.add(r.source);
  }
  return found;
}

/** Framework items the institution may use (built-in ones and its own), with their framework. */
const visibleItems = (db: Db, institutionId: string) =>
  db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .selectAll('i')
    .select(['f.title as framework_title', 'f.version as framework_version'])
    .where((eb) =>
      eb.or([eb('f.institution_id', 'is', null), eb('f.institution_id', '=', institutionId)]),
    );

type Resolution = { item: TItemRef } | { problem: string };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Tag references as written in a file: "<framework> <item code>" (the framework's title or
 * its short name, e.g. "CMALT 1a"), or the item's identifier. Each resolves to exactly one
 * item the institution may use, or to a message that says what to write instead.
 */
export async function resolveTags(
  db: Db,
  institutionId: string,
  refs: readonly string[],
): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  if (refs.length === 0) return out;
  const uuids = refs.filter((r) => x.UUID_RE.test(r));
  for (let i = 0; i < uuids.length; i += 400) {
    const chunk = uuids.slice(i, i + 400).flatMap((u) => [u, u.toLowerCase()]);
    const items = await visibleItems(db, institutionId)
      .where((eb) => eb.or([eb('i.id', 'in', chunk), eb('i.identifier', 'in', chunk)]))
      .execute();
    for (const item of items) {
      for (const ref of uuids) {
        const key = ref.toLowerCase();
        if (key === item.id.toLowerCase() || key === item.identifier.toLowerCase()) {
          out.set(ref, { item: itemRef(item) });
        }
      }
    }
  }
  const human = refs.filter((r) => !x.UUID_RE.test(r));
  const frameworks = human.length ? await listVisibleFrameworks(db, institutionId) : [];
  const wanted = new Map<string, { frameworkId: string; code: string }[]>();
  for (const ref of human) {
    const r = norm(ref);
    const pairs: { frameworkId: string; code: string }[] = [];
    for (const f of frameworks) {
      for (const name of new Set([norm(f.title), norm(x.shortFrameworkName(f.title))])) {
        if (r.startsWith(`${name} `)) {
          pairs.push({ frameworkId: f.id, code: r.slice(name.length + 1).trim() });
        }
      }
    }
    wanted.set(ref, pairs);
  }
  const pairs = [...wanted.values()].flat();
  const candidates = [];
  const frameworkIds = [...new Set(pairs.map((p) => p.frameworkId))];
  const codes = [...new Set(pairs.map((p) => p.code))];
  for (let i = 0; i < codes.length && frameworkIds.length; i += 400) {
    candidates.push(
      ...(await visibleItems(db, institutionId)
        .where('i.framework_id', 'in', frameworkIds)
        .where(sql<string>`lower(i.code)`, 'in', codes.slice(i, i + 400))
        .execute()),
    );
  }
  for (const [ref, ps] of wanted) {
    const matches = candidates.filter((c) =>
      ps.some((p) => p.frameworkId === c.framework_id && p.code === c.code?.toLowerCase()),
    );
    const unique = [...new Map(matches.map((m) => [m.id, m])).values()];
    if (unique.length === 1) out.set(ref, { item: itemRef(unique[0]!) });
    else if (unique.length > 1) {
      const where = unique
        .map((m) => `${m.framework_title} version ${m.framework_version}`)
        .join('; ');
      out.set(ref, {
        problem: `“${ref}” matches ${unique.length} items (in ${where}): write the item's identifier instead, such as ${unique[0]!.identifier}`,
      });
    } else if (ps.length > 0) {
      out.set(ref, {
        problem: `“${ref}”: ${frameworks.find((f) => f.id === ps[0]!.frameworkId)?.title ?? 'that framework'} has no item with the code “${ps[0]!.code}”`,
      });
    }
  }
  for (const ref of refs) {
    if (!out.has(ref)) {
      out.set(ref, {
        problem: `“${ref}” is not an item of a framework you can use: write the framework's short name and the item's code, like “CMALT 1a”, or the item's identifier`,
      });
    }
  }
  return out;
}

/**
 * How each tag is written in an export: the "<framework> <code>" form when it leads back
 * to the same item, otherwise the item's identifier. Either imports back unchanged.
 */
async function tagWriter(
  db: Db,
  institutionId: string,
  entries: readonly TCpdEntry[],
): Promise<(t: TItemRef) => string> {
  const items = new Map(entries.flatMap((e) => e.tags.map((t) => [t.id, t] as const)));
  const forms = new Map([...items.values()].map((t) => [t.id, x.humanTagRef(t)]));
  const resolved = await resolveTags(db, institutionId, [
    ...new Set([...forms.values()].filter((f): f is string => f !== null)),
  ]);
  return (t) => {
    const form = forms.get(t.id);
    const back = form ? resolved.get(form) : undefined;
    return form && back && 'item' in back && back.item.id === t.id ? form : t.identifier;
  };
}

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', label: 'CSV' },
  json: { type: 'application/json; charset=utf-8', label: 'JSON' },
  ics: { type: 'text/calendar; charset=utf-8', label: 'iCalendar' },
} as const;

/**
 * The person's entries matching the list filters, as a file. Deleted entries are never
 * exported; drafts only when the filter asks for them (draft=true).
 */
export async function exportEntries(
  db: Db,
  who: repo.Owner & { email: string; ip: string },
  q: z.output<typeof ZExportQuery>,
): Promise<{ body: string; contentType: string; fileName: string }> {
  const owner = { institutionId: who.institutionId, userId: who.userId };
  const filter = { ...(await resolveFilter(db, q)), draft: q.draft === 'true' };
  const rows = await repo.allEntries(db, owner, filter);
  const entries: TCpdEntry[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    entries.push(...(await hydrate(db, owner.institutionId, rows.slice(i, i + 1000))));
  }
  const exportedAt = new Date();
  let body: string;
  if (q.format === 'csv') {
    body = x.writeCsv(entries, await tagWriter(db, owner.institutionId, entries));
  } else if (q.format === 'ics') {
    body = x.writeIcs(entries, exportedAt);
  } else {
    body = JSON.stringify({ exportedAt: exportedAt.toISOString(), entries }, null, 2);
  }
  const format = FORMATS[q.format];
  await recordAudit(db, {
    institutionIds: [owner.institutionId],
    action: 'export',
    actor: { userId: who.userId, email: who.email },
    detail: `CPD log (${format.label}, ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'})`,
    ip: who.ip,
  });
  return { body, contentType: format.type, fileName: `cairn-cpd-${today()}.${q.format}` };
}
