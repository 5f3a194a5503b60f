import type { TInstitution } from '../../../../contracts/system';
import type { TSector } from '../../../../contracts/common';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { slugify } from '../../lib/slug';
import { recordAudit, type AuditActor } from '../audit/service';
import * as auth from '../auth/repository';
import * as repo from './repository';

async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(db, slug))) return slug;
  }
}

/** Creates an institution with `userId` as its first administrator (and practitioner). */
export async function createInstitutionWithAdmin(
  db: Db,
  i: { name: string; sector: TSector; userId: string; actor: AuditActor; ip: string | null },
): Promise<string> {
  const id = await repo.insertInstitution(db, {
    name: i.name,
    slug: await uniqueSlug(db, i.name),
    sector: i.sector,
  });
  await repo.insertMembership(db, {
    institutionId: id,
    userId: i.userId,
    roles: 'admin,practitioner',
  });
  await recordAudit(db, {
    institutionIds: [id],
    action: 'institution-created',
    actor: i.actor,
    subject: i.name,
    ip: i.ip,
  });
  return id;
}

export async function getInstitution(db: Db, id: string): Promise<TInstitution> {
  const r = await repo.findInstitution(db, id);
  if (!r) throw AppError.notFound('That institution');
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    sector: r.sector as TSector,
    createdAt: r.created_at,
    memberCount: Number(r.member_count ?? 0),
  };
}

export async function updateInstitution(
  db: Db,
  institutionId: string,
  patch: { name?: string | undefined; sector?: TSector | undefined },
  actor: AuditActor,
  ip: string,
): Promise<TInstitution> {
  return db.transaction().execute(async (trx) => {
    const before = await getInstitution(trx, institutionId);
    const clean = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.sector !== undefined ? { sector: patch.sector } : {}),
    };
    await repo.updateInstitution(trx, institutionId, clean);
    const changes = Object.entries(clean)
      .filter(([k, v]) => before[k as keyof typeof clean] !== v)
      .map(([k, v]) => `${k}: ${before[k as keyof typeof clean]} → ${v}`);
    await recordAudit(trx, {
      institutionIds: [institutionId],
      action: 'institution-updated',
      actor,
      subject: before.name,
      detail: changes.join('; ') || 'no change',
      ip,
    });
    return getInstitution(trx, institutionId);
  });
}

/** Moves a browser session into another institution the person actively belongs to. */
export async function switchInstitution(
  db: Db,
  userId: string,
  sessionId: string,
  institutionId: string,
) {
  const membership = await repo.findActiveMembership(db, userId, institutionId);
  if (!membership) throw AppError.notFound('That institution');
  await db.transaction().execute(async (trx) => {
    await auth.setSessionInstitution(trx, sessionId, institutionId);
    await auth.updateUser(trx, userId, { last_institution_id: institutionId });
  });
}
