import type { z } from 'zod';
import type {
  TCareerTarget,
  TRoleProfile,
  ZCreateRoleProfileBody,
  ZSetTargetBody,
  ZUpdateRoleProfileBody,
} from '../../../../contracts/careers';
import {
  STAGE_OF_SENIORITY,
  type TRoleFamily,
  type TSeniority,
} from '../../../../contracts/classifier';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError, type FieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { itemLabel, loadFramework } from './framework-view';
import { patchRow, targetOf } from './profile';
import * as repo from './repository';
import {
  BUILTIN_ROLE_PROFILES,
  type BuiltinRoleProfile,
  builtinRoleProfileFor,
  findBuiltinRoleProfile,
} from './role-profiles/builtin';

/**
 * Role profiles: what a role asks for, as levels on one framework's items. Built-in ones (each
 * role family at each seniority) are data; institutions add their own (managers and admins).
 * A person's target is a role family and seniority (the built-in profile) or a role profile.
 */

/** Built-in profiles are part of the release, not of any institution's history. */
const BUILTIN_CREATED_AT = '2026-11-22T00:00:00.000Z';

type Requirement = { itemId: string; level: number };

async function itemLabels(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { code: string | null; label: string }>();
  const rows = await db
    .selectFrom('framework_items')
    .select(['id', 'code', 'title', 'statement'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, label: itemLabel(r) }]));
}

function withLabels(
  reqs: Requirement[],
  labels: Map<string, { code: string | null; label: string }>,
): TRoleProfile['requirements'] {
  return reqs.flatMap((r) => {
    const l = labels.get(r.itemId);
    return l ? [{ ...r, ...l }] : [];
  });
}

function builtinToProfile(
  p: BuiltinRoleProfile,
  labels: Map<string, { code: string | null; label: string }>,
): TRoleProfile {
  return {
    id: p.id,
    builtin: true,
    name: p.name,
    description: p.description,
    family: p.family,
    seniority: p.seniority,
    stage: p.stage,
    scope: null,
    frameworkId: p.framework.identifier,
    frameworkTitle: p.framework.title,
    requirements: withLabels(p.requirements, labels),
    createdAt: BUILTIN_CREATED_AT,
  };
}

const parseReqs = (json: string): Requirement[] => {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
};

function rowToProfile(
  r: repo.RoleProfileRow & { framework_title: string },
  labels: Map<string, { code: string | null; label: string }>,
): TRoleProfile {
  const seniority = (r.seniority as TSeniority | null) ?? null;
  return {
    id: r.id,
    builtin: false,
    name: r.name,
    description: r.description,
    family: (r.family as TRoleFamily | null) ?? null,
    seniority,
    stage: seniority ? STAGE_OF_SENIORITY[seniority] : null,
    scope: r.scope,
    frameworkId: r.framework_id,
    frameworkTitle: r.framework_title,
    requirements: withLabels(parseReqs(r.requirements), labels),
    createdAt: r.created_at,
  };
}

/** The institution's own role profiles first (by name), then the built-in ones. */
export async function listRoleProfiles(db: Db, institutionId: string): Promise<TRoleProfile[]> {
  const own = await repo.listRoleProfiles(db, institutionId);
  const labels = await itemLabels(db, [
    ...BUILTIN_ROLE_PROFILES.flatMap((p) => p.requirements.map((r) => r.itemId)),
    ...own.flatMap((r) => parseReqs(r.requirements).map((q) => q.itemId)),
  ]);
  return [
    ...own.map((r) => rowToProfile(r, labels)),
    ...BUILTIN_ROLE_PROFILES.map((p) => builtinToProfile(p, labels)),
  ];
}

/** A role profile by id (built-in or the institution's); undefined when there is none. */
export async function findRoleProfile(
  db: Db,
  institutionId: string,
  id: string,
): Promise<TRoleProfile | undefined> {
  const builtin = findBuiltinRoleProfile(id);
  if (builtin) {
    return builtinToProfile(
      builtin,
      await itemLabels(
        db,
        builtin.requirements.map((r) => r.itemId),
      ),
    );
  }
  const row = await repo.findRoleProfile(db, institutionId, id);
  if (!row) return undefined;
  return rowToProfile(
    row,
    await itemLabels(
      db,
      parseReqs(row.requirements).map((r) => r.itemId),
    ),
  );
}

/** The built-in framework key of a role profile's framework (for recommendations). */
export async function frameworkKeyOf(db: Db, frameworkId: string): Promise<string | null> {
  const row = await db
    .selectFrom('frameworks')
    .select('builtin_key')
    .where('id', '=', frameworkId)
    .executeTakeFirst();
  return row?.builtin_key ?? null;
}

