import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CLASSIFY_BATCH_MAX,
  TITLE_GROUPS,
  TITLE_MAX_LENGTH,
  type TTitleGroupScheme,
  type TTitleGroupSchemeView,
  ZClassifyBatchBody,
  ZClassifyBatchResult,
  ZClassifyBody,
  ZTitleClassification,
  ZTitleGroupScheme,
  ZTitleGroupSchemeView,
} from '../../../../contracts/classifier';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { requireMember } from '../../plugins/auth';
import { classifyTitle, DEFAULT_TITLE_GROUP_SCHEME, isTitleError } from './classifier';
import { tokenize } from './classifier/normalise';

/** The classifier over HTTP (single and batch) and the survey-group keyword scheme. */

const tags = ['careers'];
const member = { access: { kind: 'member' } } as const;
const managers = { access: { kind: 'member', roles: ['manager', 'admin'] } } as const;

/** 10,000 titles of 300 characters, each up to 4 bytes in UTF-8, with room for the JSON around them. */
export const CLASSIFY_BATCH_BODY_LIMIT = CLASSIFY_BATCH_MAX * TITLE_MAX_LENGTH * 4 + 512 * 1024;

/** The institution's scheme, or the built-in one when it never edited it. */
export async function groupScheme(db: Db, institutionId: string): Promise<TTitleGroupSchemeView> {
  const row = await db
    .selectFrom('title_group_schemes')
    .select(['scheme', 'updated_at'])
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!row) return { scheme: DEFAULT_TITLE_GROUP_SCHEME, isDefault: true, updatedAt: null };
  const parsed = ZTitleGroupScheme.safeParse(JSON.parse(row.scheme));
  // A scheme stored by an older version that no longer validates: fall back, never fail.
  if (!parsed.success)
    return { scheme: DEFAULT_TITLE_GROUP_SCHEME, isDefault: true, updatedAt: null };
  return { scheme: parsed.data, isDefault: false, updatedAt: row.updated_at };
}

/** Refuses a scheme whose keywords cannot match anything once normalised, or repeat. */
function checkScheme(scheme: TTitleGroupScheme): TTitleGroupScheme {
  const fields: { path: string; message: string }[] = [];
  const out = {} as TTitleGroupScheme;
  for (const g of TITLE_GROUPS) {
    const rule = scheme[g];
    const seen = new Set<string>();
    const keywords: string[] = [];
    rule.keywords.forEach((k, i) => {
      const norm = tokenize(k).join(' ');
      if (seen.has(norm))
        fields.push({
          path: `${g}.keywords.${i}`,
          message: `"${k}" repeats another keyword of this group once case and punctuation are ignored: remove one.`,
        });
      seen.add(norm);
      keywords.push(k.trim());
    });
    out[g] = { keywords, excludes: (rule.excludes ?? []).map((k) => k.trim()) };
  }
  if (fields.length)
    throw AppError.validation(fields, 'Some keywords repeat: see the highlighted fields.');
  return out;
}

export const classifierRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.post(
    '/api/careers/classify',
    {
      config: member,
      schema: {
        tags,
        summary:
          "Classify one job title: role family, seniority, career stage, seed 000's survey groups and the words that decided them",
        body: ZClassifyBody,
        response: { 200: ZTitleClassification },
      },
    },
    async (request) => {
      const m = requireMember(request);
      const { scheme } = await groupScheme(deps.db, m.institutionId);
      const r = classifyTitle(request.body.title, scheme);
      if (isTitleError(r))
        throw AppError.validation([{ path: 'title', message: r.error }], r.error);
      return r;
    },
  );

  app.post(
    '/api/careers/classify/batch',
    {
      config: member,
      bodyLimit: CLASSIFY_BATCH_BODY_LIMIT,
      schema: {
        tags,
        summary: `Classify up to ${CLASSIFY_BATCH_MAX.toLocaleString('en')} titles; results in the same order, a bad title gets an error in its place`,
        body: ZClassifyBatchBody,
        response: { 200: ZClassifyBatchResult },
      },
    },
    async (request) => {
      const m = requireMember(request);
      const { scheme } = await groupScheme(deps.db, m.institutionId);
      return { results: request.body.titles.map((t) => classifyTitle(t, scheme)) };
    },
  );

  app.get(
    '/api/careers/title-groups',
    {
      config: member,
      schema: {
        tags,
        summary:
          "The institution's survey-group keyword scheme, and whether it is the built-in one",
        response: { 200: ZTitleGroupSchemeView },
      },
    },
    async (request) => groupScheme(deps.db, requireMember(request).institutionId),
  );

  app.put(
    '/api/careers/title-groups',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Replace the survey-group keyword scheme (managers and administrators)',
        body: ZTitleGroupScheme,
        response: { 200: ZTitleGroupSchemeView },
      },
    },
    async (request) => {
      const m = requireMember(request);
      const scheme = checkScheme(request.body);
      const now = nowIso();
      const row = {
        scheme: JSON.stringify(scheme),
        updated_by: m.userId,
        updated_at: now,
      };
      await deps.db
        .insertInto('title_group_schemes')
        .values({ institution_id: m.institutionId, ...row })
        .onConflict((oc) => oc.column('institution_id').doUpdateSet(row))
        .execute();
      return { scheme, isDefault: false, updatedAt: now };
    },
  );

  app.delete(
    '/api/careers/title-groups',
    {
      config: managers,
      schema: {
        tags,
        summary:
          'Go back to the built-in survey-group keyword scheme (managers and administrators)',
        response: { 200: ZTitleGroupSchemeView },
      },
    },
    async (request) => {
      const m = requireMember(request);
      await deps.db
        .deleteFrom('title_group_schemes')
        .where('institution_id', '=', m.institutionId)
        .execute();
      return { scheme: DEFAULT_TITLE_GROUP_SCHEME, isDefault: true, updatedAt: null };
    },
  );
};
