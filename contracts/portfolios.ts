import { z } from 'zod';
import { ZId } from './common';
import { ZItemRef } from './frameworks';

/**
 * Portfolios for accreditation (module 3). A template is data: its sections say what each
 * needs (the three things CMALT assessors judge: description, evidence, reflection), the
 * framework items it is about, word guidance, and any scheme rule (core area 3's legislative
 * areas, core area 4's two examples, a named specialist area).
 */

export const SECTION_PARTS = ['description', 'evidence', 'reflection'] as const;
export const ZSectionPart = z.enum(SECTION_PARTS);

const ZWords = z
  .object({
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).optional(),
  })
  .nullable();

/** A template's section, as stored in the template's spec. */
export const ZTemplateSectionSpec = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: 'use lower-case letters, digits and dashes' }),
  title: z.string().trim().min(1).max(200),
  guidance: z.string().max(4000),
  /** Which of description, evidence and reflection the section must have. */
  parts: z.array(ZSectionPart).min(1),
  words: ZWords.optional(),
  /** Framework items the section is about, as "<framework builtin key> <code>" or an item id. */
  items: z.array(z.string()).max(40).optional(),
  /** At least this many pieces of evidence (CMALT core area 4: two examples). */
  minEvidence: z.number().int().min(0).max(50).optional(),
  /** Things the candidate must name, e.g. the legislative areas of CMALT core area 3. */
  declarations: z
    .object({
      label: z.string().max(200),
      hint: z.string().max(1000),
      min: z.number().int().min(1).max(10),
      suggestions: z.array(z.string().max(100)).max(30).optional(),
    })
    .optional(),
  /** The candidate gives the section its own name (a specialist area). */
  named: z.boolean().optional(),
  optional: z.boolean().optional(),
});
export type TTemplateSectionSpec = z.infer<typeof ZTemplateSectionSpec>;

export const ZTemplateSpec = z.object({
  /** The framework whose coverage the portfolio shows (a built-in key or a framework id). */
  framework: z.string().nullable(),
  /** Word guidance for the whole portfolio. */
  words: ZWords.optional(),
  /** For reviews: the portfolio adds these sections to an existing one of these templates. */
  extends: z.array(z.string()).optional(),
  sections: z.array(ZTemplateSectionSpec).min(1).max(60),
});
export type TTemplateSpec = z.infer<typeof ZTemplateSpec>;

/** An institution's own template: its sections and rules, as data. */
export const ZCreateTemplateBody = z.object({
  title: z.string().trim().min(1, { message: 'is required' }).max(200),
  scheme: z.string().trim().min(1, { message: 'is required' }).max(200),
  description: z.string().trim().max(2000).default(''),
  spec: ZTemplateSpec,
});

export const ZTemplateSection = ZTemplateSectionSpec.omit({ items: true }).extend({
  items: z.array(ZItemRef),
});

export const ZTemplateSummary = z.object({
  id: ZId,
  key: z.string().nullable(),
  title: z.string(),
  scheme: z.string(),
  description: z.string(),
  builtin: z.boolean(),
  sections: z.number().int(),
  /** Keys of templates this one extends (a review is added to an existing portfolio). */
  extends: z.array(z.string()),
});
export type TTemplateSummary = z.infer<typeof ZTemplateSummary>;

export const ZTemplate = ZTemplateSummary.extend({
  frameworkId: ZId.nullable(),
  words: ZWords,
  sectionSpecs: z.array(ZTemplateSection),
});
export type TTemplate = z.infer<typeof ZTemplate>;

// ---- Evidence --------------------------------------------------------------------------------

export const EVIDENCE_SOURCES = ['cpd', 'file', 'url'] as const;
export const ZLinkCheck = z.object({
  status: z.enum(['unchecked', 'ok', 'broken']),
  detail: z.string().nullable(),
  checkedAt: z.string().nullable(),
});

