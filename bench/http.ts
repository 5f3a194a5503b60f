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

type Row = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time per request (µs): steadier than throughput on a shared machine. */
  cpuPerRequest: number;
  errors: number;
  non2xx: number;
};

/** CPU time the server process has used so far, in µs (its control route on the bare server). */
const serverCpu = async () =>
  ((await (await fetch(`${bare}/__cpu`)).json()) as { micros: number }).micros;

async function measure(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Row> {
  await autocannon({ url, connections, duration: 1, headers }); // warm-up
  const cpuBefore = await serverCpu();
  const r = await autocannon({ url, connections, duration: seconds, headers });
  const cpu = (await serverCpu()) - cpuBefore;
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    cpuPerRequest: cpu / Math.max(1, r.requests.total),
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
  const base = rows[0]!;
  console.log(
    '\n| target | req/s | p50 ms | p99 ms | throughput vs bare | server CPU µs/req | CPU vs bare | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const cells = [
      r.name,
      r.rps.toFixed(0),
      r.p50,
      r.p99,
      (r.rps / base.rps).toFixed(2),
      r.cpuPerRequest.toFixed(0),
      `${(r.cpuPerRequest / base.cpuPerRequest).toFixed(1)}×`,
      r.errors + r.non2xx,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const me = rows[2]!;
  const ratio = me.rps / base.rps;
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
