import { z } from 'zod';
import { ZEmail, ZId } from './common';

/**
 * Peer review and accreditation (module 4). An institution (or a professional body hosted as an
 * institution) runs a scheme; candidates submit a frozen portfolio version; an intake check runs
 * first; a coordinator assigns a lead and a second assessor; both judge every section; the lead
 * records the decision; a pass issues a credential.
 */

const ZDay = z.iso.date({ message: 'must be a date like 2026-11-22' });

// ---- Enums with labels -------------------------------------------------------------------------

export const SCHEME_OPEN_TO = ['institution', 'any-institution'] as const;
export const ZSchemeOpenTo = z.enum(SCHEME_OPEN_TO, {
  message: 'must be institution (members of the running institution) or any-institution',
});
export const SCHEME_OPEN_TO_LABELS: Record<(typeof SCHEME_OPEN_TO)[number], string> = {
  institution: 'Members of this institution',
  'any-institution': 'Anyone on this Cairn server',
};

export const SUBMISSION_MODES = ['rolling', 'windows'] as const;
export const ZSubmissionMode = z.enum(SUBMISSION_MODES, {
  message: 'must be rolling (any time) or windows (only within submission windows)',
});
export const SUBMISSION_MODE_LABELS: Record<(typeof SUBMISSION_MODES)[number], string> = {
  rolling: 'Rolling: submit at any time',
  windows: 'Submission windows',
};

export const SCHEME_STATUSES = ['active', 'archived'] as const;
export const ZSchemeStatus = z.enum(SCHEME_STATUSES, { message: 'must be active or archived' });

export const SUBMISSION_KINDS = ['first', 'resubmission', 'review'] as const;
export const ZSubmissionKind = z.enum(SUBMISSION_KINDS, {
  message:
    'must be first (a first submission), resubmission (after a referral) or review (the periodic review of a credential)',
});
export type TSubmissionKind = z.infer<typeof ZSubmissionKind>;
export const SUBMISSION_KIND_LABELS: Record<TSubmissionKind, string> = {
  first: 'First submission',
  resubmission: 'Resubmission after referral',
  review: 'Periodic review',
};

export const SUBMISSION_STATES = [
  'intake-failed',
  'awaiting-assignment',
  'in-assessment',
  'awaiting-decision',
  'referred',
  'passed',
  'failed',
  'withdrawn',
] as const;
export const ZSubmissionState = z.enum(SUBMISSION_STATES);
export type TSubmissionState = z.infer<typeof ZSubmissionState>;
export const SUBMISSION_STATE_LABELS: Record<TSubmissionState, string> = {
  'intake-failed': 'Intake check failed',
  'awaiting-assignment': 'Awaiting assessors',
  'in-assessment': 'In assessment',
  'awaiting-decision': 'Awaiting decision',
  referred: 'Referred: changes required',
  passed: 'Passed',
  failed: 'Not passed',
  withdrawn: 'Withdrawn',
};
/** States in which nothing more happens to a submission. */
export const CLOSED_STATES: readonly TSubmissionState[] = [
  'intake-failed',
  'referred',
  'passed',
  'failed',
  'withdrawn',
];

export const OUTCOMES = ['pass', 'referral', 'fail'] as const;
export const ZOutcome = z.enum(OUTCOMES, { message: 'must be pass, referral or fail' });
export type TOutcome = z.infer<typeof ZOutcome>;
export const OUTCOME_LABELS: Record<TOutcome, string> = {
  pass: 'Pass',
  referral: 'Referral: changes required',
  fail: 'Fail',
};

export const JUDGEMENT_VALUES = ['met', 'not-yet'] as const;
export const ZJudgementValue = z.enum(JUDGEMENT_VALUES, { message: 'must be met or not-yet' });
export const JUDGEMENT_VALUE_LABELS: Record<(typeof JUDGEMENT_VALUES)[number], string> = {
  met: 'Met',
  'not-yet': 'Not yet met',
};

export const JUDGEMENT_STATUSES = ['draft', 'submitted'] as const;
export const ZJudgementStatus = z.enum(JUDGEMENT_STATUSES);

