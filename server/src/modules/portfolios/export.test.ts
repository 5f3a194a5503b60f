import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';
import { addFileEvidence, makePng } from './export/fixtures';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Export University');
  other = await createTenant(t, 'Elsewhere College');
  dir = await mkdtemp(path.join(tmpdir(), 'cairn-export-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`Skipping the Chromium export checks: no Chromium at ${CHROMIUM}`);

type Section = { id: string; key: string; title: string; revision: number };

async function start(as: Session, title: string) {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as })).data().templates;
  const templateId = list.find((x: { key: string }) => x.key === 'cmalt').id;
  const res = await call(t, 'POST', '/api/portfolios', { as, body: { templateId, title } });
  expect(res.statusCode, res.body).toBe(201);
  return res.data() as { id: string; sectionList: Section[] };
}

async function write(as: Session, pid: string, s: Section, body: Record<string, unknown>) {
  const res = await call(t, 'PATCH', `/api/portfolios/${pid}/sections/${s.id}`, {
    as,
    body: { revision: s.revision, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const owner = (s: Session) => ({ institutionId: s.institutionId!, userId: s.userId });
const exportOf = (as: Session, pid: string, query: string) =>
  call(t, 'GET', `/api/portfolios/${pid}/export?${query}`, { as });

/** A CMALT portfolio with text, a CPD entry, a link, an image and a document as evidence. */
async function fullPortfolio() {
  const as = tenant.practitioner;
  const p = await start(as, 'Évaluation & CMALT 2026');
  const [first, second, third] = p.sectionList as [Section, Section, Section];
  await write(as, p.id, first, {
    description: 'I support **lecturers** in the Faculty of Arts.',
    reflection: 'Context shapes everything I do.',
  });
  await write(as, p.id, second, { description: 'Operational issues: the VLE migration.' });
  const entry = await call(t, 'POST', '/api/cpd/entries', {
    as,
    body: { title: 'Accessibility workshop', hours: 3, reflection: 'Alt text matters.' },
  });
  expect(entry.statusCode, entry.body).toBe(201);
  for (const body of [
    { cpdEntryId: entry.data().id },
    { url: 'https://example.org/blog/vle-migration', title: 'Migration blog post' },
  ]) {
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${second.id}/evidence`, {
      as,
      body,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const png = makePng(120, 80);
  const imageId = await addFileEvidence(t.deps, owner(as), third.id, {
    title: 'Workshop photo',
    fileName: 'workshop photo.png',
    mediaType: 'image/png',
    bytes: png,
  });
  // A PNG with transparency takes pdfkit's own path into the PDF.
  const diagram = makePng(60, 40, { alpha: true });
  await addFileEvidence(t.deps, owner(as), third.id, {
    title: 'Diagram',
    fileName: 'diagram.png',
    mediaType: 'image/png',
    bytes: diagram,
  });
  const notes = Buffer.from('Minutes of the learning technology committee.\n');
  const notesId = await addFileEvidence(t.deps, owner(as), third.id, {
    title: 'Committee minutes',
    fileName: 'minutes.txt',
    mediaType: 'text/plain',
    bytes: notes,
  });
  return { p, first, second, third, png, notes, imageId, notesId };
}

let full: Awaited<ReturnType<typeof fullPortfolio>>;
beforeAll(async () => {
  full = await fullPortfolio();
});

/** Opens a file in headless Chromium; every request the page makes is recorded. */
async function openInChromium(file: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  return { browser, page, requests };
}

describe('HTML export', () => {
  it('is one self-contained page with the sections, contents and evidence', async () => {
    const res = await exportOf(tenant.practitioner, full.p.id, 'format=html');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="evaluation-cmalt-2026.html"',
    );
    expect(res.body).toContain("default-src 'none'");
    expect(res.body).toContain('<strong>lecturers</strong>');
  });

  it.skipIf(!hasChromium)(
    'opens in Chromium with working contents links and no requests out',
    async () => {
      const html = (await exportOf(tenant.practitioner, full.p.id, 'format=html')).body;
      const file = path.join(dir, 'single.html');
      await writeFile(file, html);
      const { browser, page, requests } = await openInChromium(file);
      try {
        expect(await page.locator('h1').textContent()).toBe('Évaluation & CMALT 2026');
        const h2 = await page.locator('main section > h2').allInnerTexts();
        expect(h2).toEqual([...full.p.sectionList.map((s) => s.title), 'Framework coverage']);
        // Each contents entry leads to its section.
        const toc = page.locator('nav a');
        expect(await toc.count()).toBe(full.p.sectionList.length + 1);
        await toc.nth(1).click();
        expect(new URL(page.url()).hash).toBe('#section-2');
        expect(await page.locator('#section-2 > h2').textContent()).toBe(full.second.title);
        expect(
          await page.locator('#section-2').getByText('Accessibility workshop').isVisible(),
        ).toBe(true);
        expect(
          await page.getByRole('link', { name: 'Migration blog post' }).getAttribute('href'),
        ).toBe('https://example.org/blog/vle-migration');
        // The image is embedded and shows; the document links to its download address.
        const img = page.locator('img[alt="Workshop photo"]');
        expect(
          await img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth),
        ).toBe(120);
        expect(
          await page.getByRole('link', { name: 'Committee minutes' }).getAttribute('href'),
        ).toBe(`http://cairn.test/api/portfolio-evidence/${full.notesId}/file`);
        expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual(
          [],
        );
      } finally {
        await browser.close();
      }
    },
  );
});

describe('ZIP export', () => {
  it('holds index.html, portfolio.md and the evidence files, and opens from the folder', async () => {
    const res = await exportOf(tenant.practitioner, full.p.id, 'format=zip');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="evaluation-cmalt-2026.zip"',
    );
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual([
      'evidence/diagram.png',
      'evidence/minutes.txt',
      'evidence/workshop-photo.png',
      'index.html',
      'portfolio.md',
    ]);
    expect(Buffer.from(files['evidence/workshop-photo.png']!).equals(full.png)).toBe(true);
    expect(Buffer.from(files['evidence/minutes.txt']!).equals(full.notes)).toBe(true);
    const md = Buffer.from(files['portfolio.md']!).toString();
    expect(md).toContain('[Committee minutes](evidence/minutes.txt)');
    expect(md).toContain('![Workshop photo](evidence/workshop-photo.png)');

    if (!hasChromium) return console.log('Not opening the ZIP in Chromium: none found');
    const folder = path.join(dir, 'unzipped');
    for (const [name, bytes] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
      await writeFile(path.join(folder, name), bytes);
    }
    const { browser, page, requests } = await openInChromium(path.join(folder, 'index.html'));
    try {
      const img = page.locator('img[alt="Workshop photo"]');
      expect(await img.getAttribute('src')).toBe('evidence/workshop-photo.png');
      await page.waitForFunction('document.querySelector("img").complete');
      expect(
        await img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth),
      ).toBe(120);
      await page.getByRole('link', { name: 'Committee minutes' }).click();
      await page.waitForURL(/minutes\.txt$/);
      expect(await page.locator('body').textContent()).toContain(
        'Minutes of the learning technology',
      );
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('over the 25 MB CMALT limit is refused naming the largest files, then links them on request', async () => {
    const as = tenant.practitioner;
    const p = await start(as, 'Heavy portfolio');
    const s = p.sectionList[0]!;
    await write(as, p.id, s, { description: 'Recordings of my teaching.' });
    const MB = 1024 * 1024;
    const big: string[] = [];
    for (const [name, size] of [
      ['lecture-recording.mp4', 14 * MB],
      ['seminar-recording.mp4', 12 * MB],
    ] as const) {
      big.push(
        await addFileEvidence(t.deps, owner(as), s.id, {
          title: name,
          fileName: name,
          mediaType: 'video/mp4',
          bytes: Buffer.alloc(size, 7),
        }),
      );
    }
    await addFileEvidence(t.deps, owner(as), s.id, {
      title: 'Slides',
      fileName: 'slides.pdf',
      mediaType: 'application/pdf',
      bytes: Buffer.alloc(2 * MB, 1),
    });

    const refused = await exportOf(as, p.id, 'format=zip');
    expect(refused.statusCode).toBe(413);
    const err = refused.data().error;
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toContain('28.0 MB');
    expect(err.message).toContain('25.0 MB');
    expect(err.message).toMatch(
      /lecture-recording\.mp4 \(14\.0 MB\), seminar-recording\.mp4 \(12\.0 MB\)/,
    );
    expect(err.message).toContain('link=');
    const ids = err.fields.map((f: { path: string; message: string }) => f.message);
    expect(ids.slice(0, 2)).toEqual(big);

    const ok = await exportOf(as, p.id, `format=zip&link=${big[0]}&link=${big[1]}`);
    expect(ok.statusCode, ok.body).toBe(200);
    const files = unzipSync(new Uint8Array(ok.rawPayload));
    expect(Object.keys(files).sort()).toEqual([
      'evidence/slides.pdf',
      'index.html',
      'portfolio.md',
    ]);
    const html = Buffer.from(files['index.html']!).toString();
    expect(html).toContain(`http://cairn.test/api/portfolio-evidence/${big[0]}/file`);
    expect(html).toContain('linked, not included');
  });

  it('takes files uploaded through the upload route, and linked files lead to their download', async () => {
    const as = tenant.practitioner;
    const p = await start(as, 'Uploaded evidence');
    const s = p.sectionList[0]!;
    const photo = makePng(30, 20);
    const form = new FormData();
    form.append('title', 'Uploaded photo');
    form.append('file', new Blob([photo]), 'uploaded.png');
    const encoded = new Response(form);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/portfolios/${p.id}/sections/${s.id}/evidence/file`,
      headers: {
        'content-type': encoded.headers.get('content-type') ?? '',
        cookie: as.cookie,
        'x-csrf-token': as.csrf,
      },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(up.statusCode, up.body).toBe(201);
    const zip = await exportOf(as, p.id, 'format=zip');
    expect(zip.statusCode, zip.body).toBe(200);
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    expect(Buffer.from(files['evidence/uploaded.png']!).equals(photo)).toBe(true);

    const id = JSON.parse(up.body).evidence[0].id as string;
    const linked = unzipSync(
      new Uint8Array((await exportOf(as, p.id, `format=zip&link=${id}`)).rawPayload),
    );
    expect(Object.keys(linked)).not.toContain('evidence/uploaded.png');
    const href = /<a href="(http:\/\/cairn\.test[^"]+)">Uploaded photo/.exec(
      Buffer.from(linked['index.html']!).toString(),
    )?.[1];
    expect(href).toBe(`http://cairn.test/api/portfolio-evidence/${id}/file`);
    const download = await call(t, 'GET', href!.replace('http://cairn.test', ''), { as });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(photo)).toBe(true);
  });

  it('refuses link= ids that are not files of the portfolio', async () => {
    const res = await exportOf(
      tenant.practitioner,
      full.p.id,
      'format=zip&link=00000000-0000-4000-8000-000000000000',
    );
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toContain('not evidence files of this portfolio');
  });
});

describe('PDF export', () => {
  it('has a contents page, every section, the evidence with links, bookmarks and the image', async () => {
    const res = await exportOf(tenant.practitioner, full.p.id, 'format=pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="evaluation-cmalt-2026.pdf"',
    );
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(res.rawPayload), verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    }
    const all = pages.join('\n');
    expect(pages[0]).toContain('Évaluation & CMALT 2026');
    expect(pages[1]).toContain('Contents');
    for (const s of full.p.sectionList) expect(all).toContain(s.title);
    expect(all).toContain('I support lecturers in the Faculty of Arts.');
    expect(all).toContain('Accessibility workshop');
    expect(all).toContain('Alt text matters.');
    expect(all).toContain('https://example.org/blog/vle-migration');
    // One page per section after the title and contents pages.
    expect(pdf.numPages).toBeGreaterThanOrEqual(full.p.sectionList.length + 2);
    const outline = (await pdf.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual([
      ...full.p.sectionList.map((s) => s.title),
      'Framework coverage',
    ]);
    // The link is clickable on the second section's page.
    const sectionPage = pages.findIndex((text) => text.includes('Migration blog post'));
    const links = await (await pdf.getPage(sectionPage + 1)).getAnnotations();
    expect(links.map((a) => a.url)).toContain('https://example.org/blog/vle-migration');
    const ops = await (
      await pdf.getPage(pages.findIndex((x) => x.includes('Workshop photo')) + 1)
    ).getOperatorList();
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Both images are drawn: the opaque photo and the diagram with transparency.
    expect(ops.fnArray.filter((f) => f === OPS.paintImageXObject)).toHaveLength(2);
    expect(all).toContain('Framework coverage');
    await pdf.destroy();
  });
});

describe('PDF export beyond Western European text', () => {
  it('embeds a font that has the characters instead of losing them', async () => {
    const as = tenant.practitioner;
    const p = await start(as, 'Portfolio Łukasza Nowaka');
    await write(as, p.id, p.sectionList[0]!, {
      description: 'Współpraca z zespołem; Ελληνικά και Русский текст.',
    });
    const res = await exportOf(as, p.id, 'format=pdf');
    expect(res.statusCode, res.body).toBe(200);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(res.rawPayload), verbosity: 0 }).promise;
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
    }
    expect(text).toContain('Portfolio Łukasza Nowaka');
    expect(text).toContain('Współpraca z zespołem; Ελληνικά και Русский текст.');
    await pdf.destroy();
  });
});

