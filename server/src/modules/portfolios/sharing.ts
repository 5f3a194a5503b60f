import { sql } from 'kysely';
import type { z } from 'zod';
import type {
  ZCreateShareBody,
  ZPortfolioShare,
  ZSharedPortfolio,
} from '../../../../contracts/portfolios';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { hashSecret, newId, newSecret } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { DAY, nowIso } from '../../lib/time';
import * as repo from './repository';
import { assemble } from './service';

/*
 * Sharing a portfolio: with named, active members of the same institution (they find it in
 * their list of portfolios, read-only), or by a secret link that always expires. Only the
 * link's hash is kept, so its address is shown once, when it is made. Either can be revoked.
 */

type Share = z.infer<typeof ZPortfolioShare>;

/** Secret links expire at most this far ahead. */
export const LINK_MAX_DAYS = 366;

export const sharedPortfolioPath = (token: string) => `/shared/portfolios/${token}`;

async function own(db: Db, o: repo.Owner, id: string) {
  const p = await repo.findOwnPortfolio(db, o, id);
  if (!p) throw AppError.notFound('That portfolio');
  return p;
}

type ShareRow = Awaited<ReturnType<typeof shareRows>>[number];
function shareRows(db: Db, portfolioId: string) {
  return db
    .selectFrom('portfolio_shares as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.name as user_name', 'u.email as user_email'])
    .where('s.portfolio_id', '=', portfolioId)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .execute();
}

const toShare = (r: ShareRow, url: string | null = null): Share => ({
  id: r.id,
  kind: r.kind as Share['kind'],
  user:
    r.kind === 'user' && r.user_id
      ? { userId: r.user_id, name: r.user_name ?? '', email: r.user_email ?? '' }
      : null,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  createdAt: r.created_at,
  url,
});

/**
 * Colleagues the owner may share a portfolio with: active members of the same institution
 * whose name or email contains the words typed (at most 20; never the owner).
 */
