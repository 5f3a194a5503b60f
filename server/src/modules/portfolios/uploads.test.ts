import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  PASSWORD,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';

/** The limit these tests run with: 10 KB, so "too large" needs no large files. */
let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp({ EVIDENCE_MAX_MB: '0.01' });
  tenant = await createTenant(t, 'Uploads University');
  other = await createTenant(t, 'Other College');
});
afterAll(async () => t?.close());

// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), Buffer.alloc(200)]);
const pdf = (size: number) => {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
};

type Part = string | { data: Buffer; name: string };

async function upload(url: string, parts: [string, Part][], as: Session = tenant.practitioner) {
  const form = new FormData();
  for (const [field, part] of parts) {
    if (typeof part === 'string') form.append(field, part);
    else form.append(field, new Blob([part.data]), part.name);
  }
  const encoded = new Response(form);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      cookie: as.cookie,
      'x-csrf-token': as.csrf,
    },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  return Object.assign(res, { data: () => JSON.parse(res.body) });
}

function storedFiles(): string[] {
  const root = path.join(t.deps.config.dataDir, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
  } catch {
    return [];
  }
}

async function start(as: Session = tenant.practitioner) {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as })).data().templates;
  const templateId = list.find((x: { key: string }) => x.key === 'free-form').id;
  const p = (await call(t, 'POST', '/api/portfolios', { as, body: { templateId } })).data();
  const work = p.sectionList.find((s: { key: string }) => s.key === 'work');
  return {
    id: p.id as string,
    sectionId: work.id as string,
    url: `/api/portfolios/${p.id}/sections/${work.id}/evidence/file`,
  };
}

const evidenceCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('portfolio_evidence')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('uploading a file as evidence', () => {
  it('adds it to the section and the library; its author downloads it as it was', async () => {
    const p = await start();
    const res = await upload(p.url, [
      ['title', 'Workshop photo'],
      ['file', { data: png, name: 'photo.png' }],
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const [e] = res.data().evidence;
    expect(e).toMatchObject({
      kind: 'file',
      title: 'Workshop photo',
      fileName: 'photo.png',
      mediaType: 'image/png',
      sizeBytes: png.length,
      url: `/api/portfolio-evidence/${e.id}/file`,
      link: null,
    });
    const file = await call(t, 'GET', e.url, { as: tenant.practitioner });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toMatch(/^inline; filename="photo.png"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    // The same file serves another portfolio from the library.
    const q = await start();
    const reuse = await call(
      t,
      'POST',
      `/api/portfolios/${q.id}/sections/${q.sectionId}/evidence`,
      {
        as: tenant.practitioner,
        body: { evidenceId: e.id },
      },
    );
    expect(reuse.statusCode, reuse.body).toBe(201);
    expect(reuse.data().evidence[0]).toMatchObject({ id: e.id, kind: 'file' });
  });

  it('refuses what CPD evidence refuses (type by content, size), storing nothing', async () => {
    const p = await start();
    const before = storedFiles();
    const rows = await evidenceCount();
    const program = await upload(p.url, [['file', { data: exe, name: 'slides.pdf' }]]);
    expect(program.statusCode).toBe(415);
    expect(program.data().error.message).toMatch(/slides\.pdf.*a program/);
    const big = await upload(p.url, [['file', { data: pdf(11 * 1024), name: 'big.pdf' }]]);
    expect(big.statusCode).toBe(413);
    expect(big.data().error.message).toMatch(/big\.pdf is larger than the 10 KB limit/);
    const none = await upload(p.url, [['title', 'No file']]);
    expect(none.statusCode).toBe(400);
    expect(none.data().error.message).toMatch(/part named "file"/);
    const json = await call(t, 'POST', p.url, { as: tenant.practitioner, body: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.data().error.message).toMatch(/multipart\/form-data/);
    expect(storedFiles()).toEqual(before);
    expect(await evidenceCount()).toBe(rows);
  });

  it('is refused on someone else’s or a submitted portfolio, storing nothing', async () => {
    const p = await start();
    const before = storedFiles();
    const stranger = await upload(p.url, [['file', { data: png, name: 'x.png' }]], tenant.manager);
    expect(stranger.statusCode).toBe(404);
    const foreign = await upload(p.url, [['file', { data: png, name: 'x.png' }]], other.admin);
    expect(foreign.statusCode).toBe(404);

    const q = await start();
    await t.database.db
      .updateTable('portfolios')
      .set({ status: 'submitted', submitted_at: new Date().toISOString() })
      .where('id', '=', q.id)
      .execute();
    const frozen = await upload(q.url, [['file', { data: png, name: 'x.png' }]]);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.data().error.message).toMatch(/frozen/);
    expect(storedFiles()).toEqual(before);
  });
});

describe('reading a file', () => {
  it('is for its author and the people its portfolio is shared with, no one else', async () => {
    const p = await start();
    const e = (await upload(p.url, [['file', { data: png, name: 'chart.png' }]])).data()
      .evidence[0];
    for (const as of [tenant.assessor, other.admin]) {
      expect((await call(t, 'GET', e.url, { as })).statusCode).toBe(404);
    }
    await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.assessor.userId },
    });
    const shared = await call(t, 'GET', e.url, { as: tenant.assessor });
    expect(shared.statusCode).toBe(200);
    expect(shared.rawPayload.equals(png)).toBe(true);
  });

  it('through a secret link: only files in that portfolio, only while the link lives', async () => {
    const p = await start();
    const inIt = (await upload(p.url, [['file', { data: png, name: 'in.png' }]])).data()
      .evidence[0];
    const q = await start();
    const elsewhere = (await upload(q.url, [['file', { data: png, name: 'out.png' }]])).data()
      .evidence[0];
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const share = (
      await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
        as: tenant.practitioner,
        body: { kind: 'link', expiresAt },
      })
    ).data();
    const token = share.url.split('/').pop();
    const view = (await call(t, 'GET', `/api/shared/portfolios/${token}`)).data();
    const fileUrl = view.sectionList
      .flatMap((s: { evidence: { id: string; url: string }[] }) => s.evidence)
      .find((x: { id: string }) => x.id === inIt.id).url;
    expect(fileUrl).toBe(`/api/shared/portfolios/${token}/evidence/${inIt.id}/file`);
    const ok = await call(t, 'GET', fileUrl);
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.equals(png)).toBe(true);
    const out = await call(
      t,
      'GET',
      `/api/shared/portfolios/${token}/evidence/${elsewhere.id}/file`,
    );
    expect(out.statusCode).toBe(404);
    await call(t, 'DELETE', `/api/portfolios/${p.id}/shares/${share.id}`, {
      as: tenant.practitioner,
    });
    expect((await call(t, 'GET', fileUrl)).statusCode).toBe(404);
  });
});

describe('deleting an account', () => {
  it('removes its portfolio files from storage', async () => {
    const own = await createTenant(t, 'Leaving College');
    const p = await start(own.practitioner);
    const e = (
      await upload(p.url, [['file', { data: png, name: 'mine.png' }]], own.practitioner)
    ).data().evidence[0];
    const row = await t.database.db
      .selectFrom('portfolio_evidence')
      .select('storage_key')
      .where('id', '=', e.id)
      .executeTakeFirstOrThrow();
    expect(await t.deps.store.exists(row.storage_key!)).toBe(true);
    const res = await call(t, 'DELETE', '/api/me', {
      as: own.practitioner,
      body: { password: PASSWORD, confirm: 'DELETE' },
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(await t.deps.store.exists(row.storage_key!)).toBe(false);
  });
});
