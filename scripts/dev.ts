/**
 * `npm run dev`: the API on :8080, restarted when server code changes, and the Vite dev server
 * on :5173 (open this one) with hot reload, proxying /api to the API.
 */
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/cli.ts', 'serve'], {
    stdio: 'inherit',
    env: { ...process.env, CAIRN_SKIP_WEB_BUILD: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'debug' },
  }),
  spawn('npx', ['vite', '--config', 'web/vite.config.ts'], { stdio: 'inherit' }),
];
console.log('Cairn dev: open http://localhost:5173 (API on http://localhost:8080)');
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);