export async function shareCandidates(db: Db, o: repo.Owner, id: string, q: string) {
  await own(db, o, id);
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('m.institution_id', '=', o.institutionId)
    .where('m.status', '=', 'active')
    .where('u.id', '<>', o.userId)
    .where((eb) =>
      eb.or([
        eb(sql`lower(u.name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(u.email)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    )
    .orderBy('u.name')
    .limit(20)
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email }));
}

export async function listShares(db: Db, o: repo.Owner, id: string): Promise<Share[]> {
  const p = await own(db, o, id);
  return (await shareRows(db, p.id)).map((r) => toShare(r));
}

/** The end of the given day (UTC), checked to be ahead and, for links, within a year. */
function expiryOf(date: string, maxDays: number | null, now = Date.now()): string {
  const end = new Date(`${date}T23:59:59.999Z`);
  if (Number.isNaN(end.getTime())) {
    throw AppError.validation([{ path: 'expiresAt', message: 'must be a date like 2026-12-31' }]);
  }
  if (end.getTime() <= now) {
    throw AppError.validation([{ path: 'expiresAt', message: 'must be today or a later date' }]);
  }
  if (maxDays !== null && end.getTime() - now > maxDays * DAY) {
    throw AppError.validation([
      {
        path: 'expiresAt',
        message: 'must be at most a year from today (make a new link when it expires)',
      },
    ]);
  }
  return end.toISOString();
}

export async function createShare(
  deps: Pick<Deps, 'db' | 'config'>,
  o: repo.Owner,
  id: string,
  body: z.output<typeof ZCreateShareBody>,
): Promise<Share> {
  const { db } = deps;
  const p = await own(db, o, id);
  const now = nowIso();
  if (body.kind === 'user') {
    // Only active members of this institution: anyone else is "not found", wherever they are.
    const member = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('institution_id', '=', p.institution_id)
      .where('user_id', '=', body.userId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!member) throw AppError.notFound('That member of your institution');
    if (member.user_id === o.userId) {
      throw AppError.validation([{ path: 'userId', message: 'is you: share with someone else' }]);
    }
    const expiresAt = body.expiresAt ? expiryOf(body.expiresAt, null) : null;
    const live = await db
      .selectFrom('portfolio_shares')
      .select('id')
      .where('portfolio_id', '=', p.id)
      .where('kind', '=', 'user')
      .where('user_id', '=', member.user_id)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
    if (live) {
      throw AppError.conflict(
        'This portfolio is already shared with that person. Revoke that share first to change it.',
      );
    }
    const shareId = newId();
    await db
      .insertInto('portfolio_shares')
      .values({
        id: shareId,
        portfolio_id: p.id,
        kind: 'user',
        user_id: member.user_id,
        token_hash: null,
        expires_at: expiresAt,
        revoked_at: null,
        created_at: now,
      })
      .execute();
    return toShare((await shareRows(db, p.id)).find((r) => r.id === shareId)!);
  }
  const expiresAt = expiryOf(body.expiresAt, LINK_MAX_DAYS);
  const token = newSecret();
  const shareId = newId();
  await db
    .insertInto('portfolio_shares')
    .values({
      id: shareId,
      portfolio_id: p.id,
      kind: 'link',
      user_id: null,
      token_hash: hashSecret(token),
      expires_at: expiresAt,
      revoked_at: null,
      created_at: now,
    })
    .execute();
  const row = (await shareRows(db, p.id)).find((r) => r.id === shareId)!;
  return toShare(row, `${deps.config.publicUrl}${sharedPortfolioPath(token)}`);
}

/** Withdraws a share at once (revoking twice is not an error). */
export async function revokeShare(db: Db, o: repo.Owner, id: string, shareId: string) {
  const p = await own(db, o, id);
  const s = await db
    .selectFrom('portfolio_shares')
    .select(['id', 'revoked_at'])
    .where('id', '=', shareId)
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  if (!s) throw AppError.notFound('That share');
  if (!s.revoked_at) {
    await db
      .updateTable('portfolio_shares')
      .set({ revoked_at: nowIso() })
      .where('id', '=', s.id)
      .execute();
  }
}

/** One message for unknown, expired and revoked links: a link reveals nothing about itself. */
const deadLink = () =>
  new AppError(
    404,
    'NOT_FOUND',
    'This portfolio link has expired or was withdrawn (or is mistyped). Ask the person who shared it for a new link.',
  );

/** The live link share behind a secret token, with its portfolio. */
export async function findByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw deadLink();
  const row = await db
    .selectFrom('portfolio_shares as s')
    .innerJoin('portfolios as p', 'p.id', 's.portfolio_id')
    .selectAll('p')
    .select(['s.expires_at as share_expires_at'])
    .where('s.kind', '=', 'link')
    .where('s.token_hash', '=', hashSecret(token))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', nowIso())
    .executeTakeFirst();
  if (!row) throw deadLink();
  const { share_expires_at, ...portfolio } = row;
  return { portfolio: portfolio as repo.PortfolioRow, expiresAt: share_expires_at as string };
}

export const sharedFileUrl = (token: string, evidenceId: string) =>
  `/api/shared/portfolios/${token}/evidence/${evidenceId}/file`;

/** The portfolio behind a secret link, read-only: nothing about anyone but its author's name. */
export async function sharedPortfolio(
  db: Db,
  token: string,
): Promise<z.infer<typeof ZSharedPortfolio>> {
  const { portfolio: p, expiresAt } = await findByToken(db, token);
  // An outsider's view: no one is "mine", and no account ids are given out.
  const full = await assemble(db, { institutionId: p.institution_id, userId: '' }, p);
  const { mine, owner, ...rest } = full;
  return {
    ...rest,
    owner: { name: owner.name },
    expiresAt,
    sectionList: rest.sectionList.map((s) => ({
      ...s,
      evidence: s.evidence.map((e) =>
        e.kind === 'file' ? { ...e, url: sharedFileUrl(token, e.id) } : e,
      ),
    })),
  };
}

/** An evidence file of the portfolio behind a secret link (only evidence that is in it). */
export async function sharedFileRow(db: Db, token: string, evidenceId: string) {
  const { portfolio } = await findByToken(db, token);
  const row = await db
    .selectFrom('portfolio_evidence as v')
    .selectAll('v')
    .where('v.id', '=', evidenceId)
    .where('v.kind', '=', 'file')
    .where('v.institution_id', '=', portfolio.institution_id)
    .where('v.user_id', '=', portfolio.user_id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('portfolio_section_evidence as se')
          .innerJoin('portfolio_sections as s', 's.id', 'se.section_id')
          .select('se.evidence_id')
          .whereRef('se.evidence_id', '=', 'v.id')
          .where('s.portfolio_id', '=', portfolio.id),
      ),
    )
    .executeTakeFirst();
  if (!row) throw AppError.notFound('That evidence file');
  return row;
}
