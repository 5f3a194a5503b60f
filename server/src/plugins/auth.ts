import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { TRole } from '../../../contracts/common';
import type { Deps } from '../deps';
import { hashSecret, safeEqual } from '../lib/crypto';
import { AppError } from '../lib/errors';
import { MINUTE, nowIso } from '../lib/time';
import {
  findSessionPrincipal,
  findTokenPrincipal,
  type Principal,
  touchSession,
  touchToken,
} from '../modules/auth/repository';

export const SESSION_COOKIE = 'cairn_session';
export const CSRF_COOKIE = 'cairn_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const TOKEN_PREFIX = 'cairn_';

/**
 * Who may call a route. Every route under /api declares one; the app refuses to start
 * otherwise, and the authorisation test checks each declared policy for real.
 * - public: anyone.
 * - user: any signed-in person, whether or not they belong to an institution.
 * - member: an active member of the current institution, with one of `roles` when given.
 * `sessionOnly` refuses personal API tokens (account deletion, creating tokens, ...).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'user'; sessionOnly?: boolean }
  | { kind: 'member'; roles?: readonly TRole[]; sessionOnly?: boolean };

export type Auth = Principal & {
  via: 'session' | 'token';
  sessionId: string | null;
  tokenId: string | null;
  csrfToken: string | null;
};

/** The signed-in person in an institution: what tenant-scoped services receive. */
export type MemberAuth = Auth & { institutionId: string; membershipId: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    apiRoutes: { method: string; url: string; access: Access }[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw AppError.unauthenticated();
  return request.auth;
}

export function requireMember(request: FastifyRequest): MemberAuth {
  const auth = requireAuth(request);
  if (!auth.institutionId || !auth.membershipId) {
    throw new AppError(
      403,
      'NO_INSTITUTION',
      'You are not an active member of an institution. Ask an administrator for an invitation, or create an institution.',
    );
  }
  return auth as MemberAuth;
}

export const clientIp = (request: FastifyRequest): string => request.ip ?? 'unknown';

async function authenticate(deps: Deps, request: FastifyRequest): Promise<Auth | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]?.startsWith(TOKEN_PREFIX)) {
      throw AppError.unauthenticated(
        'The Authorization header must be "Bearer cairn_..." with a personal API token from your profile.',
      );
    }
    const p = await findTokenPrincipal(deps.db, hashSecret(match[1]));
    if (!p) {
      throw AppError.unauthenticated(
        'This API token is unknown, revoked or expired. Create a new one in your profile.',
      );
    }
    // Record use at most once a minute, so that a busy script does not write on every call.
    if (!p.lastUsedAt || Date.parse(p.lastUsedAt) < Date.now() - MINUTE)
      await touchToken(deps.db, p.tokenId);
    return { ...p, via: 'token', sessionId: null, csrfToken: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const p = await findSessionPrincipal(deps.db, hashSecret(cookie));
  if (!p || p.expiresAt < nowIso()) return null;
  if (Date.parse(p.lastSeenAt) < Date.now() - 5 * MINUTE) await touchSession(deps.db, p.sessionId);
  return { ...p, via: 'session', tokenId: null };
}

function enforce(access: Access, request: FastifyRequest) {
  if (access.kind === 'public') return;
  const auth = request.auth;
  if (!auth) throw AppError.unauthenticated();
  if (access.sessionOnly && auth.via !== 'session') {
    throw AppError.forbidden('This can only be done in the web app, not with an API token.');
  }
  if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
      throw new AppError(
        403,
        'CSRF_FAILED',
        `This request is missing the ${CSRF_HEADER} header that proves it came from Cairn. Reload the page and try again.`,
      );
    }
  }
  if (access.kind === 'member') {
    requireMember(request);
    if (access.roles && !access.roles.some((r) => auth.roles.includes(r))) {
      throw AppError.forbidden(
        `This needs the ${access.roles.join(' or ')} role in your institution. Ask an administrator if you need it.`,
      );
    }
  }
}

async function authPluginImpl(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('auth', null);
  app.decorate('apiRoutes', []);

  app.addHook('onRoute', (route: RouteOptions) => {
    // The API and the CASE REST binding (/ims/case/...) must each say who may call them.
    const guarded = route.url.startsWith('/api') || route.url.startsWith('/ims/');
    if (!guarded || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} has no config.access: every API route must say who may call it.`,
      );
    }
    // In the OpenAPI description, public routes need no token.
    if (access.kind === 'public') route.schema = { ...route.schema, security: [] };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });

  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === 'public') {
      // Public routes still learn who is calling when a session cookie is present.
      if (access && request.cookies[SESSION_COOKIE])
        request.auth = await authenticate(deps, request).catch(() => null);
      return;
    }
    request.auth = await authenticate(deps, request);
    enforce(access, request);
  });
}

export const authPlugin = fp(authPluginImpl, { name: 'authPlugin' });
