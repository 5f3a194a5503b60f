import type { Config } from './config';
import type { Db, Dialect } from './db/connect';
import type { Mailer } from './lib/mailer';
import type { BlobStore } from './lib/storage';

/** What every module needs, built once in app.ts and passed down (no globals). */
export type Deps = {
  db: Db;
  dialect: Dialect;
  config: Config;
  mailer: Mailer;
  /** Uploaded files (CPD evidence): DATA_DIR/files unless another store is given. */
  store: BlobStore;
};
