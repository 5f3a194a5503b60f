import { v5 as uuidv5 } from 'uuid';
import { ZTemplateSpec } from '../../../../../contracts/portfolios';
import type { Db } from '../../../db/connect';
import { nowIso } from '../../../lib/time';
import { BUILTIN_FRAMEWORKS } from '../../frameworks/builtin';
import { builtinItemIdentifier } from '../../frameworks/builtin/sync';
import type { BuiltinTemplate } from './types';

/** Namespace of built-in template ids (fixed forever: portfolios point at them). */
const TEMPLATE_NAMESPACE = '0b3f4c1e-8d2a-4e7b-9c55-3a1d2e6f7b80';
export const builtinTemplateId = (key: string) => uuidv5(`template:${key}`, TEMPLATE_NAMESPACE);

/** "cmalt 1a" → the id of built-in item 1a of CMALT; an item id is kept as it is. */
export function builtinItemRef(ref: string): string | null {
  const [key, ...rest] = ref.split(' ');
  const itemKey = rest.join(' ');
  const f = BUILTIN_FRAMEWORKS.find((x) => x.key === key);
  if (!f || !itemKey) return /^[0-9a-f-]{36}$/.test(ref) ? ref : null;
  return builtinItemIdentifier(f, itemKey);
}

/** The framework a template maps to: a built-in key, or a framework id. */
export function builtinFrameworkRef(ref: string | null): string | null {
  if (!ref) return null;
  return BUILTIN_FRAMEWORKS.find((x) => x.key === ref)?.identifier ?? ref;
}

/** Brings the built-in templates in the database in line with this release (start-up). */
export async function syncBuiltinTemplates(db: Db, templates: readonly BuiltinTemplate[]) {
  const now = nowIso();
  for (const t of templates) {
    const spec = JSON.stringify(ZTemplateSpec.parse(t.spec));
    const id = builtinTemplateId(t.key);
    const row = { title: t.title, scheme: t.scheme, description: t.description, spec };
    const existing = await db
      .selectFrom('portfolio_templates')
      .select(['spec', 'title', 'scheme', 'description'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!existing) {
      await db
        .insertInto('portfolio_templates')
        .values({
          id,
          institution_id: null,
          builtin_key: t.key,
          ...row,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } else if (
      existing.spec !== spec ||
      existing.title !== t.title ||
      existing.scheme !== t.scheme ||
      existing.description !== t.description
    ) {
      await db
        .updateTable('portfolio_templates')
        .set({ ...row, updated_at: now })
        .where('id', '=', id)
        .execute();
    }
  }
}