export const ASSESSOR_ROLES = ['lead', 'second'] as const;
export const ZAssessorRole = z.enum(ASSESSOR_ROLES);
export const ASSESSOR_ROLE_LABELS: Record<(typeof ASSESSOR_ROLES)[number], string> = {
  lead: 'Lead assessor',
  second: 'Second assessor',
};

/** Completed assessments as second assessor (counted plus recorded) that make someone lead-eligible. */
export const LEAD_ELIGIBLE_AFTER = 3;

// ---- Schemes -----------------------------------------------------------------------------------

export const ZSubmissionWindow = z
  .object({ opensOn: ZDay, closesOn: ZDay })
  .refine((w) => w.opensOn <= w.closesOn, {
    message: 'a window must close on or after the day it opens',
    path: ['closesOn'],
  });
export type TSubmissionWindow = z.infer<typeof ZSubmissionWindow>;

export const ZAchievement = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'is required: the name of the award, e.g. "CMALT"' })
    .max(200),
  description: z
    .string()
    .trim()
    .min(1, { message: 'is required: say what holding the award means' })
    .max(4000),
  criteriaNarrative: z
    .string()
    .trim()
    .min(1, { message: 'is required: say what a candidate must show to pass' })
    .max(8000),
  /** The framework the achievement aligns with (usually the accepted template's framework). */
  frameworkId: ZId.nullable(),
  /** Open Badges 3.0 achievementType, e.g. Certificate. */
  achievementType: z.string().trim().min(1).max(60).default('Certificate'),
});
export type TAchievement = z.infer<typeof ZAchievement>;

export const ZStateCounts = z.record(z.string(), z.number().int());

export const ZScheme = z.object({
  id: ZId,
  institutionId: ZId,
  institutionName: z.string(),
  name: z.string(),
  description: z.string(),
  /** Portfolio templates the scheme accepts (resolved ids). */
  acceptedTemplateIds: z.array(ZId),
  acceptedTemplates: z.array(z.object({ id: ZId, title: z.string() })),
  openTo: ZSchemeOpenTo,
  submissionMode: ZSubmissionMode,
  windows: z.array(ZSubmissionWindow),
  /** Whether a submission made today would be accepted (rolling, or within a window). */
  openNow: z.boolean(),
  turnaroundDays: z.number().int(),
  assessorDaysToJudge: z.number().int(),
  showAssessorNames: z.boolean(),
  /** Years until a credential's periodic review is due; null: no review. */
  reviewIntervalYears: z.number().int().nullable(),
  achievement: ZAchievement,
  status: ZSchemeStatus,
  /** How the caller relates to the scheme. */
  my: z.object({ coordinator: z.boolean(), assessor: z.boolean(), candidate: z.boolean() }),
  /** Coordinators only: submissions by state. */
  counts: ZStateCounts.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TScheme = z.infer<typeof ZScheme>;

const ZSchemeName = z
  .string()
  .trim()
  .min(2, { message: 'must be at least 2 characters' })
  .max(160, { message: 'must be at most 160 characters' });

const schemeFields = {
  name: ZSchemeName,
  description: z.string().trim().max(4000).default(''),
  /** Template ids, or built-in template keys such as "cmalt". */
  acceptedTemplateIds: z
    .array(z.string().trim().min(1).max(80))
    .min(1, { message: 'accept at least one portfolio template' })
    .max(20),
  openTo: ZSchemeOpenTo.default('institution'),
  submissionMode: ZSubmissionMode.default('rolling'),
  windows: z.array(ZSubmissionWindow).max(40).default([]),
  turnaroundDays: z
    .number({ message: 'must be a number of days' })
    .int({ message: 'must be a whole number of days' })
    .min(7, { message: 'must be at least 7 days' })
    .max(730, { message: 'must be at most 730 days' })
    .default(91),
  assessorDaysToJudge: z
    .number({ message: 'must be a number of days' })
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(365, { message: 'must be at most 365 days' })
    .default(28),
  showAssessorNames: z.boolean().default(false),
  reviewIntervalYears: z
    .number({ message: 'must be a number of years, or null for no review' })
    .int({ message: 'must be a whole number of years' })
    .min(1, { message: 'must be at least 1 year' })
    .max(10, { message: 'must be at most 10 years' })
    .nullable()
    .default(3),
  achievement: ZAchievement,
};

const windowsRule = (b: { submissionMode?: string; windows?: unknown[] }) =>
  b.submissionMode !== 'windows' || (b.windows?.length ?? 0) > 0;
const windowsMessage = {
  message: 'add at least one submission window, or choose rolling submission',
  path: ['windows'],
};

export const ZCreateSchemeBody = z.object(schemeFields).refine(windowsRule, windowsMessage);
export type TCreateSchemeBody = z.input<typeof ZCreateSchemeBody>;

export const ZUpdateSchemeBody = z
  .object({
    name: ZSchemeName.optional(),
    description: z.string().trim().max(4000).optional(),
    acceptedTemplateIds: schemeFields.acceptedTemplateIds.optional(),
    openTo: ZSchemeOpenTo.optional(),
    submissionMode: ZSubmissionMode.optional(),
    windows: z.array(ZSubmissionWindow).max(40).optional(),
    turnaroundDays: z.number().int().min(7).max(730).optional(),
    assessorDaysToJudge: z.number().int().min(1).max(365).optional(),
    showAssessorNames: z.boolean().optional(),
    reviewIntervalYears: z.number().int().min(1).max(10).nullable().optional(),
    achievement: ZAchievement.optional(),
    status: ZSchemeStatus.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });
export type TUpdateSchemeBody = z.input<typeof ZUpdateSchemeBody>;

export const ZSchemeList = z.object({ schemes: z.array(ZScheme) });

// ---- Scheme people -----------------------------------------------------------------------------

export const ZSchemeAssessor = z.object({
  userId: ZId,
  name: z.string(),
  email: z.string(),
  institutionName: z.string().nullable(),
  active: z.boolean(),
  /** Completed assessments as second assessor, counted across every scheme on this server. */
  completedAsSecond: z.number().int(),
  completedAsLead: z.number().int(),
  /** Experience recorded by a coordinator (assessments done before Cairn). */
  priorSecondAssessments: z.number().int(),
  /** completedAsSecond + priorSecondAssessments >= 3. */
  leadEligible: z.boolean(),
  /** Assignments not yet judged by this assessor. */
  activeAssignments: z.number().int(),
  addedAt: z.string(),
});
export type TSchemeAssessor = z.infer<typeof ZSchemeAssessor>;

const ZPrior = z
  .number({ message: 'must be a number of assessments' })
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'cannot be negative' })
  .max(500, { message: 'must be at most 500' });

