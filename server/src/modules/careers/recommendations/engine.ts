import { BACKGROUND_LABELS, type TBackground } from '../../../../../contracts/careers';
import type {
  RecommendationContext,
  TCatalogueSource,
  TRecommendation,
  TRecommendationReason,
} from '../../../../../contracts/careers-recommendations';
import {
  ROLE_FAMILY_LABELS,
  SENIORITIES,
  SENIORITY_LABELS,
  type TRoleFamily,
  type TSeniority,
} from '../../../../../contracts/classifier';
import type { TSector } from '../../../../../contracts/common';
import type { Catalogue, CatalogueEntry, TCapability } from './schema';

/*
 * The recommendation engine: a pure function of the person's context and the catalogue.
 * Each entry is first filtered (country, audience, already held), then given reasons; an
 * entry with no reason is not recommended. The score is the sum of the reasons' weights and
 * only orders the list.
 */

/** How many days before expiry a certification is recommended for renewal. */
export const RENEWAL_WINDOW_DAYS = 90;

/** Stable reason codes (tests and the web page rely on them). */
export const REASON_CODES = [
  'expiring',
  'expired',
  'target',
  'gap',
  'progression',
  'background',
  'country',
  'sector',
  'membership',
  'family',
  'stage',
  'experience',
  'in-plan',
] as const;
export type TReasonCode = (typeof REASON_CODES)[number];

const WEIGHTS: Record<TReasonCode, number> = {
  expiring: 10,
  expired: 9,
  target: 5,
  gap: 3,
  progression: 4,
  background: 2.5,
  country: 2,
  sector: 2,
  membership: 1.5,
  family: 1.5,
  stage: 1.5,
  experience: 1,
  'in-plan': 0,
};
/** An entry of another country, listed because it is open internationally, ranks a little lower. */
const ABROAD_PENALTY = 1;

/** Seed 001: what people arriving by each route tend to lack. */
export const BACKGROUND_NEEDS: Record<TBackground, TCapability[]> = {
  teaching: ['technical'],
  it: ['pedagogy'],
  'video-production': ['pedagogy'],
  'print-editing': ['pedagogy', 'technical'],
  'graphic-design': ['pedagogy'],
  'web-design': ['pedagogy'],
  research: ['practice'],
  other: [],
};
const CAPABILITY_WORDS: Record<TCapability, string> = {
  pedagogy: 'a grounding in pedagogy',
  technical: 'technical depth',
  research: 'research experience',
  leadership: 'experience of leading',
  practice: 'hands-on practice alongside teachers and learners',
  network: 'a network in the field',
};

const SECTOR_WORDS: Record<TSector, string> = {
  'higher-education': 'higher education',
  'further-education': 'further education',
  k12: 'K-12 schools',
  'corporate-training': 'corporate training',
  ngo: 'an NGO',
  'continuing-education': 'continuing professional education',
  'edtech-company': 'an edtech company',
};

/** What each family works on, for titles such as "Head of learning technology". */
const FAMILY_FIELD: Record<TRoleFamily, string> = {
  'learning-technologist': 'learning technology',
  'learning-designer': 'learning design',
  'educational-developer': 'educational development',
  'content-producer': 'digital content production',
  'technical-specialist': 'learning systems',
  'digital-capability': 'digital capability',
  'learning-support': 'online learning support',
  researcher: 'research',
  'project-manager': 'projects and programmes',
  academic: 'teaching and research',
  'senior-management': 'the institution',
  trainer: 'training',
};

const QUALIFICATION_RANK: Record<string, number> = {
  certificate: 1,
  diploma: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

const role = (family: TRoleFamily) => ROLE_FAMILY_LABELS[family].toLowerCase();
const withArticle = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const seniorityRank = (s: TSeniority) => SENIORITIES.indexOf(s);

function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

let regionNames: Intl.DisplayNames | null = null;
const WITH_THE = new Set(['GB', 'US', 'NL', 'PH', 'AE', 'CZ', 'DO', 'BS', 'GM', 'MV']);
/** "CA" → "Canada" (the code itself when the runtime does not know it). */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en-GB'], { type: 'region' });
    const name = regionNames.of(code) ?? code;
    return WITH_THE.has(code) ? `the ${name}` : name;
  } catch {
    return code;
  }
}

/** Fills the {role}, {Role} and {field} placeholders of templated titles and summaries. */
function fill(text: string, family: TRoleFamily | null): string | null {
  if (!/\{(role|Role|field)\}/.test(text)) return text;
  if (!family) return null;
  return text
    .replaceAll('{role}', role(family))
    .replaceAll('{Role}', ROLE_FAMILY_LABELS[family])
    .replaceAll('{field}', FAMILY_FIELD[family]);
}