describe('Markdown export', () => {
  it('has the headings, description, evidence list and reflection', async () => {
    const res = await exportOf(tenant.practitioner, full.p.id, 'format=markdown');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="evaluation-cmalt-2026.md"',
    );
    const md = res.body;
    expect(md.startsWith('# Évaluation & CMALT 2026\n')).toBe(true);
    expect(md).toContain(`## ${full.first.title}\n\n### Description\n\nI support **lecturers**`);
    expect(md).toContain('### Reflection\n\nContext shapes everything I do.');
    expect(md).toContain('- [Migration blog post](https://example.org/blog/vle-migration)');
    expect(md).toContain('- **Accessibility workshop** (CPD entry');
    expect(md).toContain(
      `- [Committee minutes](http://cairn.test/api/portfolio-evidence/${full.notesId}/file)`,
    );
  });
});

describe('refusals', () => {
  it('an empty portfolio: 422 saying there is nothing to export yet, in every format', async () => {
    const p = await start(tenant.practitioner, 'Empty');
    for (const format of ['html', 'pdf', 'zip', 'markdown']) {
      const res = await exportOf(tenant.practitioner, p.id, `format=${format}`);
      expect(res.statusCode, format).toBe(422);
      expect(res.data().error.message).toContain('nothing to export yet');
    }
  });

  it('someone else’s portfolio is not found, in the same institution or another', async () => {
    const colleague = await createUser(t, { institutionId: tenant.institutionId });
    for (const as of [colleague, other.practitioner, other.admin]) {
      const res = await exportOf(as, full.p.id, 'format=html');
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Faculty of Arts');
    }
  });

  it('people the portfolio is shared with can export it too', async () => {
    const colleague = await createUser(t, { institutionId: tenant.institutionId });
    const shared = await call(t, 'POST', `/api/portfolios/${full.p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: colleague.userId },
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const res = await exportOf(colleague, full.p.id, 'format=markdown');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('I support **lecturers**');
  });

  it('an unknown format says which ones there are', async () => {
    const res = await exportOf(tenant.practitioner, full.p.id, 'format=docx');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('must be html, pdf, zip or markdown');
  });
});
