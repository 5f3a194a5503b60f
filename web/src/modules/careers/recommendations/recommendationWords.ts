import {
  RECOMMENDATION_KIND_LABELS,
  type TRecommendation,
  type TRecommendationKind,
} from '../../../../../contracts';

export interface RecommendationGroup {
  kind: TRecommendationKind;
  label: string;
  /** Section heading: "Certifications", "CPD activities". */
  heading: string;
  items: TRecommendation[];
}

const HEADINGS: Record<TRecommendationKind, string> = {
  certification: 'Certifications',
  qualification: 'Qualifications',
  network: 'Networks',
  conference: 'Conferences',
  'cpd-activity': 'CPD activities',
  'next-role': 'Next roles',
};

/**
 * Recommendations grouped by kind, keeping the server's order inside each group; the group
 * with the strongest recommendation comes first.
 */
export function groupByKind(recs: readonly TRecommendation[]): RecommendationGroup[] {
  const groups = new Map<TRecommendationKind, RecommendationGroup>();
  for (const rec of recs) {
    let group = groups.get(rec.kind);
    if (!group) {
      group = {
        kind: rec.kind,
        label: RECOMMENDATION_KIND_LABELS[rec.kind],
        heading: HEADINGS[rec.kind],
        items: [],
      };
      groups.set(rec.kind, group);
    }
    group.items.push(rec);
  }
  const best = (g: RecommendationGroup) =>
    Math.max(...g.items.filter((r) => !r.inPlan).map((r) => r.score), -1);
  return [...groups.values()].sort((a, b) => best(b) - best(a));
}

let regions: Intl.DisplayNames | null = null;
/** "GB, IE" → "United Kingdom, Ireland"; empty → "Anywhere". */
export function whereText(countries: readonly string[], international = false): string {
  if (countries.length === 0) return 'Anywhere';
  let names: string;
  try {
    regions ??= new Intl.DisplayNames(['en-GB'], { type: 'region' });
    names = countries.map((c) => regions?.of(c) ?? c).join(', ');
  } catch {
    names = countries.join(', ');
  }
  return international ? `${names}; open internationally` : names;
}
