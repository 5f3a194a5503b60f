/**
 * The server side of bench/http.ts, in its own process so that the load generator does not
 * share an event loop with it: a bare Fastify route (the baseline) and the full Cairn app on
 * SQLite, side by side. Prints one JSON line with the addresses and a signed-in session.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app';
import { parseConfig } from '../server/src/config';
import { openSqlite } from '../server/src/db/connect';
import { prepareDatabase } from '../server/src/prepare';
import { DEMO_PASSWORD, demoEmail, loadDemo } from '../server/src/demo/seed';

const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ ok: true }));
// Control route for the load generator: CPU time this whole process has used, in µs.
bare.get('/__cpu', async () => {
  const u = process.cpuUsage();
  return { micros: u.user + u.system };
});
await bare.listen({ port: 0, host: '127.0.0.1' });

const dir = mkdtempSync(path.join(tmpdir(), 'cairn-bench-'));
const config = { ...parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn' }), webDist: null };
const database = openSqlite(config.sqlitePath);
await prepareDatabase(database);
await loadDemo(database.db);
const app = await buildApp({ config, database, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });

const signIn = await app.inject({
  method: 'POST',
  url: '/api/auth/sign-in',
  payload: { email: demoEmail('Priya Raman'), password: DEMO_PASSWORD },
});
const session = (signIn.cookies as { name: string; value: string }[]).find(
  (c) => c.name === 'cairn_session',
);
const port = (s: { server: import('node:http').Server }) => {
  const a = s.server.address();
  return typeof a === 'object' && a ? a.port : 0;
};
console.log(
  JSON.stringify({
    bare: `http://127.0.0.1:${port(bare)}`,
    app: `http://127.0.0.1:${port(app)}`,
    cookie: `cairn_session=${session?.value}`,
  }),
);
process.on('SIGTERM', async () => {
  await app.close();
  await bare.close();
  await database.close();
  process.exit(0);
});
