import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZEmail, ZInstitutionName, ZNewPassword, ZSector } from '../../contracts/common';
import { UsageError } from './cli-errors';
import { type Config, config as loadConfig } from './config';
import { openDb } from './db/connect';
import { prepareDatabase } from './prepare';
import { describeDemo, loadDemo } from './demo/seed';
import { hashPassword } from './lib/passwords';
import * as authRepo from './modules/auth/repository';
import { createInstitutionWithAdmin } from './modules/institutions/service';
import { insertMembership } from './modules/institutions/repository';
import { startServer, stopOnSignals } from './server';
import { VERSION } from './version';
import { ensureWebBuild } from './web-build';

/*
 * The commands that need a database or the server. cli.ts loads this module only for them,
 * so that classify-title and verify-credential start quickly.
 */

function need<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '')
    throw new UsageError(`Missing --${flag}. Run "npx cairn help" for usage.`);
  return value;
}

function check<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
  flag: string,
): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new UsageError(`--${flag} ${r.error.issues[0]?.message ?? 'is not valid'}.`);
  return r.data;
}

const generatedPassword = () => randomBytes(12).toString('base64url');

async function withDb<T>(
  config: Config,
  fn: (db: ReturnType<typeof openDb>) => Promise<T>,
): Promise<T> {
  const handle = openDb(config);
  try {
    await prepareDatabase(handle);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Runs one of the database or server commands (cli.ts has already handled the others). */
export async function runCommand(command: string, rest: string[]): Promise<void> {
  const { values } = parseArgs({
    args: rest,
    options: {
      demo: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
      institution: { type: 'string' },
      sector: { type: 'string' },
      password: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });

  const config = loadConfig();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.sqlitePath}`;

  switch (command) {
    case 'serve': {
      if (config.webDist && !process.env.CAIRN_SKIP_WEB_BUILD) {
        await ensureWebBuild(config.webDist, (l) => console.log(l));
      }
      if (values.demo) console.log(await withDb(config, (h) => loadDemo(h.db)).then(describeDemo));
      const running = await startServer(config);
      stopOnSignals(running);
      console.log(
        `Cairn ${VERSION} is running at ${running.url} (database: ${where}). Press Ctrl+C to stop.`,
      );
      return;
    }
    case 'migrate': {
      const handle = openDb(config);
      try {
        const { migrations, builtins } = await prepareDatabase(handle);
        console.log(
          migrations.length
            ? `Applied ${migrations.length} migration(s) to ${where}: ${migrations.join(', ')}`
            : `The database (${where}) is up to date.`,
        );
        if (builtins.length) console.log(`Updated the built-in data: ${builtins.join(', ')}.`);
      } finally {
        await handle.close();
      }
      return;
    }
    case 'demo': {
      console.log(describeDemo(await withDb(config, (h) => loadDemo(h.db))));
      return;
    }
    case 'create-admin': {
      const email = check(ZEmail, need(values.email, 'email'), 'email');
      const name = need(values.name, 'name').trim();
      const institutionName = check(
        ZInstitutionName,
        need(values.institution, 'institution'),
        'institution',
      );
      const sector = check(ZSector, values.sector ?? 'higher-education', 'sector');
      const password = values.password
        ? check(ZNewPassword, values.password, 'password')
        : generatedPassword();
      const passwordHash = await hashPassword(password);
      const msg = await withDb(config, (h) =>
        h.db.transaction().execute(async (trx) => {
          const existingUser = await authRepo.findUserByEmail(trx, email);
          if (existingUser)
            throw new UsageError(
              `${email} already has an account. Use reset-password to set its password.`,
            );
          const userId = await authRepo.insertUser(trx, { email, name, passwordHash });
          const inst = await trx
            .selectFrom('institutions')
            .select('id')
            .where('name', '=', institutionName)
            .executeTakeFirst();
          if (inst) {
            await insertMembership(trx, {
              institutionId: inst.id,
              userId,
              roles: 'admin,practitioner',
            });
            return `Added ${email} as an administrator of ${institutionName}.`;
          }
          await createInstitutionWithAdmin(trx, {
            name: institutionName,
            sector,
            userId,
            actor: null,
            ip: null,
          });
          return `Created ${institutionName} with ${email} as its administrator.`;
        }),
      );
      console.log(
        values.password
          ? msg
          : `${msg}\nPassword: ${password}\n(Shown once. They can change it in their profile.)`,
      );
      return;
    }
    case 'reset-password': {
      const email = check(ZEmail, need(values.email, 'email'), 'email');
      const password = values.password
        ? check(ZNewPassword, values.password, 'password')
        : generatedPassword();
      const passwordHash = await hashPassword(password);
      await withDb(config, async (h) => {
        const user = await authRepo.findUserByEmail(h.db, email);
        if (!user) throw new UsageError(`No account has the email ${email}.`);
        await h.db.transaction().execute(async (trx) => {
          await authRepo.updateUser(trx, user.id, { password_hash: passwordHash });
          await authRepo.deleteSessionsOfUser(trx, user.id);
          await authRepo.clearFailuresForEmail(trx, email);
        });
      });
      console.log(
        `Password of ${email} reset; their sessions were ended.${values.password ? '' : `\nNew password: ${password}`}`,
      );
      return;
    }
    case 'backup': {
      if (config.databaseUrl) {
        console.log(
          'Cairn is using PostgreSQL (DATABASE_URL), which has its own tools: back it up with\n  pg_dump --format=custom --file=cairn.dump "$DATABASE_URL"\nand restore with pg_restore.',
        );
        return;
      }
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const out = path.resolve(
        values.out ?? path.join(config.dataDir, 'backups', `cairn-${stamp}.db`),
      );
      mkdirSync(path.dirname(out), { recursive: true });
      const handle = openDb(config);
      try {
        if (!handle.sqlite) throw new Error('no SQLite handle');
        const result = await handle.sqlite.backup(out);
        console.log(
          `Backed up ${config.sqlitePath} to ${out} (${result.totalPages} pages). To restore, stop Cairn and copy it back to ${config.sqlitePath}.`,
        );
      } finally {
        await handle.close();
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run "npx cairn help" for the list.`);
  }
}
