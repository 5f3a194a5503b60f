import { z } from 'zod';
import { ZClassificationSummary } from './careers-recommendations';
import {
  ZCareerStage,
  ZRoleFamily,
  ZSeniority,
  ZTitleClassification,
  ZTitleGroup,
} from './classifier';
import { ZId, ZSector } from './common';
import { GOAL_STATUSES, ZGoalStatus } from './cpd';

/*
 * Careers (module 5): a profile, the classification of its job title, self-assessments
 * against any framework, targets (a role family and seniority, or a role profile), the gap
 * analysis, recommendations (contracts/careers-recommendations.ts) and a plan.
 */

const ZDay = z.iso.date({ message: 'must be a date like 2026-11-22' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max.toLocaleString('en-GB')} characters` });
const ZName = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(160, { message: 'must be at most 160 characters' });
const ZNote = text(2000).nullable().optional();

// ---- Profile

/** Seed 001's routes into the field. */
export const BACKGROUNDS = [
  'teaching',
  'it',
  'video-production',
  'print-editing',
  'graphic-design',
  'web-design',
  'research',
  'other',
] as const;
export const ZBackground = z.enum(BACKGROUNDS, {
  message: `must be one of: ${BACKGROUNDS.join(', ')}`,
});
export type TBackground = z.infer<typeof ZBackground>;
export const BACKGROUND_LABELS: Record<TBackground, string> = {
  teaching: 'Teaching',
  it: 'IT',
  'video-production': 'Video production',
  'print-editing': 'Print editing',
  'graphic-design': 'Graphic design',
  'web-design': 'Web design',
  research: 'Research',
  other: 'Other',
};

export const QUALIFICATION_LEVELS = [
  'certificate',
  'diploma',
  'bachelor',
  'master',
  'doctorate',
  'other',
] as const;
export const ZQualificationLevel = z.enum(QUALIFICATION_LEVELS, {
  message: `must be one of: ${QUALIFICATION_LEVELS.join(', ')}`,
});
export type TQualificationLevel = z.infer<typeof ZQualificationLevel>;

export const ZQualification = z.object({
  name: ZName,
  /** Where it was awarded. */
  awardedBy: text(160).nullable().optional(),
  level: ZQualificationLevel.nullable().optional(),
  year: z.number().int().min(1950).max(2100).nullable().optional(),
  /** Educational technology, learning design, education... (matters to recommendations). */
  subject: text(160).nullable().optional(),
});
export type TQualification = z.infer<typeof ZQualification>;

export const ZCertification = z.object({
  name: ZName,
  issuer: text(160).nullable().optional(),
  awardedOn: ZDay.nullable().optional(),
  expiresOn: ZDay.nullable().optional(),
  /** The recommendations catalogue entry it is (e.g. "cmalt"), when it is one of those. */
  catalogueKey: text(80).nullable().optional(),
});
export type TCertification = z.infer<typeof ZCertification>;

export const CERTIFICATION_STATUSES = ['valid', 'expiring', 'expired', 'no-expiry'] as const;
export const ZCertificationStatus = z.enum(CERTIFICATION_STATUSES);

export const ZMembership = z.object({
  name: ZName,
  kind: z.enum(['network', 'membership', 'conference'], {
    message: 'must be one of: network, membership, conference',
  }),
  since: z.number().int().min(1950).max(2100).nullable().optional(),
  catalogueKey: text(80).nullable().optional(),
});
export type TMembership = z.infer<typeof ZMembership>;

/** What the classifier said about the profile's title, what the person corrected, and the result. */
export const ZProfileClassification = z.object({
  automatic: ZTitleClassification,
  corrected: z
    .object({
      family: ZRoleFamily,
      seniority: ZSeniority,
      note: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  /** The correction where there is one, else the automatic answer. */
  effective: ZClassificationSummary,
  groups: z.array(ZTitleGroup),
});
export type TProfileClassification = z.infer<typeof ZProfileClassification>;

export const ZCareerProfile = z.object({
  jobTitle: z.string().nullable(),
  employer: z.string().nullable(),
  sector: ZSector.nullable(),
  /** ISO 3166-1 alpha-2, for recommendations localised per country. */
  country: z.string().nullable(),
  backgrounds: z.array(ZBackground),
  backgroundNote: z.string().nullable(),
  yearsInField: z.number().nullable(),
  qualifications: z.array(ZQualification),
  certifications: z.array(ZCertification.extend({ status: ZCertificationStatus })),
  memberships: z.array(ZMembership),
  classification: ZProfileClassification.nullable(),
  /** Managers and admins of the institution see the profile and assessment summaries. */
  shareWithManagers: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type TCareerProfile = z.infer<typeof ZCareerProfile>;

export const ZUpdateCareerProfileBody = z
  .object({
    jobTitle: z
      .string()
      .trim()
      .max(300, { message: 'must be at most 300 characters' })
      .nullable()
      .optional(),
    employer: text(160).nullable().optional(),
    sector: ZSector.nullable().optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code, like GB or US' })
      .nullable()
      .optional(),
    backgrounds: z.array(ZBackground).max(BACKGROUNDS.length).optional(),
    backgroundNote: text(2000).nullable().optional(),
    yearsInField: z
      .number({ message: 'must be a number of years' })
      .min(0, { message: 'cannot be negative' })
      .max(60, { message: 'must be at most 60' })
      .nullable()
      .optional(),
    qualifications: z.array(ZQualification).max(50, { message: 'at most 50' }).optional(),
    certifications: z.array(ZCertification).max(50, { message: 'at most 50' }).optional(),
    memberships: z.array(ZMembership).max(50, { message: 'at most 50' }).optional(),
    shareWithManagers: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });
export type TUpdateCareerProfileBody = z.infer<typeof ZUpdateCareerProfileBody>;

/** Correct the classification of one's title (kept; cleared with `null`). */
export const ZCorrectClassificationBody = z.object({
  correction: z.object({ family: ZRoleFamily, seniority: ZSeniority, note: ZNote }).nullable(),
});

// ---- Self-assessment

/** Used when a framework defines no levels of its own (most do not). */
export const DEFAULT_ASSESSMENT_SCALE = [
  { value: 0, label: 'Not yet', description: 'I have not done this yet.' },
  { value: 1, label: 'Aware', description: 'I know what it involves and have seen it done.' },
  { value: 2, label: 'Developing', description: 'I do this with support or now and then.' },
  { value: 3, label: 'Proficient', description: 'I do this confidently and on my own.' },
  { value: 4, label: 'Leading', description: 'I guide others and shape practice here.' },
] as const;

export const ZScaleLevel = z.object({
  value: z.number().int(),
  label: z.string(),
  description: z.string().nullable(),
});
export type TScaleLevel = z.infer<typeof ZScaleLevel>;

export const ZRating = z.object({
  itemId: ZId,
  level: z.number().int(),
  note: z.string().nullable(),
  /** CPD entries (the person's own) that show it. */
  evidenceEntryIds: z.array(ZId),
});
export type TRating = z.infer<typeof ZRating>;

export const ZAssessmentSummary = z.object({
  id: ZId,
  frameworkId: ZId,
  frameworkTitle: z.string(),
  status: z.enum(['draft', 'complete']),
  rated: z.number().int(),
  total: z.number().int(),
  /** Mean level over rated items. */
  average: z.number().nullable(),
  /** Top-level areas of the framework with their mean level (the chart). */
  areas: z.array(
    z.object({
      itemId: ZId,
      code: z.string().nullable(),
      label: z.string(),
      average: z.number().nullable(),
      rated: z.number().int(),
    }),
  ),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;

export const ZAssessment = ZAssessmentSummary.extend({
  scale: z.array(ZScaleLevel),
  ratings: z.array(ZRating),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZCreateAssessmentBody = z.object({
  frameworkId: ZId,
  /** Start from an earlier assessment's ratings (to repeat it later and see the change). */
  copyFromId: ZId.optional(),
});

export const ZRateBody = z.object({
  ratings: z
    .array(
      z.object({
        itemId: ZId,
        /** `null` removes the rating. */
        level: z.number({ message: 'must be a level number' }).int().nullable(),
        note: ZNote,
        evidenceEntryIds: z.array(ZId).max(20, { message: 'at most 20 entries' }).optional(),
      }),
    )
    .min(1, { message: 'send at least one rating' })
    .max(1000, { message: 'at most 1,000 ratings at once' }),
});

/** Two assessments of the same framework side by side. */
export const ZAssessmentComparison = z.object({
  before: ZAssessmentSummary,
  after: ZAssessmentSummary,
  items: z.array(
    z.object({
      itemId: ZId,
      code: z.string().nullable(),
      label: z.string(),
      before: z.number().int().nullable(),
      after: z.number().int().nullable(),
    }),
  ),
});
export type TAssessmentComparison = z.infer<typeof ZAssessmentComparison>;

// ---- Role profiles and targets

export const ZRequirement = z.object({
  itemId: ZId,
  /** On the framework's scale (DEFAULT_ASSESSMENT_SCALE when it has no levels). */
  level: z.number().int().min(0).max(20),
});

export const ZRoleProfile = z.object({
  id: ZId,
  /** Built-in profiles (one per role family and seniority) belong to no institution. */
  builtin: z.boolean(),
  name: z.string(),
  description: z.string(),
  family: ZRoleFamily.nullable(),
  seniority: ZSeniority.nullable(),
  stage: ZCareerStage.nullable(),
  /** e.g. "district-wide" versus "one building" (seed 004). */
  scope: z.string().nullable(),
  frameworkId: ZId,
  frameworkTitle: z.string(),
  requirements: z.array(ZRequirement.extend({ code: z.string().nullable(), label: z.string() })),
  createdAt: z.string(),
});
export type TRoleProfile = z.infer<typeof ZRoleProfile>;

export const ZCreateRoleProfileBody = z.object({
  name: ZName,
  description: text(5000).default(''),
  family: ZRoleFamily.nullable().optional(),
  seniority: ZSeniority.nullable().optional(),
  scope: text(160).nullable().optional(),
  frameworkId: ZId,
  requirements: z
    .array(ZRequirement)
    .min(1, { message: 'name at least one framework item and its level' })
    .max(500, { message: 'at most 500 items' }),
});
export const ZUpdateRoleProfileBody = ZCreateRoleProfileBody.partial().refine(
  (b) => Object.values(b).some((v) => v !== undefined),
  { message: 'send at least one field to change' },
);

export const ZCareerTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), family: ZRoleFamily, seniority: ZSeniority }),
  z.object({ kind: z.literal('role-profile'), roleProfileId: ZId }),
]);
export type TCareerTarget = z.infer<typeof ZCareerTarget>;
export const ZSetTargetBody = z.object({ target: ZCareerTarget.nullable() });

// ---- Gap analysis

export const GAP_STATUSES = ['met', 'below', 'not-assessed'] as const;
export const ZGapItem = z.object({
  itemId: ZId,
  code: z.string().nullable(),
  label: z.string(),
  required: z.number().int(),
  current: z.number().int().nullable(),
  status: z.enum(GAP_STATUSES),
  evidence: z.object({
    cpdEntries: z.number().int(),
    cpdHours: z.number(),
    portfolioEvidence: z.number().int(),
  }),
  /** What is missing, in a sentence ("No CPD logged against this yet; rated 1, needs 3"). */
  missing: z.string().nullable(),
});
export type TGapItem = z.infer<typeof ZGapItem>;

export const ZGapAnalysis = z.object({
  target: ZCareerTarget,
  roleProfile: ZRoleProfile,
  /** The assessment used: the latest of the role profile's framework, if any. */
  assessment: ZAssessmentSummary.nullable(),
  items: z.array(ZGapItem),
  summary: z.object({
    met: z.number().int(),
    below: z.number().int(),
    notAssessed: z.number().int(),
    total: z.number().int(),
  }),
});
export type TGapAnalysis = z.infer<typeof ZGapAnalysis>;

// ---- Plan

export const ZMilestone = z.object({
  id: ZId,
  title: z.string(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZPlanGoal = z.object({
  id: ZId,
  title: z.string(),
  notes: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: ZGoalStatus,
  /** The recommendation it came from, if any. */
  recommendationKey: z.string().nullable(),
  /** The CPD goal it is linked to: it shows on the CPD dashboard and goals page. */
  cpdGoalId: ZId.nullable(),
  milestones: z.array(ZMilestone),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPlanGoal = z.infer<typeof ZPlanGoal>;

const ZMilestoneInput = z.object({ title: ZName, dueOn: ZDay.nullable().optional() });
export const ZCreatePlanGoalBody = z.object({
  title: ZName,
  notes: text(5000).nullable().optional(),
  dueOn: ZDay.nullable().optional(),
  status: ZGoalStatus.default('not-started'),
  recommendationKey: text(80).nullable().optional(),
  /** Framework items the linked CPD goal counts progress against. */
  itemIds: z.array(ZId).max(50, { message: 'at most 50 framework items' }).optional(),
  milestones: z.array(ZMilestoneInput).max(20, { message: 'at most 20 milestones' }).optional(),
});
export const ZUpdatePlanGoalBody = z
  .object({
    title: ZName.optional(),
    notes: text(5000).nullable().optional(),
    dueOn: ZDay.nullable().optional(),
    status: ZGoalStatus.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });
export const ZCreateMilestoneBody = ZMilestoneInput;
export const ZUpdateMilestoneBody = z
  .object({
    title: ZName.optional(),
    dueOn: ZDay.nullable().optional(),
    done: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });

export { GOAL_STATUSES as PLAN_GOAL_STATUSES };

// ---- Managers' view of shared profiles

export const ZTeamCareerSummary = z.object({
  userId: ZId,
  name: z.string(),
  jobTitle: z.string().nullable(),
  classification: ZClassificationSummary.nullable(),
  sector: ZSector.nullable(),
  yearsInField: z.number().nullable(),
  assessments: z.array(ZAssessmentSummary),
  target: z.string().nullable(),
  planGoals: z.object({ open: z.number().int(), achieved: z.number().int() }),
});
export type TTeamCareerSummary = z.infer<typeof ZTeamCareerSummary>;

/** GET /api/careers/gap: null until a target is chosen. */
export const ZGapResponse = z.object({ analysis: ZGapAnalysis.nullable() });
