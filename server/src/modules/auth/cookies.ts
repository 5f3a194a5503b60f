import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../plugins/auth';
import type { TMe } from '../../../../contracts/auth';
import { buildMe, type ClientInfo, type IssuedSession } from './service';

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip ?? 'unknown',
  userAgent: request.headers['user-agent'] ?? null,
});

/** The session cookie is HttpOnly; the CSRF cookie is readable by the web app, which echoes it in a header. */
export function setSessionCookies(deps: Deps, reply: FastifyReply, s: IssuedSession) {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
    expires: new Date(s.expiresAt),
  };
  reply.setCookie(SESSION_COOKIE, s.secret, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(deps: Deps, reply: FastifyReply) {
  const common = { path: '/', sameSite: 'lax' as const, secure: deps.config.secureCookies };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, common);
}

/** After a successful sign-in of any kind: set the cookies and answer with who is signed in. */
export function signedIn(
  deps: Deps,
  reply: FastifyReply,
  r: { userId: string; institutionId: string | null; session: IssuedSession },
): Promise<TMe> {
  setSessionCookies(deps, reply, r.session);
  return buildMe(deps.db, { userId: r.userId, institutionId: r.institutionId, via: 'session' });
}
