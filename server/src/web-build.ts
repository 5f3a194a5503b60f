import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const webRoot = path.join(root, 'web');
const contracts = path.join(root, 'contracts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Builds (web/dist, and web/dist-* of parallel browser-test runs) are not sources.
      if (entry.name !== 'dist' && !entry.name.startsWith('dist-') && entry.name !== 'node_modules')
        newest = Math.max(newest, newestMtime(p));
    } else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it has never been built or its sources changed since (first `npm start`). */
export async function ensureWebBuild(dist: string, log: (line: string) => void): Promise<void> {
  const index = path.join(dist, 'index.html');
  if (!existsSync(path.join(webRoot, 'index.html'))) return;
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs < Math.max(newestMtime(webRoot), newestMtime(contracts));
  if (!stale) return;
  log('Building the web app (this takes a few seconds, and only happens when it has changed)...');
  const { build } = await import('vite');
  await build({
    configFile: path.join(webRoot, 'vite.config.ts'),
    logLevel: 'warn',
    // Into the folder that is served (WEB_DIST may point elsewhere than web/dist).
    build: { outDir: dist, emptyOutDir: true },
  });
}
