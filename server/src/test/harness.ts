import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TRole, TSector } from '../../../contracts/common';
import { buildApp } from '../app';
import { parseConfig } from '../config';
import type { DbHandle } from '../db/connect';
import type { Deps } from '../deps';
import { newId } from '../lib/crypto';
import type { Mail, Mailer } from '../lib/mailer';
import { createDiskStore } from '../lib/storage';
import { hashPassword } from '../lib/passwords';
import { CSRF_HEADER, SESSION_COOKIE } from '../plugins/auth';
import { insertUser, joinRoles } from '../modules/auth/repository';
import { issueSession } from '../modules/auth/service';
import { insertInstitution, insertMembership } from '../modules/institutions/repository';
import { freshDb } from './db';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
/** Hashing is deliberately slow, so test accounts share one hash of PASSWORD. */
const sharedHash = () => {
  passwordHash ??= hashPassword(PASSWORD);
  return passwordHash;
};

export type TestApp = {
  app: FastifyInstance;
  database: DbHandle;
  deps: Deps;
  mails: Mail[];
  close: () => Promise<void>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDb();
  // Uploaded files go to a folder of this test app's own, removed on close (unless DATA_DIR is given).
  const ownDataDir = env.DATA_DIR ? null : mkdtempSync(path.join(tmpdir(), 'cairn-test-'));
  const config = {
    ...parseConfig({ PUBLIC_URL: 'http://cairn.test', DATA_DIR: ownDataDir ?? '', ...env }),
    webDist: null,
  };
  const store = createDiskStore(path.join(config.dataDir, 'files'));
  const mails: Mail[] = [];
  const mailer: Mailer = {
    configured: true,
    async send(mail) {
      mails.push(mail);
      return true;
    },
  };
  const app = await buildApp({ config, database, mailer, store, logger: false });
  await app.ready();
  const deps: Deps = { db: database.db, dialect: database.dialect, config, mailer, store };
  return {
    app,
    database,
    deps,
    mails,
    close: async () => {
      await app.close();
      await database.close();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

export type Session = {
  cookie: string;
  csrf: string;
  userId: string;
  institutionId: string | null;
  email: string;
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Creates a person (optionally in an institution with roles) and a signed-in session for them. */
export async function createUser(
  t: TestApp,
  opts: {
    institutionId?: string;
    roles?: TRole[];
    name?: string;
    email?: string;
    status?: 'active' | 'deactivated';
  } = {},
): Promise<Session> {
  const email = opts.email ?? `person-${unique()}@example.test`;
  const userId = await insertUser(t.database.db, {
    email,
    name: opts.name ?? `Person ${unique()}`,
    passwordHash: await sharedHash(),
  });
  if (opts.institutionId) {
    await insertMembership(t.database.db, {
      institutionId: opts.institutionId,
      userId,
      roles: joinRoles(opts.roles ?? ['practitioner']),
      status: opts.status ?? 'active',
    });
  }
  const s = await issueSession(t.deps, t.database.db, userId, opts.institutionId ?? null, {
    ip: '127.0.0.1',
    userAgent: 'vitest',
  });
  return {
    cookie: `${SESSION_COOKIE}=${s.secret}`,
    csrf: s.csrfToken,
    userId,
    institutionId: opts.institutionId ?? null,
    email,
  };
}

export type Tenant = {
  institutionId: string;
  name: string;
  admin: Session;
  manager: Session;
  assessor: Session;
  practitioner: Session;
};

/** A fresh institution with one person in each role, so that every test starts from its own tenant. */
export async function createTenant(
  t: TestApp,
  name = `Institution ${unique()}`,
  sector: TSector = 'higher-education',
): Promise<Tenant> {
  const institutionId = await insertInstitution(t.database.db, {
    name,
    slug: `inst-${unique()}-${newId().slice(0, 4)}`,
    sector,
  });
  const [admin, manager, assessor, practitioner] = await Promise.all(
    (['admin', 'manager', 'assessor', 'practitioner'] as const).map((role) =>
      createUser(t, {
        institutionId,
        roles: [role],
        name: `${role[0]?.toUpperCase()}${role.slice(1)} of ${name}`,
      }),
    ),
  );
  return {
    institutionId,
    name,
    admin: admin!,
    manager: manager!,
    assessor: assessor!,
    practitioner: practitioner!,
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
// biome-ignore lint/suspicious/noExplicitAny: tests read response JSON freely and assert on it
export type Res = LightMyRequestResponse & { body: string; data: () => any };

/** Sends a request as a session (cookie + CSRF header), as a bearer token, or anonymously. */
export async function call(
  t: TestApp,
  method: Method,
  url: string,
  opts: {
    as?: Session | null;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    csrf?: boolean;
    /** The caller's address (rate limits count per address). */
    ip?: string;
  } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.as) {
    headers.cookie = opts.as.cookie;
    if (opts.csrf !== false) headers[CSRF_HEADER] = opts.as.csrf;
  }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const hasBody = opts.body !== undefined;
  if (hasBody) headers['content-type'] ??= 'application/json';
  const res = await t.app.inject({
    method,
    url,
    headers,
    ...(opts.ip ? { remoteAddress: opts.ip } : {}),
    ...(hasBody
      ? { payload: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }
      : {}),
  });
  return Object.assign(res, { data: () => JSON.parse(res.body) });
}

/** Reads the session that a sign-in style response set. */
export function sessionFrom(res: LightMyRequestResponse, email = ''): Session {
  const cookies = res.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === SESSION_COOKIE);
  const csrf = cookies.find((c) => c.name === 'cairn_csrf');
  if (!session || !csrf)
    throw new Error(`no session cookies in response ${res.statusCode}: ${res.body}`);
  const me = JSON.parse(res.body);
  return {
    cookie: `${SESSION_COOKIE}=${session.value}`,
    csrf: csrf.value,
    userId: me.user?.id ?? '',
    institutionId: me.institution?.id ?? null,
    email,
  };
}