export const ZAddAssessorBody = z.object({
  email: ZEmail,
  priorSecondAssessments: ZPrior.default(0),
});
export const ZUpdateAssessorBody = z
  .object({ priorSecondAssessments: ZPrior.optional(), active: z.boolean().optional() })
  .refine((b) => b.priorSecondAssessments !== undefined || b.active !== undefined, {
    message: 'send priorSecondAssessments or active',
  });
export const ZSchemeAssessorList = z.object({ assessors: z.array(ZSchemeAssessor) });

export const ZSchemeCoordinator = z.object({
  userId: ZId,
  name: z.string(),
  email: z.string(),
  /** 'role': an admin or manager of the scheme's institution; 'named': added to this scheme. */
  source: z.enum(['role', 'named']),
});
export type TSchemeCoordinator = z.infer<typeof ZSchemeCoordinator>;
export const ZAddCoordinatorBody = z.object({ email: ZEmail });
export const ZSchemeCoordinatorList = z.object({ coordinators: z.array(ZSchemeCoordinator) });

export const ZSchemeParams = z.object({ id: ZId });
export const ZSchemePersonParams = z.object({ id: ZId, userId: ZId });

// ---- Submissions -------------------------------------------------------------------------------

export const ZIntakeProblem = z.object({
  sectionKey: z.string().nullable(),
  message: z.string(),
});
export const ZIntake = z.object({
  passed: z.boolean(),
  checkedAt: z.string(),
  problems: z.array(ZIntakeProblem),
});

export const ZSubmissionAssessor = z.object({
  userId: ZId.nullable(),
  /** Null for the candidate unless the scheme shows assessor names. */
  name: z.string().nullable(),
  judgementSubmittedAt: z.string().nullable(),
  /** The day this assessor's judgement is due. */
  judgeBy: z.string().nullable(),
});

