import type { TGapAnalysis, TGapItem } from '../../../../contracts/careers';
import type { Db } from '../../db/connect';
import { hoursOf } from '../cpd/service';
import { builtinItemRef } from '../portfolios/templates/sync';
import { latestFor } from './assessments';
import { type FrameworkView, loadFramework } from './framework-view';
import { targetOf } from './profile';
import * as repo from './repository';
import { resolveTarget } from './role-profiles';

/**
 * The gap analysis: for each item the target's role profile requires, the person's level in
 * the latest assessment of that framework (the latest completed one, else the latest draft),
 * whether it meets the requirement, and the evidence so far: CPD entries tagged with the item
 * or anything below it (live, confirmed, counted once) with their hours, and portfolio evidence
 * linked to sections whose template aligns them with the item or anything below it.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function levelName(f: FrameworkView, level: number) {
  const l = f.scale.find((s) => s.value === level);
  return l ? `${level} (${l.label})` : String(level);
}

/** Portfolio evidence ids per framework item their sections are aligned with. */
async function portfolioEvidenceByItem(db: Db, o: repo.Owner) {
  const rows = await repo.portfolioSectionEvidence(db, o);
  const specs = new Map<string, Map<string, string[]>>();
  const byItem = new Map<string, Set<string>>();
  for (const r of rows) {
    let sections = specs.get(r.template_id);
    if (!sections) {
      sections = new Map();
      try {
        const spec = JSON.parse(r.spec) as { sections?: { key: string; items?: string[] }[] };
        for (const s of spec.sections ?? []) {
          sections.set(
            s.key,
            (s.items ?? []).flatMap((ref) => {
              const id = builtinItemRef(ref);
              return id ? [id] : [];
            }),
          );
        }
      } catch {
        // A template whose spec cannot be read aligns nothing.
      }
      specs.set(r.template_id, sections);
    }
    for (const itemId of sections.get(r.section_key) ?? []) {
      const set = byItem.get(itemId) ?? new Set<string>();
      set.add(r.evidence_id);
      byItem.set(itemId, set);
    }
  }
  return byItem;
}

export async function gapAnalysis(db: Db, o: repo.Owner): Promise<TGapAnalysis | null> {
  const target = targetOf(await repo.findProfile(db, o));
  const roleProfile = await resolveTarget(db, o.institutionId, target);
  if (!target || !roleProfile) return null;
  const f = await loadFramework(db, o.institutionId, roleProfile.frameworkId);
  const latest = await latestFor(db, o, f);
  const subtrees = new Map(roleProfile.requirements.map((r) => [r.itemId, f.subtree(r.itemId)]));
  const tagged = await repo.taggedEntries(db, o, [...subtrees.values()].flat());
  const portfolio = await portfolioEvidenceByItem(db, o);

  const items: TGapItem[] = roleProfile.requirements.map((req) => {
    const below = new Set(subtrees.get(req.itemId) ?? [req.itemId]);
    const entries = new Map<string, number>();
    for (const t of tagged) if (below.has(t.item_id)) entries.set(t.entry_id, t.minutes);
    const minutes = [...entries.values()].reduce((a, b) => a + b, 0);
    const pieces = new Set<string>();
    for (const id of below) for (const e of portfolio.get(id) ?? []) pieces.add(e);
    const current = latest?.levels.get(req.itemId) ?? null;
    const status: TGapItem['status'] =
      current === null ? 'not-assessed' : current >= req.level ? 'met' : 'below';
    const evidence = {
      cpdEntries: entries.size,
      cpdHours: hoursOf(minutes),
      portfolioEvidence: pieces.size,
    };
    let missing: string | null = null;
    if (status !== 'met') {
      const head =
        status === 'not-assessed'
          ? `Not rated yet: rate yourself on it (needs ${levelName(f, req.level)}).`
          : `Rated ${levelName(f, current!)}, needs ${levelName(f, req.level)}.`;
      const tail =
        evidence.cpdEntries === 0 && evidence.portfolioEvidence === 0
          ? ' No CPD or portfolio evidence against it yet.'
          : ` So far: ${plural(evidence.cpdEntries, 'CPD entry', 'CPD entries')} (${evidence.cpdHours} hours)${
              evidence.portfolioEvidence
                ? ` and ${plural(evidence.portfolioEvidence, 'piece', 'pieces')} of portfolio evidence`
                : ''
            }.`;
      missing = head + tail;
    }
    return {
      itemId: req.itemId,
      code: req.code,
      label: req.label,
      required: req.level,
      current,
      status,
      evidence,
      missing,
    };
  });
  return {
    target,
    roleProfile,
    assessment: latest?.summary ?? null,
    items,
    summary: {
      met: items.filter((i) => i.status === 'met').length,
      below: items.filter((i) => i.status === 'below').length,
      notAssessed: items.filter((i) => i.status === 'not-assessed').length,
      total: items.length,
    },
  };
}