export const ZPortfolioEvidence = z.object({
  id: ZId,
  kind: z.enum(EVIDENCE_SOURCES),
  title: z.string(),
  /** A link's address, a file's download address, or the CPD entry's page. */
  url: z.string(),
  note: z.string().nullable(),
  cpdEntry: z
    .object({
      id: ZId,
      title: z.string(),
      date: z.string(),
      hours: z.number(),
      type: z.string(),
      reflectionHtml: z.string().nullable(),
    })
    .nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  link: ZLinkCheck.nullable(),
});
export type TPortfolioEvidence = z.infer<typeof ZPortfolioEvidence>;

export const ZAddEvidenceBody = z
  .object({
    cpdEntryId: ZId.optional(),
    url: z
      .url({
        protocol: /^https?$/,
        message: 'must be a web address starting with https:// or http://',
      })
      .max(2000)
      .optional(),
    /** Reuse a piece of evidence already in your library (from another section or portfolio). */
    evidenceId: ZId.optional(),
    title: z.string().trim().max(200).optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .refine((b) => [b.cpdEntryId, b.url, b.evidenceId].filter(Boolean).length === 1, {
    message: 'give exactly one of cpdEntryId, url or evidenceId',
  });

// ---- Sections and portfolios -----------------------------------------------------------------

export const ZWordCount = z.object({
  description: z.number().int(),
  reflection: z.number().int(),
  total: z.number().int(),
});

export const ZSection = z.object({
  id: ZId,
  key: z.string(),
  title: z.string(),
  customTitle: z.string().nullable(),
  guidance: z.string(),
  parts: z.array(ZSectionPart),
  position: z.number().int(),
  description: z.string(),
  reflection: z.string(),
  descriptionHtml: z.string().nullable(),
  reflectionHtml: z.string().nullable(),
  declarations: z.array(z.string()),
  evidence: z.array(ZPortfolioEvidence),
  words: ZWordCount,
  /** Send it back when saving: a save against an older revision is refused, not merged. */
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type TSection = z.infer<typeof ZSection>;

export const ZUpdateSectionBody = z
  .object({
    revision: z.number().int().min(0),
    customTitle: z.string().trim().max(200).nullable().optional(),
    description: z.string().max(100_000).optional(),
    reflection: z.string().max(100_000).optional(),
    declarations: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  })
  .refine(
    (b) =>
      [b.customTitle, b.description, b.reflection, b.declarations].some((v) => v !== undefined),
    { message: 'send at least one field to change' },
  );

export const COMPLETENESS_KINDS = [
  'missing-description',
  'missing-evidence',
  'missing-reflection',
  'too-few-evidence',
  'missing-declarations',
  'unnamed',
  'broken-link',
  'words-under',
  'words-over',
] as const;

export const ZCompletenessProblem = z.object({
  sectionId: ZId.nullable(),
  sectionKey: z.string().nullable(),
  kind: z.enum(COMPLETENESS_KINDS),
  /** Errors stop a submission; warnings are advice (word counts, links not yet checked). */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export const ZCompleteness = z.object({
  ready: z.boolean(),
  errors: z.number().int(),
  warnings: z.number().int(),
  problems: z.array(ZCompletenessProblem),
  words: z.object({
    total: z.number().int(),
    min: z.number().int().nullable(),
    max: z.number().int().nullable(),
  }),
});
export type TCompleteness = z.infer<typeof ZCompleteness>;

export const PORTFOLIO_STATUSES = ['draft', 'submitted'] as const;

export const ZPortfolioSummary = z.object({
  id: ZId,
  title: z.string(),
  status: z.enum(PORTFOLIO_STATUSES),
  template: z.object({ id: ZId, title: z.string(), scheme: z.string() }),
  owner: z.object({ userId: ZId, name: z.string() }),
  /** Whether the caller owns it (shared portfolios are read-only to others). */
  mine: z.boolean(),
  sections: z.number().int(),
  errors: z.number().int(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type TPortfolioSummary = z.infer<typeof ZPortfolioSummary>;

export const ZCoverageCell = z.object({
  item: ZItemRef,
  /** Evidence pieces in the portfolio tagged (through their CPD entries) with this item. */
  evidence: z.number().int(),
  /** Sections whose template names this item. */
  sections: z.array(z.string()),
});

export const ZPortfolio = ZPortfolioSummary.extend({
  templateSpec: ZTemplate,
  sectionList: z.array(ZSection),
  completeness: ZCompleteness,
  coverage: z.array(ZCoverageCell),
  createdAt: z.string(),
});
export type TPortfolio = z.infer<typeof ZPortfolio>;

export const ZCreatePortfolioBody = z.object({
  templateId: ZId,
  title: z.string().trim().min(1).max(200).optional(),
  /** Reviews: the portfolio to review (its sections are carried over). */
  basePortfolioId: ZId.optional(),
});

export const ZUpdatePortfolioBody = z.object({
  title: z.string().trim().min(1, { message: 'is required' }).max(200),
});

// ---- Versions --------------------------------------------------------------------------------

export const ZPortfolioVersion = z.object({
  id: ZId,
  /** snapshot: named by the author; submitted: frozen when the portfolio was submitted. */
  kind: z.enum(['snapshot', 'submitted']),
  name: z.string(),
  createdAt: z.string(),
});
export const ZCreateVersionBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'give the snapshot a name, e.g. "Before mentor feedback"' })
    .max(120),
});
/** A section compared between a version and the current draft. */
export const ZSectionDiff = z.object({
  key: z.string(),
  title: z.string(),
  change: z.enum(['unchanged', 'changed', 'added', 'removed']),
  /** Which parts differ. */
  parts: z.array(z.enum(['title', 'description', 'reflection', 'declarations', 'evidence'])),
  before: ZSection.nullable(),
  after: ZSection.nullable(),
});
export const ZVersionComparison = z.object({
  version: ZPortfolioVersion,
  sections: z.array(ZSectionDiff),
});
/** One save of a section, as it was written. */
export const ZSectionRevision = z.object({
  revision: z.number().int(),
  customTitle: z.string().nullable(),
  description: z.string(),
  reflection: z.string(),
  declarations: z.array(z.string()),
  savedAt: z.string(),
});

// ---- Sharing -----------------------------------------------------------------------------------

export const ZPortfolioShare = z.object({
  id: ZId,
  kind: z.enum(['user', 'link']),
  /** For people: who. */
  user: z.object({ userId: ZId, name: z.string(), email: z.string() }).nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  /** For links: the address, shown once when the link is created (only a hash is kept). */
  url: z.string().nullable(),
});
export const ZCreateShareBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: ZId, expiresAt: z.iso.date().nullable().optional() }),
  z.object({
    kind: z.literal('link'),
    /** Secret links always expire: at most a year ahead. */
    expiresAt: z.iso.date({ message: 'must be a date like 2026-12-31' }),
  }),
]);

/** What the page behind a secret link shows: the portfolio, read-only, and nobody else's data. */
export const ZSharedPortfolio = ZPortfolio.omit({ mine: true, owner: true }).extend({
  owner: z.object({ name: z.string() }),
  /** When the link stops working. */
  expiresAt: z.string(),
});

/** A web link's check, after POST /api/portfolios/:id/check-links. */
export const ZLinkCheckResult = z.object({
  id: ZId,
  title: z.string(),
  url: z.string(),
  link: ZLinkCheck,
});

// ---- Export ------------------------------------------------------------------------------------

export const PORTFOLIO_EXPORT_FORMATS = ['html', 'pdf', 'zip', 'markdown'] as const;
export const ZPortfolioExportQuery = z.object({
  format: z.enum(PORTFOLIO_EXPORT_FORMATS, { message: 'must be html, pdf, zip or markdown' }),
  /** ZIP: evidence files to link to instead of embedding (to stay under the scheme's limit). */
  link: z
    .union([ZId, z.array(ZId)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});
