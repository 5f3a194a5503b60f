import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECT } from '../../../test/db';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../../../../bin/cairn.mjs');
// No database: DATABASE_URL points nowhere; the command must not try to open it.
const env = {
  ...process.env,
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  DATA_DIR: '/nonexistent',
};

function cairn(args: string[], input?: string) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    const p = spawn(process.execPath, [bin, 'classify-title', ...args], { env });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => {
      out += d;
    });
    p.stderr.on('data', (d) => {
      err += d;
    });
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    p.stdin.end(input ?? '');
  });
}

// The command needs no database, so one lane is enough.
if (TEST_DIALECT === 'postgres')
  console.log(
    'classifier cli.test.ts: skipped in the PostgreSQL lane; it runs in the SQLite lane.',
  );

describe.skipIf(TEST_DIALECT === 'postgres')('npx cairn classify-title', () => {
  it('prints one JSON object for a title given as an argument', { timeout: 30_000 }, async () => {
    const r = await run(process.execPath, [bin, 'classify-title', 'Senior Learning Designer'], {
      env,
    });
    const o = JSON.parse(r.stdout);
    expect(o).toMatchObject({
      title: 'Senior Learning Designer',
      family: 'learning-designer',
      seniority: 'senior',
      stage: 'career',
      groups: ['learning-teaching-education'],
    });
    expect(o.cues).toContainEqual({ phrase: 'senior', field: 'seniority', value: 'senior' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 with an error object for an unusable argument', { timeout: 30_000 }, async () => {
    const r = await cairn(['   ']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ title: '', error: expect.stringMatching(/empty/) });
  });

  it('reads standard input line by line: same order, errors in place, no crash', {
    timeout: 30_000,
  }, async () => {
    const input = [
      'Head of TEL',
      '',
      'x\u0001y',
      '!!!',
      'Video Producer\r',
      `${'a'.repeat(301)}`,
    ].join('\n');
    const r = await cairn([], input);
    expect(r.code, r.err).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({
      title: 'Head of TEL',
      family: 'learning-technologist',
      seniority: 'leadership',
    });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/empty/) });
    expect(lines[2]).toMatchObject({
      line: 3,
      title: null,
      error: expect.stringMatching(/not text/),
    });
    expect(lines[3]).toMatchObject({ line: 4, error: expect.stringMatching(/no letters/) });
    expect(lines[4]).toMatchObject({ title: 'Video Producer', family: 'content-producer' });
    expect(lines[5]).toMatchObject({
      line: 6,
      error: expect.stringMatching(/at most 300 characters/),
    });
  });

  it('streams: answers a line before the next one is written', { timeout: 30_000 }, async () => {
    const p = spawn(process.execPath, [bin, 'classify-title'], { env });
    const got: string[] = [];
    let buffer = '';
    const waitFor = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (got.length >= n) {
            p.stdout.off('data', onData);
            resolve();
          }
        };
        const onData = (d: Buffer) => {
          buffer += d;
          const parts = buffer.split('\n');
          buffer = parts.pop() ?? '';
          got.push(...parts);
          check();
        };
        p.stdout.on('data', onData);
        check();
      });
    p.stdin.write('Learning Technologist\n');
    await waitFor(1);
    expect(JSON.parse(got[0] as string).family).toBe('learning-technologist');
    p.stdin.write('Academic Developer\n');
    await waitFor(2);
    expect(JSON.parse(got[1] as string).family).toBe('educational-developer');
    p.stdin.end();
    await new Promise((r) => p.on('close', r));
  });

  it('handles 100,000 lines in order', { timeout: 120_000 }, async () => {
    const titles = [
      'Learning Technologist',
      'Head of Digital Education',
      'Instructional Designer',
      '',
    ];
    const input = Array.from({ length: 100_000 }, (_, i) => `${titles[i % 4]}`).join('\n');
    const r = await cairn([], `${input}\n`);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(100_000);
    expect(JSON.parse(lines[99_998] as string).title).toBe('Instructional Designer');
    expect(JSON.parse(lines[99_999] as string)).toMatchObject({
      line: 100_000,
      error: expect.any(String),
    });
    expect(JSON.parse(lines[50_001] as string).seniority).toBe('leadership');
  });
});
