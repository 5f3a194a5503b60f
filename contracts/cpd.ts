import { z } from 'zod';
import { ZId } from './common';
import { ZItemRef } from './frameworks';

/**
 * Kinds of CPD. The first eight are the peer-learning modes of the 2001 JISC study (seed
 * 002); the rest are the other ways learning technologists develop (product.md, module 2).
 */
export const CPD_TYPES = [
  'conference',
  'seminar',
  'think-tank',
  'peer-discussion',
  'skill-sharing',
  'discussion-list',
  'co-mentoring',
  'collaborative-problem-solving',
  'formal-study',
  'certification',
  'exploring-technology',
  'presenting',
  'publishing',
  'assessing-portfolio',
  'coaching',
  'other',
] as const;
export const ZCpdType = z.enum(CPD_TYPES, {
  message: `must be one of: ${CPD_TYPES.join(', ')}`,
});
export type TCpdType = z.infer<typeof ZCpdType>;

export const CPD_TYPE_LABELS: Record<TCpdType, string> = {
  conference: 'Conference',
  seminar: 'Seminar or webinar',
  'think-tank': 'Think-tank',
  'peer-discussion': 'Peer discussion',
  'skill-sharing': 'Skill-sharing session',
  'discussion-list': 'Discussion list or online community',
  'co-mentoring': 'Co-mentoring',
  'collaborative-problem-solving': 'Collaborative problem-solving',
  'formal-study': 'Formal study',
  certification: 'Certification',
  'exploring-technology': 'Exploring new technology',
  presenting: 'Presenting',
  publishing: 'Publishing',
  'assessing-portfolio': 'Assessing a portfolio',
  coaching: 'Coaching',
  other: 'Other',
};

/** Protected: work time the employer gives for development. Personal: the person's own time. */
export const ZTimeKind = z.enum(['protected', 'personal'], {
  message: 'must be protected (work time given for development) or personal (your own time)',
});

/** Calendar date, YYYY-MM-DD. */
const ZDay = z.iso.date({ message: 'must be a date like 2026-11-22' });

const ZHours = z
  .number({ message: 'must be a number of hours, like 1.5' })
  .positive({ message: 'must be more than 0' })
  .max(24, {
    message: 'cannot be more than 24 in one entry: split longer activities into one entry a day',
  })
  .multipleOf(0.05, { message: 'use at most two decimals (quarter hours are fine: 0.25)' });

const ZTitle = z
  .string()
  .trim()
  .min(1, { message: 'is required: say what you did in a few words' })
  .max(200, { message: 'must be at most 200 characters' });

const ZReflection = z
  .string()
  .max(20_000, { message: 'must be at most 20,000 characters' })
  .nullable();

const ZTagIds = z.array(ZId).max(50, { message: 'at most 50 framework items per entry' });

/** Quick capture needs only a title; the rest has sensible defaults (today, 1 hour, other). */
export const ZCreateCpdEntryBody = z.object({
  title: ZTitle,
  date: ZDay.optional(),
  hours: ZHours.default(1),
  type: ZCpdType.default('other'),
  reflection: ZReflection.optional(),
  timeKind: ZTimeKind.nullable().optional(),
  significant: z.boolean().optional(),
  tagIds: ZTagIds.optional(),
});
export type TCreateCpdEntryBody = z.input<typeof ZCreateCpdEntryBody>;

export const ZUpdateCpdEntryBody = z
  .object({
    title: ZTitle.optional(),
    date: ZDay.optional(),
    hours: ZHours.optional(),
    type: ZCpdType.optional(),
    reflection: ZReflection.optional(),
    timeKind: ZTimeKind.nullable().optional(),
    significant: z.boolean().optional(),
    tagIds: ZTagIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });

export const ZCpdEntry = z.object({
  id: ZId,
  date: z.string(),
  hours: z.number(),
  type: ZCpdType,
  title: z.string(),
  reflection: z.string().nullable(),
  timeKind: ZTimeKind.nullable(),
  significant: z.boolean(),
  tags: z.array(ZItemRef),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCpdEntry = z.infer<typeof ZCpdEntry>;

export const ZCpdEntryQuery = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  type: ZCpdType.optional(),
  tagId: ZId.optional(),
  significant: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Continue after this many entries (newest first). */
  offset: z.coerce.number().int().min(0).default(0),
});

export const ZCpdEntryPage = z.object({
  entries: z.array(ZCpdEntry),
  total: z.number().int(),
  totalHours: z.number(),
});