async function checkRequirements(
  db: Db,
  institutionId: string,
  frameworkId: string,
  reqs: Requirement[],
): Promise<void> {
  const f = await loadFramework(db, institutionId, frameworkId);
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  for (const [i, r] of reqs.entries()) {
    const item = f.byId.get(r.itemId);
    if (!item) {
      problems.push({
        path: `requirements.${i}.itemId`,
        message: `(${r.itemId}) is not an item of ${f.title}: name items of the role profile's framework`,
      });
      continue;
    }
    const name = item.code ? `${item.code} ${itemLabel(item)}` : itemLabel(item);
    if (seen.has(r.itemId))
      problems.push({ path: `requirements.${i}.itemId`, message: `names ${name} twice` });
    seen.add(r.itemId);
    if (r.level < 1 || r.level > f.maxLevel) {
      problems.push({
        path: `requirements.${i}.level`,
        message: `for ${name} must be from 1 to ${f.maxLevel} on this framework's scale (${f.scale
          .filter((s) => s.value > 0)
          .map((s) => `${s.value} ${s.label}`)
          .join(', ')})`,
      });
    }
  }
  if (problems.length) throw AppError.validation(problems);
}

export async function createRoleProfile(
  db: Db,
  institutionId: string,
  body: z.output<typeof ZCreateRoleProfileBody>,
): Promise<TRoleProfile> {
  await checkRequirements(db, institutionId, body.frameworkId, body.requirements);
  const now = nowIso();
  const id = newId();
  await repo.insertRoleProfile(db, {
    id,
    institution_id: institutionId,
    name: body.name,
    description: body.description,
    family: body.family ?? null,
    seniority: body.seniority ?? null,
    scope: body.scope?.length ? body.scope : null,
    framework_id: body.frameworkId,
    requirements: JSON.stringify(
      body.requirements.map((r) => ({ itemId: r.itemId, level: r.level })),
    ),
    created_at: now,
    updated_at: now,
  });
  return (await findRoleProfile(db, institutionId, id))!;
}

const refuseBuiltin = (id: string) => {
  if (findBuiltinRoleProfile(id)) {
    throw AppError.conflict(
      'Built-in role profiles cannot be changed or deleted: create your institution’s own role profile from it instead.',
    );
  }
};

export async function updateRoleProfile(
  db: Db,
  institutionId: string,
  id: string,
  body: z.output<typeof ZUpdateRoleProfileBody>,
): Promise<TRoleProfile> {
  refuseBuiltin(id);
  const row = await repo.findRoleProfile(db, institutionId, id);
  if (!row) throw AppError.notFound('That role profile');
  const frameworkId = body.frameworkId ?? row.framework_id;
  const reqs = body.requirements ?? parseReqs(row.requirements);
  if (body.frameworkId !== undefined || body.requirements !== undefined) {
    await checkRequirements(db, institutionId, frameworkId, reqs);
  }
  await repo.updateRoleProfile(db, institutionId, id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.family !== undefined ? { family: body.family } : {}),
    ...(body.seniority !== undefined ? { seniority: body.seniority } : {}),
    ...(body.scope !== undefined ? { scope: body.scope?.length ? body.scope : null } : {}),
    framework_id: frameworkId,
    requirements: JSON.stringify(reqs.map((r) => ({ itemId: r.itemId, level: r.level }))),
    updated_at: nowIso(),
  });
  return (await findRoleProfile(db, institutionId, id))!;
}

/**
 * Deletes an institution's role profile. People who had it as their target keep the target,
 * which then reads as none (no gap analysis) until they choose another.
 */
export async function deleteRoleProfile(db: Db, institutionId: string, id: string) {
  refuseBuiltin(id);
  const row = await repo.findRoleProfile(db, institutionId, id);
  if (!row) throw AppError.notFound('That role profile');
  await repo.deleteRoleProfile(db, institutionId, id);
}

/** The role profile a target resolves to; null when it names a profile that no longer exists. */
export async function resolveTarget(
  db: Db,
  institutionId: string,
  target: TCareerTarget | null,
): Promise<TRoleProfile | null> {
  if (!target) return null;
  if (target.kind === 'role') {
    const p = builtinRoleProfileFor(target.family, target.seniority);
    return (await findRoleProfile(db, institutionId, p.id)) ?? null;
  }
  return (await findRoleProfile(db, institutionId, target.roleProfileId)) ?? null;
}

export type TargetView = { target: TCareerTarget | null; roleProfile: TRoleProfile | null };

export async function getTarget(db: Db, o: repo.Owner): Promise<TargetView> {
  const target = targetOf(await repo.findProfile(db, o));
  const roleProfile = await resolveTarget(db, o.institutionId, target);
  return roleProfile ? { target, roleProfile } : { target: null, roleProfile: null };
}

export async function setTarget(
  db: Db,
  o: repo.Owner,
  body: z.output<typeof ZSetTargetBody>,
): Promise<TargetView> {
  const target = body.target;
  const roleProfile = await resolveTarget(db, o.institutionId, target);
  if (target && !roleProfile) {
    throw new AppError(
      404,
      'NOT_FOUND',
      'That role profile was not found: choose one from the role profiles list, or a role family and seniority.',
    );
  }
  await patchRow(db, o, (row) => {
    row.target = target ? JSON.stringify(target) : null;
    return row;
  });
  return { target, roleProfile };
}
