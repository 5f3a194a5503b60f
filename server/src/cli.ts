import { UsageError } from './cli-errors';
import { ConfigError, config as loadConfig } from './config';
import { classifyTitleCommand } from './modules/careers/classifier/cli';
import { VERSION } from './version';

const HELP = `Cairn ${VERSION}: the command-line tool

Usage: npx cairn <command> [options]

Commands:
  serve [--demo]             Start Cairn (builds the web app on first run, migrates the database).
                             --demo also loads the demo institution and prints its sign-in.
  migrate                    Bring the database schema up to date, then exit.
  demo                       Load the demo institution (once) and print its sign-in.
  create-admin --email E --name N --institution I [--sector S] [--password P]
                             Create an administrator, with a new institution called I if none has that
                             name. Without --password a strong one is generated and printed.
  reset-password --email E [--password P]
                             Set a person's password (generated when not given) and end their sessions.
  backup [--out FILE]        Copy the SQLite database while Cairn runs (default: DATA_DIR/backups/).
                             On PostgreSQL, use pg_dump instead.
  verify-credential FILE     Verify an Open Badges 3.0 credential (JSON) offline: the signature, the dates
                             and the key that signed it. Exit code 0 when it verifies. Needs no network.
  classify-title [TITLE]     Classify a job title (role family, seniority, career stage, survey groups,
                             the words that decided them) and print it as JSON. Without TITLE, read
                             titles one per line from standard input and write one JSON line each.
                             Needs no database.
  help                       Show this text.

Configuration comes from environment variables (PORT, DATA_DIR, DATABASE_URL, ...): see README.md.`;

async function main(argv: string[]): Promise<void> {
  const [command = 'help', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  // These two need neither a database nor the server, so they load only what they use.
  if (command === 'classify-title') {
    process.exitCode = await classifyTitleCommand(rest, process.stdin, process.stdout);
    return;
  }
  if (command === 'verify-credential') {
    if (rest.length > 1)
      throw new UsageError('verify-credential takes one file. Run "npx cairn help" for usage.');
    const { runVerifyCredential } = await import('./modules/credentials/cli');
    process.exitCode = await runVerifyCredential(rest[0]);
    return;
  }
  const { runCommand } = await import('./cli-commands');
  await runCommand(command, rest);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  if (err instanceof Error && 'code' in err && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`${err.message}. Run "npx cairn help" for usage.`);
    process.exit(2);
  }
  if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
    console.error(
      `Port ${loadConfig().port} is already in use. Stop the other program or set PORT to another number.`,
    );
    process.exit(1);
  }
  console.error(err);
  process.exit(1);
});
