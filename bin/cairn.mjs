#!/usr/bin/env node
// Entry point for `npm start` and `npx cairn`: runs the TypeScript CLI through tsx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Cairn needs Node.js 20.19 or later; this is ${process.versions.node}. Install a newer Node.js and try again.`,
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../server/src/cli.ts');
