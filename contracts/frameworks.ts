import { z } from 'zod';
import { ZId } from './common';

export const ZFrameworkStatus = z.enum(['draft', 'published']);

export const ZFrameworkLevel = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
});
export type TFrameworkLevel = z.infer<typeof ZFrameworkLevel>;

export const ZFrameworkSummary = z.object({
  id: ZId,
  /** The CASE CFDocument identifier. */
  identifier: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  creator: z.string(),
  description: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  language: z.string().nullable(),
  version: z.string(),
  versionNumber: z.number().int(),
  status: ZFrameworkStatus,
  /** Built-in frameworks belong to no institution and are read by everyone. */
  builtin: z.boolean(),
  /** Readable by other systems over the CASE REST binding. */
  isPublic: z.boolean(),
  itemCount: z.number().int(),
  levels: z.array(ZFrameworkLevel),
  lastChangeAt: z.string(),
  /** The latest published version of the same framework when this one is older. */
  newerVersion: z.object({ id: ZId, version: z.string() }).nullable(),
});
export type TFrameworkSummary = z.infer<typeof ZFrameworkSummary>;

export const ZFrameworkItem = z.object({
  id: ZId,
  identifier: z.string(),
  code: z.string().nullable(),
  title: z.string().nullable(),
  statement: z.string(),
  type: z.string().nullable(),
});
export type TFrameworkItem = z.infer<typeof ZFrameworkItem>;

export type TFrameworkNode = TFrameworkItem & { children: TFrameworkNode[] };
export const ZFrameworkNode: z.ZodType<TFrameworkNode> = ZFrameworkItem.extend({
  get children() {
    return z.array(ZFrameworkNode);
  },
});

export const ZFrameworkTree = z.object({
  framework: ZFrameworkSummary,
  items: z.array(ZFrameworkNode),
});
export type TFrameworkTree = z.infer<typeof ZFrameworkTree>;

export const ZItemRef = ZFrameworkItem.extend({
  framework: z.object({ id: ZId, title: z.string(), version: z.string() }),
});
export type TItemRef = z.infer<typeof ZItemRef>;

export const ZItemMapping = z.object({
  /** "outgoing": this item is the origin; "incoming": the other item points here. */
  direction: z.enum(['outgoing', 'incoming']),
  type: z.string(),
  rationale: z.string().nullable(),
  item: ZItemRef,
});
export type TItemMapping = z.infer<typeof ZItemMapping>;

export const ZItemDetail = z.object({
  item: ZItemRef,
  notes: z.string().nullable(),
  /** From the top of the tree down to the parent. */
  path: z.array(ZFrameworkItem),
  children: z.array(ZFrameworkItem),
  mappings: z.array(ZItemMapping),
});
export type TItemDetail = z.infer<typeof ZItemDetail>;

export const ZItemSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, { message: 'type at least 2 characters' })
    .max(200, { message: 'must be at most 200 characters' }),
  frameworkId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const ZItemSearchResults = z.object({ results: z.array(ZItemRef) });

export const ZImportProblem = z.object({ path: z.string(), message: z.string() });

export const ZImportPreview = z.object({
  /** False when the package cannot be imported; `problems` then says why, with JSON paths. */
  valid: z.boolean(),
  problems: z.array(ZImportProblem),
  warnings: z.array(z.string()),
  preview: z
    .object({
      title: z.string(),
      identifier: z.string(),
      creator: z.string(),
      publisher: z.string().nullable(),
      version: z.string().nullable(),
      description: z.string().nullable(),
      itemCount: z.number().int(),
      depth: z.number().int(),
      levels: z.array(ZFrameworkLevel),
      topLevel: z.array(
        z.object({
          identifier: z.string(),
          code: z.string().nullable(),
          title: z.string().nullable(),
          statement: z.string(),
          childCount: z.number().int(),
        }),
      ),
      associations: z.array(z.object({ type: z.string(), count: z.number().int() })),
    })
    .nullable(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z.object({
  framework: ZFrameworkSummary,
  warnings: z.array(z.string()),
});

/** A CASE package as JSON: checked by the import itself, so that problems come back with JSON paths. */
export const ZCasePackageBody = z.record(z.string(), z.unknown(), {
  message: 'must be a JSON object holding a CASE package (CFDocument, CFItems, CFAssociations)',
});

export const CASE_IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

// Writing an institution's own frameworks

const ZTitle = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(300, { message: 'must be at most 300 characters' });
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .nullable()
    .optional();

export const ZLevelsBody = z
  .array(
    z.object({
      code: z.string().trim().min(1, { message: 'is required' }).max(40),
      title: z.string().trim().min(1, { message: 'is required' }).max(120),
      description: ZOptionalText(1000),
    }),
  )
  .max(12, { message: 'at most 12 levels' });

export const ZCreateFrameworkBody = z.object({
  title: ZTitle,
  description: ZOptionalText(5000),
  publisher: ZOptionalText(300),
  levels: ZLevelsBody.optional(),
});

export const ZUpdateFrameworkBody = z
  .object({
    title: ZTitle.optional(),
    description: ZOptionalText(5000),
    publisher: ZOptionalText(300),
    sourceUrl: z.url({ message: 'must be a full web address' }).nullable().optional(),
    levels: ZLevelsBody.optional(),
    /** Offer the framework to other systems over the CASE REST binding (published versions only). */
    isPublic: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });

export const ZCopyFrameworkBody = z.object({ title: ZTitle.optional() });

export const ZPublishBody = z.object({
  version: z
    .string()
    .trim()
    .min(1, { message: 'is required: a label such as 2026 or 1.1' })
    .max(40),
});

export const ZCreateItemBody = z.object({
  parentId: ZId.nullable(),
  code: ZOptionalText(40),
  title: ZOptionalText(300),
  statement: z.string().trim().min(1, { message: 'is required: what the item means' }).max(10_000),
  type: ZOptionalText(80),
});

export const ZUpdateItemBody = z
  .object({
    code: ZOptionalText(40),
    title: ZOptionalText(300),
    statement: z.string().trim().min(1, { message: 'cannot be empty' }).max(10_000).optional(),
    type: ZOptionalText(80),
    /** Move under another item of the same framework (null: to the top level). */
    parentId: ZId.nullable().optional(),
    /** Place among its siblings, from 0. */
    position: z.number().int().min(0).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'send at least one field to change',
  });
