import { readdirSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/crypto';
import { insertMembership } from '../institutions/repository';
import {
  call,
  createTenant,
  createTestApp,
  createUser,
  PASSWORD,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';
import { purgeDeletedEntries, startEvidenceHousekeeping } from './evidence';
import { UNDO_WINDOW_MS } from './service';

/** The limit these tests run with: 10 KB, so "too large" needs no large files. */
const MAX_BYTES = Math.floor(0.01 * 1024 * 1024);

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp({ EVIDENCE_MAX_MB: '0.01' });
  tenant = await createTenant(t, 'Evidence Test University');
  other = await createTenant(t, 'Other College');
});
afterAll(async () => t?.close());

// ------------------------------------------------------------------ files to upload

const pdf = (size = 300) => {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
};
// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// The start of a Windows program.
const exe = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00]),
  Buffer.alloc(200),
]);

/** A ZIP archive with stored (uncompressed) entries, written out by hand. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const docx = () =>
  zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<w:document/>',
  });

// ------------------------------------------------------------------ helpers

type Part = string | { data: Buffer; name: string; type?: string };

/** Sends a multipart/form-data body, built the way a browser builds one. */
async function upload(
  url: string,
  parts: [string, Part][],
  opts: { as?: Session; csrf?: boolean } = {},
) {
  const form = new FormData();
  for (const [field, part] of parts) {
    if (typeof part === 'string') form.append(field, part);
    else form.append(field, new Blob([part.data], { type: part.type ?? '' }), part.name);
  }
  const encoded = new Response(form);
  const as = opts.as ?? tenant.practitioner;
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      cookie: as.cookie,
      ...(opts.csrf === false ? {} : { 'x-csrf-token': as.csrf }),
    },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  return Object.assign(res, { data: () => JSON.parse(res.body) });
}

const file = (data: Buffer, name: string, type?: string): Part => ({ data, name, type });

