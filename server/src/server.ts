import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { type DbHandle, openDb } from './db/connect';
import { prepareDatabase } from './prepare';

export type Running = {
  app: FastifyInstance;
  database: DbHandle;
  url: string;
  stop: () => Promise<void>;
};

/** Opens the database, brings its schema up to date, and listens. */
export async function startServer(config: Config): Promise<Running> {
  const database = openDb(config);
  await prepareDatabase(database);
  const app = await buildApp({ config, database, housekeeping: true });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close(); // stops accepting, lets in-flight requests finish
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url, stop };
}

/** Stops cleanly on SIGINT/SIGTERM: in-flight requests finish, the database closes, then the process exits. */
export function stopOnSignals(running: Running) {
  const onSignal = (signal: string) => {
    running.app.log.info(`${signal} received: finishing requests and closing the database`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        running.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
