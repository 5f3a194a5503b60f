import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { ConfigError, parseConfig } from '../../config';
import { openSqlite } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { AppError } from '../../lib/errors';
import { toErrorResponse } from '../../plugins/errors';
import { TEST_DIALECT } from '../../test/db';
import {
  call,
  createTenant,
  createTestApp,
  PASSWORD,
  sessionFrom,
  type TestApp,
} from '../../test/harness';
import { VERSION } from '../../version';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health', () => {
  it('reports the version and the database it reached', async () => {
    const res = await call(t, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.data()).toMatchObject({
      status: 'ok',
      version: VERSION,
      database: { dialect: TEST_DIALECT, ok: true },
    });
  });

  it('says degraded with 503 when the database cannot be reached', async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const res = await call(broken, 'GET', '/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.data()).toMatchObject({ status: 'degraded', database: { ok: false } });
    await broken.app.close();
  });
});

describe('security headers', () => {
  it('sends a content security policy that allows only our own scripts', async () => {
    const res = await call(t, 'GET', '/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the API description at /api/docs', async () => {
    const spec = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(spec.statusCode).toBe(200);
    const doc = spec.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/sign-in'].post.security).toEqual([]);
    expect(doc.paths['/api/members'].get.security).toBeUndefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/me', '/api/members', '/api/invitations', '/api/audit']),
    );
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});

describe('bad input gets a clear answer, never a crash', () => {
  const signIn = (
    payload: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload, headers });

  it('malformed JSON: 400 MALFORMED_JSON', async () => {
    const res = await signIn('{"email": "a@b.example", ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
  });

  it('an empty JSON body: 400 saying to send an object', async () => {
    const res = await signIn('');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/send a JSON object|empty/i);
  });

  it('wrong types and missing fields: 400 listing each field', async () => {
    const res = await signIn(JSON.stringify({ email: 42 }));
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(fields).toEqual(['email', 'password']);
    expect(res.json().error.message).toMatch(/^The request body has problems to fix: /);
  });

  it('over-long strings: 400 with the limit', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'PATCH', '/api/me', {
      as: tenant.practitioner,
      body: { name: 'x'.repeat(500) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields).toEqual([
      { path: 'name', message: 'must be at most 120 characters' },
    ]);
  });

  it('a body over 1 MB: 413 stating the limit', async () => {
    const res = await signIn(
      JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(1_100_000) }),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(res.json().error.message).toMatch(/1 MB limit/);
  });

  it('a form post or text body: 415, so that other sites cannot post to Cairn', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await signIn('email=a@b.example&password=x', { 'content-type': type });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('an unknown API path: 404 in the same error shape', async () => {
    const res = await call(t, 'GET', '/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.data().error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an unexpected failure: 500 that leaks no internals', () => {
    const { status, payload } = toErrorResponse(new Error('SQLITE_CORRUPT at /secret/path.db'), 1);
    expect(status).toBe(500);
    expect(JSON.stringify(payload)).not.toMatch(/SQLITE|secret/);
    expect(payload.error.code).toBe('INTERNAL');
    const app = toErrorResponse(new AppError(409, 'CONFLICT', 'Already there.'), 1);
    expect(app).toEqual({
      status: 409,
      payload: { error: { code: 'CONFLICT', message: 'Already there.' } },
    });
  });
});

describe('configuration', () => {
  it('uses the documented defaults', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      port: 8080,
      publicUrl: 'http://localhost:8080',
      secureCookies: false,
      databaseUrl: undefined,
    });
    expect(c.sqlitePath).toBe(path.resolve('data', 'cairn.db'));
  });

  it('refuses bad values with a message naming each variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    }
  });
});

describe('several app instances on one database', () => {
  it('serves a session created on one instance from another (nothing lives in process memory)', async () => {
    if (TEST_DIALECT === 'postgres') {
      // Two apps on the same PostgreSQL database: the harness database is shared through deps.
      const second = await buildApp({
        config: t.deps.config,
        database: { ...t.database, close: async () => {} },
        mailer: t.deps.mailer,
        logger: false,
      });
      const tenant = await createTenant(t);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: tenant.admin.email, password: PASSWORD },
      });
      const s = sessionFrom(res);
      const me = await second.inject({
        method: 'GET',
        url: '/api/members',
        headers: { cookie: s.cookie },
      });
      expect(me.statusCode).toBe(200);
      await second.close();
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-multi-'));
    const file = path.join(dir, 'cairn.db');
    const h1 = openSqlite(file);
    const h2 = openSqlite(file);
    try {
      await migrateToLatest(h1.db);
      const config = { ...parseConfig({ DATA_DIR: dir }), webDist: null };
      const a = await buildApp({ config, database: h1, logger: false });
      const b = await buildApp({ config, database: h2, logger: false });
      const setup = await a.inject({
        method: 'POST',
        url: '/api/setup',
        payload: {
          institutionName: 'Shared DB University',
          sector: 'higher-education',
          name: 'Ann',
          email: 'ann@shared.example',
          password: 'a long enough password',
        },
      });
      const s = sessionFrom(setup);
      const onB = await b.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });
      expect(onB.json().institution.name).toBe('Shared DB University');
      const out = await b.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(out.statusCode).toBe(204);
      expect(
        (await a.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } }))
          .statusCode,
      ).toBe(401);
      await a.close();
      await b.close();
    } finally {
      await h1.close();
      await h2.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