interface Held {
  /** Catalogue keys the person holds (certifications, memberships, qualifications), with any expiry. */
  keys: Map<string, { name: string; expiresOn: string | null }>;
}

function matchesEntry(entry: CatalogueEntry, name: string, catalogueKey: string | null): boolean {
  if (catalogueKey) return catalogueKey === entry.key;
  const n = normaliseName(name);
  return (
    n === normaliseName(entry.title) ||
    n === normaliseName(entry.key) ||
    entry.aliases.some((a) => normaliseName(a) === n)
  );
}

/** The level of a qualification given without one, from its name ("MSc ...", "PhD", "PgCert ..."). */
export function levelFromName(name: string): string | null {
  if (/\b(phd|dphil|edd|doctorate|doctor of)\b/i.test(name)) return 'doctorate';
  if (/\b(msc|ma|med|m\.ed|ms|mres|mphil|mba|master'?s?|master of)\b/i.test(name)) return 'master';
  if (/\b(pgdip|postgraduate diploma|diploma)\b/i.test(name)) return 'diploma';
  if (/\b(pgcert|pgcap|pgche|postgraduate certificate|certificate)\b/i.test(name))
    return 'certificate';
  if (/\b(bsc|ba|bed|b\.ed|bachelor'?s?|bachelor of)\b/i.test(name)) return 'bachelor';
  return null;
}

function holdsQualification(entry: CatalogueEntry, ctx: RecommendationContext): boolean {
  const heldAs = entry.heldAs;
  if (!heldAs) return false;
  const needed = QUALIFICATION_RANK[heldAs.level] ?? 0;
  return ctx.qualifications.some((q) => {
    const level = q.level && q.level !== 'other' ? q.level : levelFromName(q.name);
    const rank = level ? (QUALIFICATION_RANK[level] ?? 0) : 0;
    if (rank === 0 || rank < needed) return false;
    if (heldAs.subjectWords.length === 0) return true;
    const words = normaliseName(`${q.name} ${q.subject ?? ''}`);
    return heldAs.subjectWords.some((w) => words.includes(normaliseName(w)));
  });
}

function findHeld(ctx: RecommendationContext, catalogue: Catalogue): Held {
  const keys = new Map<string, { name: string; expiresOn: string | null }>();
  for (const entry of catalogue.entries) {
    const cert = ctx.certifications.find((c) => matchesEntry(entry, c.name, c.catalogueKey));
    if (cert) {
      keys.set(entry.key, { name: cert.name, expiresOn: cert.expiresOn });
      continue;
    }
    const membership = ctx.memberships.find((m) => matchesEntry(entry, m.name, m.catalogueKey));
    if (membership && (entry.kind === 'network' || entry.kind === 'certification')) {
      keys.set(entry.key, { name: membership.name, expiresOn: null });
      continue;
    }
    if (holdsQualification(entry, ctx)) keys.set(entry.key, { name: entry.title, expiresOn: null });
  }
  return { keys };
}

function localise(entry: CatalogueEntry, catalogue: Catalogue, country: string | null) {
  let local = { ...entry, sources: [...entry.sources] };
  if (!country) return local;
  for (const o of catalogue.overrides) {
    if (o.key !== entry.key || !o.countries.includes(country)) continue;
    local = { ...local, ...o.set };
    for (const s of o.sources) {
      if (!local.sources.some((x) => x.name === s.name)) local.sources.push(s);
    }
  }
  return local;
}

/** The recommendations for one person, best first (entries already in the plan after the rest). */
export function recommendFrom(ctx: RecommendationContext, catalogue: Catalogue): TRecommendation[] {
  const held = findHeld(ctx, catalogue);
  const today = dayNumber(ctx.today);
  const current = ctx.classification;
  const target = ctx.target;
  const out: TRecommendation[] = [];

  for (const base of catalogue.entries) {
    const entry = localise(base, catalogue, ctx.country);
    const reasons: TRecommendationReason[] = [];
    const add = (code: TReasonCode, text: string) => reasons.push({ code, text });
    let penalty = 0;
    let title = fill(entry.title, current?.family ?? null);
    const summary = fill(entry.summary, current?.family ?? null);
    if (title === null || summary === null) continue;
    let milestones = [...entry.milestones];
    let suggestedDueOn: string | null = null;

    // Where it applies.
    if (entry.countries.length > 0) {
      if (ctx.country && entry.countries.includes(ctx.country)) {
        add(
          'country',
          `You work in ${countryName(ctx.country)}: ${entry.why.country ?? `${entry.title} is based there.`}`,
        );
      } else if (entry.international) {
        if (ctx.country) penalty += ABROAD_PENALTY;
      } else {
        continue;
      }
    }

    // Where they are heading.
    const a = entry.audience;
    let targetFits = false;
    if (target && current) {
      const familyMove =
        target.family !== null &&
        target.family !== current.family &&
        a.targetFamilies.includes(target.family);
      const seniorityMove =
        target.seniority !== null &&
        seniorityRank(target.seniority) > seniorityRank(current.seniority) &&
        a.targetSeniorities.includes(target.seniority);
      targetFits = familyMove || seniorityMove;
    } else if (target && !current) {
      targetFits =
        (target.family !== null && a.targetFamilies.includes(target.family)) ||
        (target.seniority !== null && a.targetSeniorities.includes(target.seniority));
    }
    // Who it is for: the person as they are, or as their target would make them.
    if (a.sectors.length > 0 && ctx.sector) {
      if (!a.sectors.includes(ctx.sector)) continue;
      add(
        'sector',
        `You work in ${SECTOR_WORDS[ctx.sector]}: ${entry.why.sector ?? 'it is made for that sector.'}`,
      );
    }
    if (a.families.length > 0 && current) {
      const fits = a.families.includes(current.family);
      if (!fits && !targetFits) continue;
      if (fits) {
        add(
          'family',
          `As ${withArticle(role(current.family))}: ${entry.why.family ?? 'it suits your kind of role.'}`,
        );
      }
    }
    if (
      a.backgrounds.length > 0 &&
      !ctx.backgrounds.some((b) => (a.backgrounds as string[]).includes(b))
    ) {
      continue;
    }
    const seniorityFits = current ? a.seniorities.includes(current.seniority) : false;
    const stageFits = current ? a.stages.includes(current.stage) : false;
    if ((a.seniorities.length > 0 || a.stages.length > 0) && current) {
      const okSeniority = a.seniorities.length === 0 || seniorityFits;
      const okStage = a.stages.length === 0 || stageFits;
      // An entry for a later point of a career is open to those whose target it serves.
      if (!(okSeniority && okStage) && !targetFits) continue;
      if (okSeniority && okStage) {
        add(
          'stage',
          `You are at the ${current.stage} stage (${SENIORITY_LABELS[current.seniority].toLowerCase()} ${role(current.family)}): ${entry.why.stage ?? 'it fits that point of a career.'}`,
        );
      }
    }
    if (ctx.yearsInField !== null) {
      const years = ctx.yearsInField;
      const yearsWords = `${years} year${years === 1 ? '' : 's'}`;
      if (a.minYears !== null) {
        if (years < a.minYears) continue;
        add(
          'experience',
          `You have ${yearsWords} in the field; it asks for at least ${a.minYears}. ${entry.why.experience ?? ''}`.trim(),
        );
      }
      if (a.maxYears !== null) {
        if (years > a.maxYears) continue;
        add(
          'experience',
          `With ${yearsWords} in the field: ${entry.why.experience ?? 'it suits someone early in their career.'}`,
        );
      }
    }

    // Already held: leave it out, unless it needs renewing.
    const mine = held.keys.get(entry.key);
    if (mine) {
      if (entry.kind !== 'certification' || !mine.expiresOn) continue;
      const days = dayNumber(mine.expiresOn) - today;
      const renewal = entry.renewal ?? "Check the provider's current renewal terms.";
      if (days < 0) {
        add(
          'expired',
          `Your ${mine.name} expired on ${mine.expiresOn}: renew it to hold it again. ${renewal}`,
        );
      } else if (days <= RENEWAL_WINDOW_DAYS) {
        add(
          'expiring',
          `Your ${mine.name} expires on ${mine.expiresOn} (in ${days} day${days === 1 ? '' : 's'}): renew it before then. ${renewal}`,
        );
        suggestedDueOn = mine.expiresOn;
      } else {
        continue;
      }
      title = `Renew ${title}`;
      milestones = [
        'Check what the renewal asks for',
        'Gather evidence since the last review',
        'Submit the renewal',
      ];
    }
    if (entry.redundantIf.some((k) => held.keys.has(k))) continue;
    const after = entry.nextAfter.find((k) => held.keys.has(k));
    if (after) {
      const heldEntry = catalogue.entries.find((e) => e.key === after);
      add(
        'progression',
        `You hold ${heldEntry?.title ?? after}: ${entry.why.progression ?? `${entry.title} is the next step.`}`,
      );
    }
    if (entry.requiresHeld && !after) continue;
    if (entry.organiser) {
      const member = held.keys.get(entry.organiser);
      const organiser = catalogue.entries.find((e) => e.key === entry.organiser);
      if (member && organiser) {
        add('membership', `You are a member of ${organiser.title}, which runs it.`);
      }
    }

    if (targetFits && target) {
      add(
        'target',
        `Your target is ${target.label}: ${entry.why.target ?? 'it prepares you for that move.'}`,
      );
    } else if (entry.requiresTarget) {
      continue;
    }

    // The gap analysis: items below the target's level that it helps with.
    const gaps = ctx.gaps.filter((g) =>
      entry.items.some(
        (item) =>
          item.relatedIds.has(g.itemId) ||
          (g.frameworkKey === item.framework && g.code !== null && g.code === item.code),
      ),
    );
    if (gaps.length > 0) {
      const named = gaps.slice(0, 4).map((g) => {
        const where = g.current === null ? 'not assessed' : `you: ${g.current}`;
        return `${g.code ? `${g.code} ` : ''}${g.label} (${where}, needs ${g.required})`;
      });
      const more = gaps.length > 4 ? ` and ${gaps.length - 4} more` : '';
      add(
        'gap',
        `It helps with ${listWords(named)}${more}, below the level ${target ? target.label : 'your target'} asks for.`,
      );
    }

    // Seed 001's routes in: what each tends to lack, and whether this builds it.
    const backgrounds = ctx.backgrounds.filter((b): b is TBackground => b in BACKGROUND_NEEDS);
    for (const b of backgrounds) {
      const needs = BACKGROUND_NEEDS[b].filter((n) => entry.develops.includes(n));
      if (needs.length === 0) continue;
      add(
        'background',
        `You came into the field from ${BACKGROUND_LABELS[b].replace(/^(?!IT)\w/, (c) => c.toLowerCase())}: people who arrive that way often lack ${listWords(needs.map((n) => CAPABILITY_WORDS[n]))}, and this builds it.`,
      );
    }

    if (reasons.length === 0) continue;
    // The strongest reasons first (a stable sort keeps the order above among equals).
    reasons.sort((x, y) => WEIGHTS[y.code as TReasonCode] - WEIGHTS[x.code as TReasonCode]);
    const inPlan = ctx.inPlan.includes(entry.key);
    let score = reasons.reduce((sum, r) => sum + WEIGHTS[r.code as TReasonCode], 0) - penalty;
    if (gaps.length > 1) score += Math.min(gaps.length - 1, 3);
    // A next role that is the target itself comes before what merely helps towards it.
    if (targetFits && entry.kind === 'next-role') score += 4;
    if (inPlan) add('in-plan', 'It is already in your plan, so it is listed after the rest.');

    const sources: TCatalogueSource[] = entry.sources.map((s) => ({ name: s.name, url: s.url }));
    out.push({
      key: entry.key,
      kind: entry.kind,
      title,
      summary,
      reasons,
      sources,
      facts: {
        provider: entry.provider,
        url: entry.url,
        prerequisites: entry.prerequisites,
        cost: entry.cost,
        duration: entry.duration,
        countries: entry.countries,
        international: entry.international,
      },
      relatedItems: gaps.map((g) => ({ itemId: g.itemId, code: g.code, label: g.label })),
      score: Math.round(Math.max(score, 0.1) * 100) / 100,
      inPlan,
      milestones,
      suggestedDueOn,
    });
  }

  return out.sort(
    (x, y) =>
      Number(x.inPlan) - Number(y.inPlan) ||
      y.score - x.score ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

/** What the recommendations were based on, in words, for the page's "Based on" line. */
export function describeBasis(ctx: RecommendationContext): string[] {
  const basis: string[] = [];
  const c = ctx.classification;
  if (c) {
    basis.push(
      `${capitalise(`${SENIORITY_LABELS[c.seniority].toLowerCase()} ${role(c.family)}`)} (${c.stage} stage)`,
    );
  }
  const where = [
    ctx.sector ? SECTOR_WORDS[ctx.sector] : null,
    ctx.country ? countryName(ctx.country) : null,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
  if (where) basis.push(capitalise(where));
  const routes = ctx.backgrounds
    .filter((b): b is TBackground => b in BACKGROUND_LABELS)
    .map((b) => BACKGROUND_LABELS[b]);
  if (routes.length > 0) basis.push(`Came in from ${listWords(routes)}`);
  if (ctx.yearsInField !== null) {
    basis.push(`${ctx.yearsInField} year${ctx.yearsInField === 1 ? '' : 's'} in the field`);
  }
  if (ctx.target) basis.push(`Target: ${ctx.target.label}`);
  if (ctx.gaps.length > 0) {
    basis.push(
      `${ctx.gaps.length} framework item${ctx.gaps.length === 1 ? '' : 's'} below the target's level`,
    );
  }
  return basis;
}
