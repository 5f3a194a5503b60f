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
  /** Let the institution's managers read this entry's reflection and evidence. */
  shared: z.boolean().optional(),
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
    shared: z.boolean().optional(),
    /** Send false to confirm a draft (an entry imported from a calendar). */
    draft: z.literal(false, { message: 'can only be set to false (confirm the draft)' }).optional(),
    tagIds: ZTagIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });

export const EVIDENCE_KINDS = ['file', 'link'] as const;

export const ZEvidence = z.object({
  id: ZId,
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  /** For links, the address; for files, where to download it (signed in). */
  url: z.string(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  createdAt: z.string(),
});
export type TEvidence = z.infer<typeof ZEvidence>;

export const ZCreateLinkEvidenceBody = z.object({
  url: z
    .url({
      protocol: /^https?$/,
      message: 'must be a web address starting with https:// or http://',
    })
    .max(2000, { message: 'must be at most 2,000 characters' }),
  title: z.string().trim().max(200, { message: 'must be at most 200 characters' }).optional(),
});

export const ZCpdEntry = z.object({
  id: ZId,
  date: z.string(),
  hours: z.number(),
  type: ZCpdType,
  title: z.string(),
  /** Markdown as written. */
  reflection: z.string().nullable(),
  /** The reflection rendered and sanitised on the server: safe to insert as HTML. */
  reflectionHtml: z.string().nullable(),
  timeKind: ZTimeKind.nullable(),
  significant: z.boolean(),
  shared: z.boolean(),
  /** Imported from a calendar and not yet confirmed: not counted in totals until confirmed. */
  draft: z.boolean(),
  tags: z.array(ZItemRef),
  evidence: z.array(ZEvidence),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCpdEntry = z.infer<typeof ZCpdEntry>;

const ZBool = z.enum(['true', 'false'], { message: 'must be true or false' });

export const ZCpdEntryQuery = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  type: ZCpdType.optional(),
  tagId: ZId.optional(),
  significant: ZBool.optional(),
  hasReflection: ZBool.optional(),
  hasEvidence: ZBool.optional(),
  draft: ZBool.optional(),
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

/** Curate many at once. Deleting returns the ids, and "restore" with them undoes it. */
export const BULK_ACTIONS = [
  'tag',
  'untag',
  'mark-significant',
  'unmark-significant',
  'share',
  'unshare',
  'confirm-drafts',
  'delete',
  'restore',
] as const;
export const ZBulkBody = z
  .object({
    action: z.enum(BULK_ACTIONS, { message: `must be one of: ${BULK_ACTIONS.join(', ')}` }),
    ids: z
      .array(ZId)
      .min(1, { message: 'choose at least one entry' })
      .max(1000, { message: 'at most 1,000 entries at a time' }),
    tagIds: ZTagIds.optional(),
  })
  .refine((b) => !['tag', 'untag'].includes(b.action) || (b.tagIds?.length ?? 0) > 0, {
    message: 'choose at least one framework item to tag or untag',
    path: ['tagIds'],
  });
export const ZBulkResult = z.object({
  action: z.enum(BULK_ACTIONS),
  /** The entries changed. One unknown id makes the whole request a 404 that changes nothing. */
  changed: z.number().int(),
  ids: z.array(ZId),
});

export const ZMarkdownPreviewBody = z.object({
  markdown: z.string().max(20_000, { message: 'must be at most 20,000 characters' }),
});
export const ZMarkdownPreview = z.object({ html: z.string() });

// ---- Goals and settings -------------------------------------------------------------------

export const GOAL_STATUSES = ['not-started', 'in-progress', 'achieved', 'dropped'] as const;
export const ZGoalStatus = z.enum(GOAL_STATUSES, {
  message: `must be one of: ${GOAL_STATUSES.join(', ')}`,
});
export const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const ZCreateGoalBody = z.object({
  title: ZTitle,
  notes: z
    .string()
    .max(5000, { message: 'must be at most 5,000 characters' })
    .nullable()
    .optional(),
  dueOn: ZDay.nullable().optional(),
  status: ZGoalStatus.default('not-started'),
  itemIds: ZTagIds.optional(),
});
export const ZUpdateGoalBody = z
  .object({
    title: ZTitle.optional(),
    notes: z
      .string()
      .max(5000, { message: 'must be at most 5,000 characters' })
      .nullable()
      .optional(),
    dueOn: ZDay.nullable().optional(),
    status: ZGoalStatus.optional(),
    itemIds: ZTagIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });

export const ZGoal = z.object({
  id: ZId,
  title: z.string(),
  notes: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: ZGoalStatus,
  items: z.array(ZItemRef),
  /** Entries tagged with any of the goal's items since the goal was set. */
  progress: z.object({ entries: z.number().int(), hours: z.number() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TGoal = z.infer<typeof ZGoal>;

/** Seed 004 advises 15-20 hours a year on emerging technology; 20 is the default. */
export const DEFAULT_TARGET_HOURS = 20;

export const ZCpdSettings = z.object({
  yearlyTargetHours: z.number(),
  /** Managers of the institution see hours by type and protected time (never reflections). */
  shareSummary: z.boolean(),
  /** Frameworks shown as coverage maps on the dashboard. */
  coverageFrameworkIds: z.array(ZId),
});
export type TCpdSettings = z.infer<typeof ZCpdSettings>;
export const ZUpdateCpdSettingsBody = z
  .object({
    yearlyTargetHours: z
      .number({ message: 'must be a number of hours, like 20' })
      .min(1, { message: 'must be at least 1 hour' })
      .max(1000, { message: 'must be at most 1,000 hours a year' })
      .multipleOf(0.5, { message: 'use whole or half hours' })
      .optional(),
    shareSummary: z.boolean().optional(),
    coverageFrameworkIds: z
      .array(ZId)
      .max(6, { message: 'choose at most 6 frameworks for the dashboard' })
      .optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one setting to change',
  });

// ---- Dashboard and summaries -------------------------------------------------------------

export const ZYearQuery = z.object({
  year: z.coerce
    .number({ message: 'must be a year like 2026' })
    .int({ message: 'must be a year like 2026' })
    .min(1970, { message: 'must be 1970 or later' })
    .max(2100, { message: 'must be 2100 or earlier' })
    .optional(),
});

export const ZHoursSummary = z.object({
  year: z.number().int(),
  targetHours: z.number(),
  hours: z.number(),
  entries: z.number().int(),
  byType: z.array(z.object({ type: ZCpdType, hours: z.number(), entries: z.number().int() })),
  /** Twelve months, January first; months without CPD have 0. */
  byMonth: z.array(z.object({ month: z.string(), hours: z.number() })),
  timeKind: z.object({ protected: z.number(), personal: z.number(), unspecified: z.number() }),
});
export type THoursSummary = z.infer<typeof ZHoursSummary>;

export const ZCoverageItem = z.object({
  id: ZId,
  parentId: ZId.nullable(),
  code: z.string().nullable(),
  title: z.string(),
  depth: z.number().int(),
  /** Entries tagged with this item or anything below it (all years). */
  entries: z.number().int(),
  hours: z.number(),
  /** Evidence attached to those entries. */
  evidence: z.number().int(),
});
export const ZCoverage = z.object({
  framework: z.object({ id: ZId, title: z.string(), version: z.string() }),
  items: z.array(ZCoverageItem),
  covered: z.number().int(),
  total: z.number().int(),
});
export type TCoverage = z.infer<typeof ZCoverage>;

export const ZCpdDashboard = z.object({
  summary: ZHoursSummary,
  coverage: z.array(ZCoverage),
  recent: z.array(ZCpdEntry),
  /** Open goals, overdue or due in the next 90 days first. */
  goalsDue: z.array(ZGoal),
  drafts: z.number().int(),
  settings: ZCpdSettings,
});
export type TCpdDashboard = z.infer<typeof ZCpdDashboard>;

export const ZTeamMemberSummary = z.object({
  userId: ZId,
  name: z.string(),
  /** Null when the person has not shared their summary. */
  summary: ZHoursSummary.nullable(),
  sharedEntries: z.number().int(),
});
export const ZTeamSummaries = z.object({
  year: z.number().int(),
  people: z.array(ZTeamMemberSummary),
});
/** What a manager may read of one person: the shared summary and entries shared one by one. */
export const ZTeamMemberDetail = z.object({
  userId: ZId,
  name: z.string(),
  summary: ZHoursSummary.nullable(),
  sharedEntries: z.array(ZCpdEntry),
});

// ---- Import and export ---------------------------------------------------------------------

/** The columns a CSV import understands; the first line names them (any order, any case). */
export const CSV_COLUMNS = [
  'date',
  'title',
  'hours',
  'type',
  'reflection',
  'time',
  'significant',
  'tags',
] as const;

export const ZCpdImportBody = z.object({
  /** The file's text (CSV or iCalendar). */
  text: z
    .string()
    .min(1, { message: 'the file is empty' })
    .max(5_000_000, { message: 'the file is larger than 5 MB: split it' }),
  /** preview: check only. valid: import the rows that passed. all: import everything or nothing. */
  mode: z.enum(['preview', 'valid', 'all'], { message: 'must be preview, valid or all' }),
});
export const ZCpdImportRow = z.object({
  /** Line number in the file (1 is the header for CSV). */
  line: z.number().int(),
  ok: z.boolean(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  hours: z.number().nullable(),
  type: z.string().nullable(),
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
  /** The framework items the row's tags resolved to. */
  tags: z.array(ZItemRef),
  /** iCalendar only: already imported before, skipped (ok is false, problems is empty). */
  duplicate: z.boolean().optional(),
});
export const ZCpdImportResult = z.object({
  mode: z.enum(['preview', 'valid', 'all']),
  rows: z.array(ZCpdImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** iCalendar events imported before: skipped, neither valid nor invalid. */
  duplicates: z.number().int(),
  imported: z.number().int(),
  /** About the file as a whole (unknown columns, recurring events cut short); nothing blocks. */
  warnings: z.array(z.string()),
});
export type TCpdImportResult = z.infer<typeof ZCpdImportResult>;

export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
export const ZExportQuery = ZCpdEntryQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(EXPORT_FORMATS, { message: 'must be csv, json or ics' }),
});
