/**
 * Portfolios at size: a Senior CMALT portfolio (13 sections, at least the 12 of the target)
 * with 120 pieces of evidence (50 CPD entries, 30 web links and 40 generated PNG images of
 * 100-300 KB) and some 400 words of description and reflection per section, built through
 * the real routes on SQLite (the images are stored as an upload stores them). Each round
 * times, each in its own block of runs after a warm-up: the PDF export, the HTML export (images embedded), the
 * completeness check, and, as the same-run baseline, a plain GET of the portfolio's JSON
 * (what every export reads first); the ZIP and Markdown exports are shown for information.
 *
 *   npm run bench:portfolios
 *   BENCH_ROUNDS=5 npm run bench:portfolios     (runs per operation; default 9, after one warm-up)
 *
 * Targets (issue #5): PDF export under 2 s, HTML export under 1 s, completeness under 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app';
import { parseConfig } from '../server/src/config';
import { openSqlite } from '../server/src/db/connect';
import { newId } from '../server/src/lib/crypto';
import { createDiskStore } from '../server/src/lib/storage';
import { insertUser } from '../server/src/modules/auth/repository';
import { issueSession } from '../server/src/modules/auth/service';
import { insertInstitution, insertMembership } from '../server/src/modules/institutions/repository';
import { addFileEvidence, makePng } from '../server/src/modules/portfolios/export/fixtures';
import { prepareDatabase } from '../server/src/prepare';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CPD = 50;
const LINKS = 30;
const IMAGES = 40;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

const WORDS =
  'learners staff accessibility evaluation design platform feedback assessment workshop policy practice reflection colleagues evidence inclusive digital course support outcome change'.split(
    ' ',
  );
const prose = (n: number, seed: number) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(WORDS[(i * 7 + seed * 13) % WORDS.length] ?? 'word');
    if (i % 60 === 59) out.push('\n\n');
    else if (i % 12 === 11) out.push('.');
  }
  return out
    .join(' ')
    .replace(/ \./g, '.')
    .replace(/ \n\n /g, '\n\n');
};

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cairn-bench-portfolios-'));
  const database = openSqlite(path.join(dataDir, 'cairn.db'));
  try {
    await prepareDatabase(database);
    const config = { ...parseConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }), webDist: null };
    const store = createDiskStore(path.join(dataDir, 'files'));
    const mailer = { configured: false, send: async () => false };
    const app = await buildApp({ config, database, mailer, store, logger: false });
    await app.ready();
    const deps = { db: database.db, dialect: database.dialect, config, mailer, store };

    const db = database.db;
    const institutionId = await insertInstitution(db, {
      name: 'Bench University',
      slug: `bench-${newId()}`,
      sector: 'higher-education',
    });
    const userId = await insertUser(db, {
      email: `bench-${newId()}@bench.example`,
      name: 'Bench Practitioner',
      passwordHash: null,
    });
    await insertMembership(db, { institutionId, userId, roles: 'practitioner' });
    const s = await issueSession(deps, db, userId, institutionId, {
      ip: '127.0.0.1',
      userAgent: 'bench',
    });
    const headers = { cookie: `cairn_session=${s.secret}`, 'x-csrf-token': s.csrfToken };
    const send = async (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
      const res = await app.inject({
        method,
        url,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
        ...(body ? { payload: JSON.stringify(body) } : {}),
      });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res;
    };

    // The portfolio, through the routes.
    const templates = (await send('GET', '/api/portfolio-templates')).json().templates;
    const templateId = templates.find((t: { key: string }) => t.key === 'cmalt-senior').id;
    const p = (
      await send('POST', '/api/portfolios', { templateId, title: 'Senior CMALT portfolio 2026' })
    ).json();
    const sections = p.sectionList as { id: string; revision: number }[];
    for (const [i, sec] of sections.entries()) {
      await send('PATCH', `/api/portfolios/${p.id}/sections/${sec.id}`, {
        revision: sec.revision,
        description: prose(220, i),
        reflection: prose(180, i + 1),
      });
    }
    const at = (i: number) => sections[i % sections.length]!;
    let n = 0;
    for (let i = 0; i < CPD; i++, n++) {
      const entry = (
        await send('POST', '/api/cpd/entries', {
          title: `Workshop ${i + 1}: ${WORDS[i % WORDS.length]}`,
          hours: 1 + (i % 4),
          reflection: prose(60, i),
        })
      ).json();
      await send('POST', `/api/portfolios/${p.id}/sections/${at(n).id}/evidence`, {
        cpdEntryId: entry.id,
      });
    }
    for (let i = 0; i < LINKS; i++, n++) {
      await send('POST', `/api/portfolios/${p.id}/sections/${at(n).id}/evidence`, {
        url: `https://example.org/practice/${i + 1}`,
        title: `Blog post ${i + 1}`,
      });
    }
    let imageBytes = 0;
    for (let i = 0; i < IMAGES; i++, n++) {
      // 100-300 KB each: incompressible RGB of 190x180 up to 330x300 pixels.
      const png = makePng(190 + ((i * 37) % 140), 180 + ((i * 53) % 120), {
        noise: true,
        seed: i + 1,
      });
      imageBytes += png.length;
      await addFileEvidence(deps, { institutionId, userId }, at(n).id, {
        title: `Photo ${i + 1}`,
        fileName: `photo-${i + 1}.png`,
        mediaType: 'image/png',
        bytes: png,
      });
    }
    const full = (await send('GET', `/api/portfolios/${p.id}`)).json();
    const evidence = full.sectionList.reduce(
      (k: number, sec: { evidence: unknown[] }) => k + sec.evidence.length,
      0,
    );

    const ops: [string, string, number | null][] = [
      ['PDF export', `/api/portfolios/${p.id}/export?format=pdf`, 2000],
      ['HTML export', `/api/portfolios/${p.id}/export?format=html`, 1000],
      ['completeness check', `/api/portfolios/${p.id}/completeness`, 50],
      ['baseline: GET portfolio JSON', `/api/portfolios/${p.id}`, null],
      ['ZIP export (info)', `/api/portfolios/${p.id}/export?format=zip`, null],
      ['Markdown export (info)', `/api/portfolios/${p.id}/export?format=markdown`, null],
    ];
    // Timed over real HTTP (light-my-request would also decode every binary body to a string).
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const times = new Map<string, number[]>(ops.map(([name]) => [name, []]));
    const sizes = new Map<string, number>();
    // Each operation in its own block, after a warm-up run: a large export leaves garbage
    // whose collection would otherwise land on whichever small request comes next.
    for (const [name, url] of ops) {
      for (let round = 0; round <= ROUNDS; round++) {
        const t0 = process.hrtime.bigint();
        const res = await fetch(`${base}${url}`, { headers });
        const body = await res.arrayBuffer();
        const took = ms(t0);
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
        if (round > 0) times.get(name)!.push(took);
        sizes.set(name, body.byteLength);
      }
    }
    // The same PDF when a name needs more than the standard fonts (DejaVu Sans is embedded).
    const unicodeName = 'PDF export, embedded font (info)';
    await send('PATCH', `/api/portfolios/${p.id}`, { title: 'Senior CMALT: Łukasz Nowak' });
    ops.push([unicodeName, `/api/portfolios/${p.id}/export?format=pdf`, null]);
    times.set(unicodeName, []);
    for (let round = 0; round <= ROUNDS; round++) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${base}/api/portfolios/${p.id}/export?format=pdf`, { headers });
      const body = await res.arrayBuffer();
      if (round > 0) times.get(unicodeName)!.push(ms(t0));
      sizes.set(unicodeName, body.byteLength);
    }
    await app.close();

    console.log(
      `\nPortfolio: ${full.templateSpec.title}, ${sections.length} sections, ${evidence} pieces of evidence (${CPD} CPD entries, ${LINKS} links, ${IMAGES} PNG images, ${(imageBytes / 1048576).toFixed(1)} MB), ${full.completeness.words.total} words; SQLite, ${ROUNDS} runs each after a warm-up, HTTP on 127.0.0.1 (client in the same process).\n`,
    );
    const rows = ops.map(([name, , target]) => {
      const xs = times.get(name)!;
      const p50 = pct(xs, 0.5);
      const max = Math.max(...xs);
      return {
        operation: name,
        'p50 ms': Number(p50.toFixed(1)),
        'max ms': Number(max.toFixed(1)),
        target: target === null ? '' : `< ${target} ms`,
        met: target === null ? '' : max < target ? 'yes' : p50 < target ? 'p50 only' : 'NO',
        output: `${(sizes.get(name)! / 1024).toFixed(0)} KB`,
      };
    });
    console.table(rows);
    const failed = rows.filter((r) => r.met === 'NO');
    if (failed.length) {
      console.log(`Missed: ${failed.map((r) => r.operation).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