export const ZDecision = z.object({
  outcome: ZOutcome,
  changesRequired: z.string().nullable(),
  feedback: z.string(),
  decidedAt: z.string(),
  /** A decision on a resubmission after referral is final (pass or fail). */
  final: z.boolean(),
});
export type TDecision = z.infer<typeof ZDecision>;

export const ZHistoryEvent = z.object({
  at: z.string(),
  event: z.string(),
  /** Who did it; null when hidden from the caller or done by Cairn. */
  actor: z.string().nullable(),
});

export const ZSubmission = z.object({
  id: ZId,
  schemeId: ZId,
  schemeName: z.string(),
  candidate: z.object({ userId: ZId, name: z.string(), institutionName: z.string().nullable() }),
  portfolioId: ZId,
  portfolioVersionId: ZId,
  portfolioTitle: z.string(),
  kind: ZSubmissionKind,
  previousSubmissionId: ZId.nullable(),
  state: ZSubmissionState,
  submittedAt: z.string(),
  /** submittedAt + the scheme's turnaround target. */
  dueOn: z.string(),
  ageDays: z.number().int(),
  /** Past the turnaround target without a decision. */
  overdue: z.boolean(),
  intake: ZIntake,
  /** Conflicts the candidate nominated (visible to the candidate and coordinators). */
  conflicts: z.object({ userIds: z.array(ZId), sameInstitution: z.boolean() }).nullable(),
  assessors: z.object({
    lead: ZSubmissionAssessor.nullable(),
    second: ZSubmissionAssessor.nullable(),
  }),
  decision: ZDecision.nullable(),
  credentialId: z.string().nullable(),
  history: z.array(ZHistoryEvent),
  /** How the caller relates to it. */
  my: z.object({
    candidate: z.boolean(),
    coordinator: z.boolean(),
    role: ZAssessorRole.nullable(),
  }),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZCreateSubmissionBody = z
  .object({
    schemeId: ZId,
    portfolioId: ZId,
    kind: ZSubmissionKind.default('first'),
    /** Resubmission: the referred submission. Review: the passed one (optional; the latest pass is used). */
    previousSubmissionId: ZId.optional(),
    /** People who must not assess this submission (a line manager, a close colleague). */
    conflictUserIds: z.array(ZId).max(20).default([]),
    /** No assessor from the candidate's own institution. */
    conflictSameInstitution: z.boolean().default(false),
  })
  .refine((b) => b.kind !== 'resubmission' || b.previousSubmissionId !== undefined, {
    message: 'a resubmission names the referred submission it answers (previousSubmissionId)',
    path: ['previousSubmissionId'],
  });
export type TCreateSubmissionBody = z.input<typeof ZCreateSubmissionBody>;

export const ZAssignBody = z
  .object({ leadUserId: ZId, secondUserId: ZId })
  .refine((b) => b.leadUserId !== b.secondUserId, {
    message: 'the lead and the second assessor must be two different people',
    path: ['secondUserId'],
  });

/** A submission as an assessor sees it in their list. */
export const ZAssignment = z.object({
  submissionId: ZId,
  schemeId: ZId,
  schemeName: z.string(),
  /** The candidate's name (assessors judge a named portfolio). */
  candidateName: z.string(),
  portfolioTitle: z.string(),
  kind: ZSubmissionKind,
  state: ZSubmissionState,
  role: ZAssessorRole,
  assignedAt: z.string(),
  judgeBy: z.string(),
  overdue: z.boolean(),
  judgementStatus: z.enum(['not-started', 'draft', 'submitted']),
  judgementSubmittedAt: z.string().nullable(),
  decision: ZDecision.nullable(),
});
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZCoordinatingSummary = z.object({
  schemeId: ZId,
  name: z.string(),
  openCount: z.number().int(),
  overdueCount: z.number().int(),
});

/** Where the person is an assessor: their counts and whether they may lead, per scheme. */
export const ZAssessorStanding = z.object({
  schemeId: ZId,
  schemeName: z.string(),
  completedAsSecond: z.number().int(),
  completedAsLead: z.number().int(),
  /** Assessments as second done before Cairn, recorded by the scheme's coordinators. */
  priorSecondAssessments: z.number().int(),
  leadEligible: z.boolean(),
});
export type TAssessorStanding = z.infer<typeof ZAssessorStanding>;

export const ZSubmissionLists = z.object({
  asCandidate: z.array(ZSubmission),
  asAssessor: z.array(ZAssignment),
  coordinating: z.array(ZCoordinatingSummary),
  standing: z.array(ZAssessorStanding),
});

export const ZSchemeDashboard = z.object({
  counts: ZStateCounts,
  /** Past the turnaround target first (oldest first), then by age. */
  submissions: z.array(ZSubmission),
});
export type TSchemeDashboard = z.infer<typeof ZSchemeDashboard>;

export const ZSubmissionParams = z.object({ id: ZId });
export const ZSubmissionEvidenceParams = z.object({ id: ZId, evidenceId: ZId });

export const ZWithdrawBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .optional();

// ---- The frozen portfolio version ---------------------------------------------------------------

export const ZReviewEvidence = z.object({
  id: ZId,
  kind: z.enum(['cpd', 'file', 'url']),
  title: z.string(),
  /** For links: the address; for files: the review download route. */
  url: z.string().nullable(),
  note: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  cpdEntry: z
    .object({
      title: z.string(),
      date: z.string(),
      hours: z.number(),
      type: z.string(),
      reflectionHtml: z.string().nullable(),
    })
    .nullable(),
});
export const ZReviewSection = z.object({
  key: z.string(),
  title: z.string(),
  guidance: z.string(),
  parts: z.array(z.enum(['description', 'evidence', 'reflection'])),
  descriptionHtml: z.string(),
  reflectionHtml: z.string(),
  declarations: z.array(z.string()),
  evidence: z.array(ZReviewEvidence),
});
export const ZReviewPortfolio = z.object({
  submissionId: ZId,
  title: z.string(),
  templateTitle: z.string(),
  candidateName: z.string(),
  frozenAt: z.string(),
  sections: z.array(ZReviewSection),
});
export type TReviewPortfolio = z.infer<typeof ZReviewPortfolio>;

// ---- Judgements -------------------------------------------------------------------------------

export const ZJudgementSection = z.object({
  sectionKey: z.string().min(1).max(60),
  sectionTitle: z.string().max(200).default(''),
  description: ZJudgementValue.nullable().default(null),
  evidence: ZJudgementValue.nullable().default(null),
  reflection: ZJudgementValue.nullable().default(null),
  comment: z.string().max(8000).default(''),
});

export const ZJudgement = z.object({
  id: ZId,
  submissionId: ZId,
  role: ZAssessorRole,
  /** Null when the caller may not see who wrote it. */
  assessorName: z.string().nullable(),
  sections: z.array(ZJudgementSection),
  overallFeedback: z.string(),
  recommendation: ZOutcome.nullable(),
  status: ZJudgementStatus,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TJudgement = z.infer<typeof ZJudgement>;

export const ZJudgementBody = z.object({
  sections: z.array(ZJudgementSection).max(60).default([]),
  overallFeedback: z.string().max(20000).default(''),
  recommendation: ZOutcome.nullable().default(null),
});
export type TJudgementBody = z.input<typeof ZJudgementBody>;

export const ZJudgements = z.object({
  mine: ZJudgement.nullable(),
  /** Empty until both assessors have submitted (for the candidate: until the decision). */
  others: z.array(ZJudgement),
});

export const ZDecisionBody = z
  .object({
    outcome: ZOutcome,
    changesRequired: z.string().trim().max(20000).optional(),
    feedback: z
      .string()
      .trim()
      .min(1, { message: 'is required: write the feedback the candidate will read' })
      .max(20000),
  })
  .refine((b) => b.outcome !== 'referral' || (b.changesRequired ?? '').length > 0, {
    message: 'a referral says which changes are required',
    path: ['changesRequired'],
  });
export type TDecisionBody = z.input<typeof ZDecisionBody>;

// ---- Notifications ------------------------------------------------------------------------------

export const ZNotification = z.object({
  id: ZId,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path inside Cairn: /reviews/submissions/<id> (a submission), /reviews/schemes/<id> (a scheme's dashboard). */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;
export const ZNotificationList = z.object({
  notifications: z.array(ZNotification),
  unread: z.number().int(),
});
export const ZNotificationParams = z.object({ id: ZId });
