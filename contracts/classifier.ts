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

/** One piece of evidence the classifier used: the words it matched and what they decided. */
export const ZTitleCue = z.object({
  /** The words as matched in the normalised title, e.g. "learning technologist". */
  text: z.string(),
  decides: z.enum(['family', 'seniority', 'group', 'ignored']),
  /** The family, seniority or group the words point to (or why they were ignored). */
  value: z.string(),
});
export type TTitleCue = z.infer<typeof ZTitleCue>;

/** What the classifier says about one title (the shape the CLI prints, one per line). */
export const ZTitleClassification = z.object({
  title: z.string(),
  family: ZRoleFamily,
  seniority: ZSeniority,
  stage: ZCareerStage,
  groups: z.array(ZTitleGroup),
  cues: z.array(ZTitleCue),
  /** The other role of a title that joins two ("Learning Designer and Casual Academic"). */
  secondary: z.object({ family: ZRoleFamily, seniority: ZSeniority }).nullable(),
});
export type TTitleClassification = z.infer<typeof ZTitleClassification>;