async function newEntry(as: Session = tenant.practitioner, extra: Record<string, unknown> = {}) {
  const res = await call(t, 'POST', '/api/cpd/entries', {
    as,
    body: { title: 'Ran a workshop on accessible slides', ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id as string;
}

const uploadTo = (entryId: string, parts: [string, Part][], as?: Session) =>
  upload(`/api/cpd/entries/${entryId}/evidence`, parts, { as });

/** Every file in the store, temp files included. */
function storedFiles(): string[] {
  const root = path.join(t.deps.config.dataDir, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

async function evidenceRows(entryId: string) {
  return t.database.db
    .selectFrom('cpd_evidence')
    .selectAll()
    .where('entry_id', '=', entryId)
    .execute();
}

const download = (id: string, as: Session | null = tenant.practitioner) =>
  call(t, 'GET', `/api/cpd/evidence/${id}/file`, { as });

// ------------------------------------------------------------------ tests

describe('uploading evidence files', () => {
  it('accepts a PDF, a PNG and a Markdown file, and lists them on the entry', async () => {
    const id = await newEntry();
    const a = await uploadTo(id, [
      ['title', 'Workshop slides'],
      ['file', file(pdf(), 'slides.pdf', 'application/pdf')],
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.data()).toMatchObject({
      kind: 'file',
      title: 'Workshop slides',
      fileName: 'slides.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 300,
      url: `/api/cpd/evidence/${a.data().id}/file`,
    });
    const b = await uploadTo(id, [['file', file(png, 'feedback-chart.png')]]);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.data()).toMatchObject({ title: 'feedback-chart.png', mediaType: 'image/png' });
    const c = await uploadTo(id, [
      ['file', file(Buffer.from('# Notes\n\nWhat went well: café chat'), 'notes.md')],
    ]);
    expect(c.statusCode, c.body).toBe(201);
    expect(c.data().mediaType).toBe('text/markdown; charset=utf-8');

    const entry = (
      await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })
    ).data();
    expect(entry.evidence.map((v: { title: string }) => v.title)).toEqual([
      'Workshop slides',
      'feedback-chart.png',
      'notes.md',
    ]);
  });

  it('recognises an Office document by its content, and names it for what it is', async () => {
    const id = await newEntry();
    const res = await uploadTo(id, [['file', file(docx(), 'report.bin')]]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data()).toMatchObject({
      fileName: 'report.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses a program renamed .pdf with 415, keeping no row and no file', async () => {
    const id = await newEntry();
    const before = storedFiles();
    const res = await uploadTo(id, [['file', file(exe, 'certificate.pdf', 'application/pdf')]]);
    expect(res.statusCode).toBe(415);
    expect(res.data().error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(res.data().error.message).toMatch(/certificate\.pdf.*a program.*accepts PDF/);
    expect(await evidenceRows(id)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it('refuses SVG (it can carry scripts) and text that is not UTF-8, saying what is accepted', async () => {
    const id = await newEntry();
    const svg = await uploadTo(id, [
      [
        'file',
        file(
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
          'badge.svg',
        ),
      ],
    ]);
    expect(svg.statusCode).toBe(415);
    expect(svg.data().error.message).toMatch(/SVG images can carry scripts/);
    const binary = await uploadTo(id, [
      ['file', file(Buffer.from([0x41, 0x00, 0x42, 0xff]), 'notes.txt')],
    ]);
    expect(binary.statusCode).toBe(415);
    expect(binary.data().error.message).toMatch(/not plain UTF-8 text.*\.txt, \.csv, \.md/);
    expect(await evidenceRows(id)).toEqual([]);
  });

  it('accepts a file of exactly the limit, and refuses one byte more with 413 naming the limit', async () => {
    const id = await newEntry();
    const before = storedFiles();
    const over = await uploadTo(id, [['file', file(pdf(MAX_BYTES + 1), 'big.pdf')]]);
    expect(over.statusCode).toBe(413);
    expect(over.data().error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(over.data().error.message).toMatch(/big\.pdf is larger than the 10 KB limit/);
    expect(await evidenceRows(id)).toEqual([]);
    expect(storedFiles()).toEqual(before);

    const exact = await uploadTo(id, [['file', file(pdf(MAX_BYTES), 'just-fits.pdf')]]);
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.data().sizeBytes).toBe(MAX_BYTES);
    expect(storedFiles()).toHaveLength(before.length + 1);
  });

  it('refuses an empty file, a missing file and a title that is too long, with what to fix', async () => {
    const id = await newEntry();
    const empty = await uploadTo(id, [['file', file(Buffer.alloc(0), 'empty.pdf')]]);
    expect(empty.statusCode).toBe(400);
    expect(empty.data().error.message).toMatch(/empty\.pdf is empty/);
    const none = await uploadTo(id, [['title', 'Slides']]);
    expect(none.statusCode).toBe(400);
    expect(none.data().error.fields).toEqual([{ path: 'file', message: 'is required' }]);
    const long = await uploadTo(id, [
      ['title', 'x'.repeat(201)],
      ['file', file(pdf(), 'slides.pdf')],
    ]);
    expect(long.statusCode).toBe(400);
    expect(long.data().error.fields[0].path).toBe('title');
    const two = await uploadTo(id, [
      ['file', file(pdf(), 'one.pdf')],
      ['file', file(pdf(), 'two.pdf')],
    ]);
    expect(two.statusCode).toBe(400);
    expect(two.data().error.message).toMatch(/one file at a time/);
    expect(await evidenceRows(id)).toEqual([]);
  });

  it('answers JSON sent to an upload route with 415 saying to send multipart/form-data', async () => {
    const id = await newEntry();
    const res = await call(t, 'POST', `/api/cpd/entries/${id}/evidence`, {
      as: tenant.practitioner,
      body: { file: 'slides.pdf' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.data().error.message).toMatch(/multipart\/form-data/);
  });

  it("answers 404 for someone else's entry, a deleted entry or an unknown one, storing nothing", async () => {
    const colleagues = await newEntry(tenant.manager);
    const deleted = await newEntry();
    await call(t, 'DELETE', `/api/cpd/entries/${deleted}`, { as: tenant.practitioner });
    const before = storedFiles();
    for (const id of [colleagues, deleted, newId()]) {
      const res = await uploadTo(id, [['file', file(pdf(), 'slides.pdf')]]);
      expect(res.statusCode).toBe(404);
      expect(res.data().error.code).toBe('NOT_FOUND');
    }
    expect(storedFiles()).toEqual(before);
    expect(await evidenceRows(colleagues)).toEqual([]);
  });

  it('needs the CSRF header with a session cookie, like every other write', async () => {
    const id = await newEntry();
    const res = await upload(`/api/cpd/entries/${id}/evidence`, [['file', file(pdf(), 'a.pdf')]], {
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.data().error.code).toBe('CSRF_FAILED');
    expect(await evidenceRows(id)).toEqual([]);
  });
});

describe('link evidence', () => {
  it('adds a link, titled by its address unless a title is given', async () => {
    const id = await newEntry();
    const url = `/api/cpd/entries/${id}/evidence/link`;
    const a = await call(t, 'POST', url, {
      as: tenant.practitioner,
      body: { url: 'https://www.alt.ac.uk/about-alt/cmalt?from=newsletter' },
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.data()).toMatchObject({
      kind: 'link',
      title: 'www.alt.ac.uk/about-alt/cmalt',
      url: 'https://www.alt.ac.uk/about-alt/cmalt?from=newsletter',
      fileName: null,
    });
    const b = await call(t, 'POST', url, {
      as: tenant.practitioner,
      body: { url: 'https://example.org/', title: 'Conference recording' },
    });
    expect(b.data().title).toBe('Conference recording');
    const bad = await call(t, 'POST', url, {
      as: tenant.practitioner,
      body: { url: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields[0]).toMatchObject({ path: 'url' });
    const entry = (
      await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })
    ).data();
    expect(entry.evidence).toHaveLength(2);
  });

  it("answers 404 for another person's entry", async () => {
    const id = await newEntry(tenant.admin);
    const res = await call(t, 'POST', `/api/cpd/entries/${id}/evidence/link`, {
      as: tenant.practitioner,
      body: { url: 'https://example.org/' },
    });
    expect(res.statusCode).toBe(404);
    expect(await evidenceRows(id)).toEqual([]);
  });
});

describe('downloading evidence', () => {
  it('gives the author the same bytes, with headers that keep the browser from running them', async () => {
    const id = await newEntry();
    const text = Buffer.from('date,hours\n2026-11-01,2\n');
    const ev = (await uploadTo(id, [['file', file(text, 'hours log.csv')]])).data();
    const res = await download(ev.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(text)).toBe(true);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-length']).toBe(String(text.length));
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="hours log.csv"; filename*=UTF-8''hours%20log.csv`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);

    const image = (await uploadTo(id, [['file', file(png, 'chart.png')]])).data();
    const shown = await download(image.id);
    expect(shown.headers['content-disposition']).toMatch(/^inline;/);
    expect(shown.headers['content-security-policy']).toMatch(/sandbox/);
    expect(shown.rawPayload.equals(png)).toBe(true);
  });

  it('lets managers and admins read it only once the author shares the entry; others never', async () => {
    const id = await newEntry();
    const ev = (await uploadTo(id, [['file', file(pdf(), 'reflection.pdf')]])).data();
    const colleague = tenant.assessor;
    for (const who of [tenant.manager, tenant.admin, colleague, other.manager, other.admin]) {
      expect((await download(ev.id, who)).statusCode).toBe(404);
    }
    const shared = await call(t, 'PATCH', `/api/cpd/entries/${id}`, {
      as: tenant.practitioner,
      body: { shared: true },
    });
    expect(shared.statusCode).toBe(200);
    for (const who of [tenant.manager, tenant.admin]) {
      const res = await download(ev.id, who);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^inline; filename="reflection.pdf"/);
    }
    // Sharing is with one's own institution's managers only, and not with peers.
    for (const who of [colleague, other.manager, other.admin]) {
      expect((await download(ev.id, who)).statusCode).toBe(404);
    }
    expect((await download(ev.id, null)).statusCode).toBe(401);
    // A manager can read but not remove it.
    const removed = await call(t, 'DELETE', `/api/cpd/evidence/${ev.id}`, { as: tenant.manager });
    expect(removed.statusCode).toBe(404);
    expect((await download(ev.id)).statusCode).toBe(200);
  });

  it('answers 404 for a link (there is no file to download)', async () => {
    const id = await newEntry();
    const link = await call(t, 'POST', `/api/cpd/entries/${id}/evidence/link`, {
      as: tenant.practitioner,
      body: { url: 'https://example.org/' },
    });
    expect((await download(link.data().id)).statusCode).toBe(404);
  });
});

describe('removing evidence', () => {
  it('removes the row and the stored file', async () => {
    const id = await newEntry();
    const before = storedFiles();
    const ev = (await uploadTo(id, [['file', file(pdf(), 'draft.pdf')]])).data();
    expect(storedFiles()).toHaveLength(before.length + 1);
    const res = await call(t, 'DELETE', `/api/cpd/evidence/${ev.id}`, { as: tenant.practitioner });
    expect(res.statusCode).toBe(204);
    expect(storedFiles()).toEqual(before);
    expect((await download(ev.id)).statusCode).toBe(404);
    const entry = (
      await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })
    ).data();
    expect(entry.evidence).toEqual([]);
  });

  it('keeps the files of a deleted entry for undo, and removes them when the entry is purged', async () => {
    const id = await newEntry();
    const before = storedFiles();
    await uploadTo(id, [['file', file(pdf(), 'kept-for-undo.pdf')]]);
    await call(t, 'DELETE', `/api/cpd/entries/${id}`, { as: tenant.practitioner });
    await purgeDeletedEntries(t.deps);
    expect(storedFiles()).toHaveLength(before.length + 1);
    // Undo brings the evidence back with the entry.
    await call(t, 'POST', '/api/cpd/entries/bulk', {
      as: tenant.practitioner,
      body: { action: 'restore', ids: [id] },
    });
    const restored = (
      await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })
    ).data();
    expect(restored.evidence).toHaveLength(1);

    await call(t, 'DELETE', `/api/cpd/entries/${id}`, { as: tenant.practitioner });
    await purgeDeletedEntries(t.deps, Date.now() + UNDO_WINDOW_MS + 60_000);
    expect(storedFiles()).toEqual(before);
    expect(await evidenceRows(id)).toEqual([]);
  });

  it('purges at start-up and then on a timer, when the server runs housekeeping', async () => {
    const before = storedFiles();
    const expiredEntryWithFile = async () => {
      const id = await newEntry();
      await uploadTo(id, [['file', file(pdf(), 'old.pdf')]]);
      await call(t, 'DELETE', `/api/cpd/entries/${id}`, { as: tenant.practitioner });
      await t.database.db
        .updateTable('cpd_entries')
        .set({ deleted_at: new Date(Date.now() - UNDO_WINDOW_MS - 60_000).toISOString() })
        .where('id', '=', id)
        .execute();
    };
    await expiredEntryWithFile();
    const housekeeping = startEvidenceHousekeeping(t.deps, t.app.log, 50);
    try {
      await housekeeping.idle();
      expect(storedFiles()).toEqual(before);
      await expiredEntryWithFile();
      expect(storedFiles()).toHaveLength(before.length + 1);
      // The next run comes by itself.
      for (let i = 0; i < 40 && storedFiles().length > before.length; i++) {
        await new Promise((r) => setTimeout(r, 50));
        await housekeeping.idle();
      }
      expect(storedFiles()).toEqual(before);
    } finally {
      await housekeeping.stop();
    }
  });

  it("removes a person's files when they delete their account, and an institution's with it", async () => {
    const leaver = await createUser(t, {
      institutionId: tenant.institutionId,
      roles: ['practitioner'],
    });
    const id = await newEntry(leaver);
    await uploadTo(id, [['file', file(pdf(), 'mine.pdf')]], leaver);

    // A one-person institution goes with its last member, and so do its files.
    const solo = await createTenant(t, 'Solo Consultancy');
    const lone = solo.admin;
    const former = solo.practitioner;
    const formerEntry = await newEntry(former);
    await uploadTo(formerEntry, [['file', file(pdf(), 'theirs.pdf')]], former);
    await t.database.db
      .deleteFrom('memberships')
      .where('institution_id', '=', solo.institutionId)
      .where('user_id', '!=', lone.userId)
      .execute();
    await insertMembership(t.database.db, {
      institutionId: solo.institutionId,
      userId: former.userId,
      roles: 'practitioner',
      status: 'deactivated',
    });
    const before = storedFiles();

    for (const who of [leaver, lone]) {
      const res = await call(t, 'DELETE', '/api/me', {
        as: who,
        body: { password: PASSWORD, confirm: 'DELETE' },
      });
      expect(res.statusCode, res.body).toBe(204);
    }
    expect(storedFiles()).toHaveLength(before.length - 2);
  });
});

describe('logging CPD with evidence in one go', () => {
  const withEvidence = (parts: [string, Part][]) => upload('/api/cpd/entries/with-evidence', parts);
  const count = async () =>
    (await call(t, 'GET', '/api/cpd/entries', { as: tenant.practitioner })).data().total as number;

  it('creates the entry with all its files', async () => {
    const res = await withEvidence([
      [
        'entry',
        JSON.stringify({
          title: 'Presented at the digital education forum',
          hours: 1.5,
          type: 'presenting',
        }),
      ],
      ['file', file(pdf(), 'slides.pdf')],
      ['file', file(png, 'photo.png')],
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data()).toMatchObject({
      title: 'Presented at the digital education forum',
      hours: 1.5,
    });
    expect(res.data().evidence.map((v: { fileName: string }) => v.fileName)).toEqual([
      'slides.pdf',
      'photo.png',
    ]);
  });

  it('keeps nothing when one file is refused: no entry, no rows, no files', async () => {
    const entries = await count();
    const before = storedFiles();
    const res = await withEvidence([
      ['entry', JSON.stringify({ title: 'Half-saved entry' })],
      ['file', file(pdf(), 'fine.pdf')],
      ['file', file(exe, 'setup.pdf')],
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.data().error.message).toMatch(/setup\.pdf/);
    expect(await count()).toBe(entries);
    expect(storedFiles()).toEqual(before);

    const big = await withEvidence([
      ['entry', JSON.stringify({ title: 'Half-saved entry' })],
      ['file', file(pdf(), 'fine.pdf')],
      ['file', file(pdf(MAX_BYTES + 1), 'huge.pdf')],
    ]);
    expect(big.statusCode).toBe(413);
    expect(await count()).toBe(entries);
    expect(storedFiles()).toEqual(before);
  });

  it('checks the entry with the same rules and messages as logging CPD without files', async () => {
    const body = { title: ' ', hours: 30 };
    const plain = await call(t, 'POST', '/api/cpd/entries', { as: tenant.practitioner, body });
    const before = storedFiles();
    const res = await withEvidence([
      ['entry', JSON.stringify(body)],
      ['file', file(pdf(), 'slides.pdf')],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields).toEqual(plain.data().error.fields);
    expect(storedFiles()).toEqual(before);

    const notJson = await withEvidence([['entry', '{title:']]);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.data().error.fields).toEqual([{ path: 'entry', message: 'is not valid JSON' }]);
    const late = await withEvidence([
      ['file', file(pdf(), 'slides.pdf')],
      ['entry', JSON.stringify({ title: 'Files first' })],
    ]);
    expect(late.statusCode).toBe(400);
    expect(late.data().error.message).toMatch(/entry" field before the files/);
    expect(storedFiles()).toEqual(before);
  });

  it('takes at most 10 files', async () => {
    const entries = await count();
    const before = storedFiles();
    const res = await withEvidence([
      ['entry', JSON.stringify({ title: 'Too many files' })],
      ...Array.from({ length: 11 }, (_, i): [string, Part] => ['file', file(pdf(), `p${i}.pdf`)]),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toMatch(/at most 10 files/);
    expect(await count()).toBe(entries);
    expect(storedFiles()).toEqual(before);
  });
});
