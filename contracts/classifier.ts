import { z } from 'zod';

/*
 * The job-title taxonomy of product.md (module 5): a role family, a seniority, the career
 * stage that follows from the seniority (seed 001), and the four non-exclusive survey groups
 * of seed 000. The classifier itself lives in server/src/modules/careers/classifier/.
 */

export const ROLE_FAMILIES = [
  'learning-technologist',
  'learning-designer',
  'educational-developer',
  'content-producer',
  'technical-specialist',
  'digital-capability',
  'learning-support',
  'researcher',
  'project-manager',
  'academic',
  'senior-management',
  'trainer',
] as const;
export const ZRoleFamily = z.enum(ROLE_FAMILIES);
export type TRoleFamily = z.infer<typeof ZRoleFamily>;

export const ROLE_FAMILY_LABELS: Record<TRoleFamily, string> = {
  'learning-technologist': 'Learning technologist',
  'learning-designer': 'Learning designer',
  'educational-developer': 'Educational developer',
  'content-producer': 'Content producer',
  'technical-specialist': 'Technical specialist',
  'digital-capability': 'Digital capability',
  'learning-support': 'Learning support',
  researcher: 'Researcher',
  'project-manager': 'Project manager',
  academic: 'Academic',
  'senior-management': 'Senior management',
  trainer: 'Trainer',
};

export const SENIORITIES = ['entry', 'practitioner', 'senior', 'leadership'] as const;
export const ZSeniority = z.enum(SENIORITIES);
export type TSeniority = z.infer<typeof ZSeniority>;

export const SENIORITY_LABELS: Record<TSeniority, string> = {
  entry: 'Entry',
  practitioner: 'Practitioner',
  senior: 'Senior',
  leadership: 'Leadership',
};

/** Seed 001's career stages. */
export const CAREER_STAGES = ['novice', 'career', 'advanced'] as const;
export const ZCareerStage = z.enum(CAREER_STAGES);
export type TCareerStage = z.infer<typeof ZCareerStage>;

export const STAGE_OF_SENIORITY: Record<TSeniority, TCareerStage> = {
  entry: 'novice',
  practitioner: 'career',
  senior: 'career',
  leadership: 'advanced',
};

/** Seed 000's four non-exclusive survey groups. */
export const TITLE_GROUPS = [
  'learning-technologist',
  'other-technologist',
  'technology',
  'learning-teaching-education',
] as const;
export const ZTitleGroup = z.enum(TITLE_GROUPS);
export type TTitleGroup = z.infer<typeof ZTitleGroup>;

export const TITLE_GROUP_LABELS: Record<TTitleGroup, string> = {
  'learning-technologist': 'Learning technologist or a close variant',
  'other-technologist': 'Another "-technologist"',
  technology: '"Technology" (including TEL)',
  'learning-teaching-education': 'Learning, teaching or education',
};

/** The longest title the classifier accepts. */
export const TITLE_MAX_LENGTH = 300;

/** A title as the API accepts it: text, 1 to TITLE_MAX_LENGTH characters once trimmed. */
export const ZTitleText = z
  .string({ error: 'The title must be text.' })
  .trim()
  .min(1, { error: 'The title is empty: give a job title such as "Learning Technologist".' })
  .max(TITLE_MAX_LENGTH, {
    error: `The title is too long: at most ${TITLE_MAX_LENGTH} characters.`,
  });

/** One word or phrase that decided a part of the classification. */
export const ZTitleCue = z.object({
  /** The normalised words that matched, e.g. "learning technologist" or "senior". */
  phrase: z.string(),
  /** What the words decided. */
  field: z.enum(['family', 'seniority', 'group', 'note']),
  /** The family, seniority or group they point to (for notes, the explanation). */
  value: z.string(),
});
export type TTitleCue = z.infer<typeof ZTitleCue>;

/** The second role of a title that joins two ("Learning Designer and Casual Academic"). */
export const ZSecondaryRole = z.object({
  title: z.string(),
  family: ZRoleFamily,
  seniority: ZSeniority,
});
export type TSecondaryRole = z.infer<typeof ZSecondaryRole>;

