import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { checkDueLinks, checkUrl, isPrivateAddress, startLinkChecking } from './links';

/** A local web server: 200, 404, HEAD refused, slow, and redirects (also in a loop). */
let server: http.Server;
let base: string;
const hits: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const url = req.url ?? '/';
    if (url === '/ok') return res.writeHead(200).end('fine');
    if (url === '/missing') return res.writeHead(404).end();
    if (url === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (url === '/moved') return res.writeHead(301, { location: '/ok' }).end();
    if (url.startsWith('/loop'))
      return res.writeHead(302, { location: `/loop${url.length}` }).end();
    if (url === '/slow') return void setTimeout(() => res.writeHead(200).end(), 2_000);
    res.writeHead(500).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const allow = { allowPrivate: true };

describe('checking one link', () => {
  it('is ok below 400, broken otherwise, with a short reason', async () => {
    expect(await checkUrl(`${base}/ok`, allow)).toEqual({ status: 'ok', detail: '200 OK' });
    expect(await checkUrl(`${base}/missing`, allow)).toEqual({
      status: 'broken',
      detail: '404 Not Found',
    });
    expect(await checkUrl(`${base}/moved`, allow)).toEqual({ status: 'ok', detail: '200 OK' });
  });

  it('asks again with GET when HEAD is refused', async () => {
    hits.length = 0;
    expect(await checkUrl(`${base}/no-head`, allow)).toMatchObject({ status: 'ok' });
    expect(hits).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('gives up after 5 redirects, and on a slow server', async () => {
    expect(await checkUrl(`${base}/loop`, allow)).toEqual({
      status: 'broken',
      detail: 'more than 5 redirects',
    });
    expect(await checkUrl(`${base}/slow`, { ...allow, timeoutMs: 200 })).toEqual({
      status: 'broken',
      detail: 'timed out',
    });
  });

  it('reports a name that does not resolve', async () => {
    expect(await checkUrl('http://no-such-host.invalid/', allow)).toEqual({
      status: 'broken',
      detail: 'DNS lookup failed',
    });
  });

  it('never fetches private, loopback or link-local addresses unless allowed', async () => {
    hits.length = 0;
    for (const url of [
      `${base}/ok`,
      'http://localhost/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://[::1]/',
    ]) {
      expect(await checkUrl(url, { allowPrivate: false }), url).toEqual({
        status: 'broken',
        detail: 'not checked: the address is inside a private network',
      });
    }
    expect(hits).toEqual([]);
    expect(isPrivateAddress('192.168.1.5')).toBe(true);
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateAddress('fd12::1')).toBe(true);
    expect(isPrivateAddress('93.184.215.14')).toBe(false);
    expect(isPrivateAddress('2606:2800:21f:cb07:6820:80da:af6b:8b2c')).toBe(false);
  });
});

describe('checking the links of portfolios', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp({ LINK_CHECK_ALLOW_PRIVATE: 'true' });
    tenant = await createTenant(t, 'Links University');
  });
  afterAll(async () => t?.close());

  async function portfolioWith(urls: string[]) {
    const list = (
      await call(t, 'GET', '/api/portfolio-templates', { as: tenant.practitioner })
    ).data().templates;
    const templateId = list.find((x: { key: string }) => x.key === 'free-form').id;
    const p = (
      await call(t, 'POST', '/api/portfolios', { as: tenant.practitioner, body: { templateId } })
    ).data();
    const work = p.sectionList.find((s: { key: string }) => s.key === 'work');
    for (const url of urls) {
      const res = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${work.id}/evidence`, {
        as: tenant.practitioner,
        body: { url },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    return p.id as string;
  }

  const linksOf = async (id: string) =>
    (await call(t, 'GET', `/api/portfolios/${id}`, { as: tenant.practitioner }))
      .data()
      .sectionList.flatMap((s: { evidence: { url: string; link: unknown }[] }) =>
        s.evidence.map((e) => [e.url.replace(base, ''), e.link]),
      );

  it('checks a portfolio’s links on request; the completeness check names the broken one', async () => {
    const id = await portfolioWith([`${base}/ok`, `${base}/missing`]);
    expect((await linksOf(id)).map(([, l]: [string, { status: string }]) => l.status)).toEqual([
      'unchecked',
      'unchecked',
    ]);
    const res = await call(t, 'POST', `/api/portfolios/${id}/check-links`, {
      as: tenant.practitioner,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .data()
        .links.map((l: { url: string; link: { status: string; detail: string } }) => [
          l.url.replace(base, ''),
          l.link.status,
          l.link.detail,
        ]),
    ).toEqual([
      ['/ok', 'ok', '200 OK'],
      ['/missing', 'broken', '404 Not Found'],
    ]);
    for (const l of res.data().links) expect(l.link.checkedAt).toBeTruthy();
    const p = (await call(t, 'GET', `/api/portfolios/${id}`, { as: tenant.practitioner })).data();
    const broken = p.completeness.problems.filter(
      (x: { kind: string }) => x.kind === 'broken-link',
    );
    expect(broken).toHaveLength(1);
    expect(broken[0].message).toMatch(/404/);
  });

  it('checks unchecked and day-old links in the background, a few at a time', async () => {
    const id = await portfolioWith([`${base}/ok`]);
    // Everything from the other tests is checked first.
    while ((await checkDueLinks(t.deps)) > 0) {}
    expect((await linksOf(id))[0][1]).toMatchObject({ status: 'ok' });
    expect(await checkDueLinks(t.deps)).toBe(0);
    // A day later, every link is due again; the server has meanwhile removed the page.
    await t.database.db
      .updateTable('portfolio_evidence')
      .set({ link_checked_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
      .where('kind', '=', 'url')
      .execute();
    await t.database.db
      .updateTable('portfolio_evidence')
      .set({ url: `${base}/missing` })
      .where('url', '=', `${base}/ok`)
      .execute();
    const total = Number(
      (
        await t.database.db
          .selectFrom('portfolio_evidence')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('kind', '=', 'url')
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(total).toBeGreaterThan(2);
    const runs: number[] = [];
    for (let n = await checkDueLinks(t.deps, { limit: 2 }); n > 0; ) {
      runs.push(n);
      n = runs.length > 20 ? 0 : await checkDueLinks(t.deps, { limit: 2 });
    }
    expect(runs.every((n) => n <= 2)).toBe(true);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(total);
    expect((await linksOf(id))[0][1]).toMatchObject({ status: 'broken', detail: '404 Not Found' });
  });

  it('runs as a job that starts, checks and stops', async () => {
    const id = await portfolioWith([`${base}/no-head`]);
    const job = startLinkChecking(t.deps, t.app.log, 60_000);
    await job.idle();
    await job.stop();
    expect((await linksOf(id))[0][1]).toMatchObject({ status: 'ok' });
  });

  it('refuses to check another person’s portfolio', async () => {
    const id = await portfolioWith([`${base}/ok`]);
    const res = await call(t, 'POST', `/api/portfolios/${id}/check-links`, { as: tenant.manager });
    expect(res.statusCode).toBe(404);
    expect((await linksOf(id))[0][1]).toMatchObject({ status: 'unchecked' });
  });
});
