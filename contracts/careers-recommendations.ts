import { z } from 'zod';
import { ZCareerStage, ZRoleFamily, ZSeniority } from './classifier';
import type { TSector } from './common';

/*
 * Recommendations (module 5): drawn from a catalogue kept as data in the repository
 * (server/src/modules/careers/recommendations/), each with the reasons it was made and
 * its sources.
 */

export const ZClassificationSummary = z.object({
  family: ZRoleFamily,
  seniority: ZSeniority,
  stage: ZCareerStage,
});
export type TClassificationSummary = z.infer<typeof ZClassificationSummary>;

export const RECOMMENDATION_KINDS = [
  'certification',
  'qualification',
  'network',
  'conference',
  'cpd-activity',
  'next-role',
] as const;
export const ZRecommendationKind = z.enum(RECOMMENDATION_KINDS);
export type TRecommendationKind = z.infer<typeof ZRecommendationKind>;
export const RECOMMENDATION_KIND_LABELS: Record<TRecommendationKind, string> = {
  certification: 'Certification',
  qualification: 'Qualification',
  network: 'Network',
  conference: 'Conference',
  'cpd-activity': 'CPD activity',
  'next-role': 'Next role',
};

export const ZRecommendationReason = z.object({
  /** Stable, for tests and filters: e.g. "sector", "gap", "background", "stage", "target", "expiring". */
  code: z.string(),
  /** A sentence for the person: "You work in K-12, where district roles ask for ...". */
  text: z.string(),
});
export type TRecommendationReason = z.infer<typeof ZRecommendationReason>;

export const ZCatalogueSource = z.object({ name: z.string(), url: z.string().nullable() });
export type TCatalogueSource = z.infer<typeof ZCatalogueSource>;

export const ZRecommendation = z.object({
  /** The catalogue entry's stable key, e.g. "cmalt" or "move-into-academic-post". */
  key: z.string(),
  kind: ZRecommendationKind,
  title: z.string(),
  summary: z.string(),
  reasons: z.array(ZRecommendationReason).min(1),
  sources: z.array(ZCatalogueSource).min(1),
  facts: z.object({
    provider: z.string().nullable(),
    url: z.string().nullable(),
    prerequisites: z.array(z.string()),
    cost: z.string().nullable(),
    duration: z.string().nullable(),
    /** Where it applies (ISO country codes), empty for anywhere. */
    countries: z.array(z.string()),
    /** Open to people in other countries too (e.g. CMALT, a UK scheme). */
    international: z.boolean(),
  }),
  /** Framework items it helps with (from the gap analysis). */
  relatedItems: z.array(
    z.object({ itemId: z.string(), code: z.string().nullable(), label: z.string() }),
  ),
  /** Higher first; only for ordering. */
  score: z.number(),
  /** Already a goal of the person's plan. */
  inPlan: z.boolean(),
  /** Milestones a plan goal made from it could start with ("Register", "Submit portfolio"). */
  milestones: z.array(z.string()),
  /** A due date for such a goal when one follows from the profile (a renewal before expiry). */
  suggestedDueOn: z.string().nullable(),
});
export type TRecommendation = z.infer<typeof ZRecommendation>;

export const ZRecommendations = z.object({
  recommendations: z.array(ZRecommendation),
  /** What the recommendations were based on, in words ("Senior learning technologist in higher education, UK"). */
  basis: z.array(z.string()),
});
export type TRecommendations = z.infer<typeof ZRecommendations>;

/**
 * Everything the (pure) recommendation engine looks at. The careers service builds it from
 * the profile, the classification, the target and the gap analysis.
 */
export interface RecommendationContext {
  /** ISO date, for expiry and timing reasons. */
  today: string;
  country: string | null;
  sector: TSector | null;
  backgrounds: string[];
  yearsInField: number | null;
  classification: TClassificationSummary | null;
  qualifications: { name: string; level: string | null; subject: string | null }[];
  certifications: { name: string; catalogueKey: string | null; expiresOn: string | null }[];
  memberships: { name: string; catalogueKey: string | null }[];
  target: {
    label: string;
    family: z.infer<typeof ZRoleFamily> | null;
    seniority: z.infer<typeof ZSeniority> | null;
  } | null;
  /** Items of the target's framework below the required level (or not assessed). */
  gaps: {
    /** The built-in framework's key ("cmalt", "iste-coaches", "psf-2023", ...), null for others. */
    frameworkKey: string | null;
    itemId: string;
    code: string | null;
    label: string;
    required: number;
    current: number | null;
  }[];
  /** Catalogue keys already in the person's plan. */
  inPlan: string[];
}