export const ZTitleClassification = z.object({
  /** The title as given (trimmed). */
  title: z.string(),
  family: ZRoleFamily,
  seniority: ZSeniority,
  stage: ZCareerStage,
  groups: z.array(ZTitleGroup),
  /** high: a family cue matched; low: no family cue matched and the family is a best guess. */
  confidence: z.enum(['high', 'low']),
  cues: z.array(ZTitleCue),
  /** Set when the title joins two roles: the role that was not chosen as primary. */
  secondary: ZSecondaryRole.optional(),
});
export type TTitleClassification = z.infer<typeof ZTitleClassification>;

/** What the classifier returns for input it cannot classify (never thrown). */
export const ZTitleError = z.object({
  title: z.string().nullable(),
  error: z.string(),
});
export type TTitleError = z.infer<typeof ZTitleError>;

export const ZTitleResult = z.union([ZTitleClassification, ZTitleError]);
export type TTitleResult = z.infer<typeof ZTitleResult>;

/**
 * The survey-group keyword scheme: per group, words or phrases that put a title in the group,
 * and phrases that stop a match when the keyword is part of them (e.g. "technologist" counts
 * as "another technologist" except inside "learning technologist").
 */
export const TITLE_GROUP_KEYWORDS_MAX = 60;
export const TITLE_GROUP_KEYWORD_MAX_LENGTH = 60;
const ZKeyword = z
  .string({ error: 'Each keyword must be text.' })
  .trim()
  .min(1, { error: 'A keyword is empty: remove it or type a word.' })
  .max(TITLE_GROUP_KEYWORD_MAX_LENGTH, {
    error: `A keyword is too long: at most ${TITLE_GROUP_KEYWORD_MAX_LENGTH} characters.`,
  })
  .refine((s) => /[\p{L}\p{N}]/u.test(s), {
    error: 'A keyword needs at least one letter or digit.',
  });
export const ZTitleGroupRule = z.object({
  keywords: z
    .array(ZKeyword)
    .min(1, { error: 'Each group needs at least one keyword.' })
    .max(TITLE_GROUP_KEYWORDS_MAX, {
      error: `At most ${TITLE_GROUP_KEYWORDS_MAX} keywords per group.`,
    }),
  excludes: z
    .array(ZKeyword)
    .max(TITLE_GROUP_KEYWORDS_MAX, {
      error: `At most ${TITLE_GROUP_KEYWORDS_MAX} exceptions per group.`,
    })
    .default([]),
});
export type TTitleGroupRule = z.infer<typeof ZTitleGroupRule>;
export const ZTitleGroupScheme = z.object({
  'learning-technologist': ZTitleGroupRule,
  'other-technologist': ZTitleGroupRule,
  technology: ZTitleGroupRule,
  'learning-teaching-education': ZTitleGroupRule,
});
export type TTitleGroupScheme = z.infer<typeof ZTitleGroupScheme>;

export const ZTitleGroupSchemeView = z.object({
  scheme: ZTitleGroupScheme,
  /** true while the institution uses the built-in scheme. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type TTitleGroupSchemeView = z.infer<typeof ZTitleGroupSchemeView>;

export const ZClassifyBody = z.object({ title: z.unknown().optional() });
/** The most titles one batch request may carry. */
export const CLASSIFY_BATCH_MAX = 10_000;
export const ZClassifyBatchBody = z.object({
  titles: z
    .array(z.unknown(), { error: 'titles must be a list of job titles.' })
    .min(1, { error: 'titles is empty: give at least one job title.' })
    .max(CLASSIFY_BATCH_MAX, {
      error: `Too many titles: at most ${CLASSIFY_BATCH_MAX.toLocaleString('en')} per request. Split the list.`,
    }),
});
export const ZClassifyBatchResult = z.object({ results: z.array(ZTitleResult) });
export type TClassifyBatchResult = z.infer<typeof ZClassifyBatchResult>;
