/**
 * HTTP throughput and latency, as ratios to a bare Fastify route measured in the same run
 * (the machines are shared and noisy, so absolute numbers mean little on their own).
 *   npm run bench                     10 s per target, 10 connections
 *   BENCH_SECONDS=3 npm run bench     quicker
 * Targets (issue #2): GET /api/me at least 30% of the bare route's throughput, p99 under 10 ms.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/http-server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const first = await new Promise<string>((resolve, reject) => {
  const rl = createInterface({ input: server.stdout! });
  rl.once('line', resolve);
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const { bare, app, cookie } = JSON.parse(first) as { bare: string; app: string; cookie: string };

type Row = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function measure(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Row> {
  await autocannon({ url, connections, duration: 1, headers }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

try {
  console.log(`Measuring ${seconds}s per target with ${connections} connections...`);
  const rows = [
    await measure('bare Fastify route (baseline)', `${bare}/bare`),
    await measure('GET /api/health', `${app}/api/health`),
    await measure('GET /api/me (signed in)', `${app}/api/me`, { cookie }),
  ];
  const base = rows[0]!.rps;
  console.log('\n| target | req/s | p50 ms | p99 ms | ratio to bare | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.rps / base).toFixed(2)} | ${r.errors + r.non2xx} |`,
    );
  }
  const me = rows[2]!;
  const ratio = me.rps / base;
  console.log(
    `\n/api/me: ${(ratio * 100).toFixed(0)}% of the bare route (target ≥ 30%): ${ratio >= 0.3 ? 'met' : 'MISSED'}; ` +
      `p99 ${me.p99} ms (target < 10 ms): ${me.p99 < 10 ? 'met' : 'MISSED'}`,
  );
  if (me.non2xx + me.errors > 0) {
    console.error('/api/me answered with errors: the measurement is not valid.');
    process.exitCode = 1;
  }
} finally {
  server.kill('SIGTERM');
}
