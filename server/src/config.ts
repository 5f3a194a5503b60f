import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration is read from the environment once, validated, and frozen.
 * Every variable is documented in README.md (Configuration).
 */
const ZBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (or leave it unset for SQLite)')
    .optional(),
  PUBLIC_URL: z
    .url({ message: 'must be a full URL such as https://cairn.example.ac.uk' })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Cairn <no-reply@cairn.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: ZBool.default(false),
  ALLOW_INSTITUTION_CREATION: ZBool.default(true),
  EVIDENCE_MAX_MB: z.coerce
    .number({ message: 'must be a number of megabytes, like 25' })
    .positive({ message: 'must be more than 0' })
    .max(10_240, { message: 'must be at most 10240 (10 GB)' })
    .default(25),
  LINK_CHECK_ALLOW_PRIVATE: ZBool.default(false),
  CREDENTIAL_KEY_SECRET: z
    .string()
    .min(32, { message: 'must be at least 32 characters (e.g. openssl rand -base64 32)' })
    .optional(),
  NODE_ENV: z.string().default('production'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sqlitePath: string;
  publicUrl: string;
  secureCookies: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  sessionDays: number;
  trustProxy: boolean;
  allowInstitutionCreation: boolean;
  /** The largest evidence file accepted, in bytes (EVIDENCE_MAX_MB). */
  evidenceMaxBytes: number;
  /** Whether the evidence link checker may fetch private and loopback addresses (tests). */
  linkCheckAllowPrivate: boolean;
  /** Encrypts credential signing keys at rest; unset: generated into DATA_DIR on first use. */
  credentialKeySecret: string | undefined;
  /** Where the built web app lives; null when the server runs API-only (tests). */
  webDist: string | null;
}>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(
      `Cairn cannot start: fix these environment variables:\n${lines.join('\n')}`,
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sqlitePath: path.join(dataDir, 'cairn.db'),
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    trustProxy: e.TRUST_PROXY,
    allowInstitutionCreation: e.ALLOW_INSTITUTION_CREATION,
    evidenceMaxBytes: Math.floor(e.EVIDENCE_MAX_MB * 1024 * 1024),
    linkCheckAllowPrivate: e.LINK_CHECK_ALLOW_PRIVATE,
    credentialKeySecret: e.CREDENTIAL_KEY_SECRET,
    // WEB_DIST: serve a web build from elsewhere (parallel browser-test runs use their own).
    webDist: path.resolve(process.env.WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
  });
}

let loaded: Config | undefined;
/** The process-wide configuration, parsed on first use. */
export function config(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
