import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { newId } from './crypto';

/**
 * Where uploaded files live. Callers hand over a stream and a byte limit; the store never
 * sees a person's file name, only keys it can trust (see newBlobKey). The disk store below is
 * the default; an S3-compatible store implements the same four methods.
 */
export interface BlobStore {
  /**
   * Stores the stream under `key`, all or nothing: when the stream fails or passes
   * `maxBytes`, nothing remains under the key (BlobTooLargeError for the limit).
   */
  put(key: string, source: Readable, opts: { maxBytes: number }): Promise<StoredBlob>;
  /** The stored bytes; BlobMissingError when there is nothing under the key. */
  open(key: string): Promise<{ stream: Readable; sizeBytes: number }>;
  /** Removes what is stored under the key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Removes leftovers of uploads interrupted by a crash (the disk store's temp files). */
  sweep?(olderThanMs: number): Promise<number>;
}

export type StoredBlob = { sizeBytes: number; sha256: string };

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
  }
}

export class BlobMissingError extends Error {}

/** A fresh key: a random UUID, so keys never carry anything a person typed. */
export const newBlobKey = (): string => newId();

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Counts and hashes the bytes going through, and fails once there are more than `max`. */
class Meter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.max) return done(new BlobTooLargeError(this.max));
    this.hash.update(chunk);
    done(null, chunk);
  }
  digest() {
    return this.hash.digest('hex');
  }
}

/**
 * Files under `root` (DATA_DIR/files): `<first two characters of the key>/<key>`, so that no
 * folder grows huge. Writes go to `root/tmp` first and are renamed into place when complete,
 * so a reader never sees half a file and a failed upload leaves nothing behind.
 */
export function createDiskStore(root: string): BlobStore {
  const tmpDir = path.join(root, 'tmp');
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return path.join(root, key.slice(0, 2), key);
  };
  const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

  return {
    async put(key, source, { maxBytes }) {
      const target = fileOf(key);
      // The source may fail while the folders are made: listen from the start.
      let sourceError: unknown;
      const remember = (err: unknown) => {
        sourceError ??= err;
      };
      source.on('error', remember);
      const tmp = path.join(tmpDir, `${key}.${randomBytes(6).toString('hex')}.part`);
      const meter = new Meter(maxBytes);
      let out: ReturnType<typeof createWriteStream> | undefined;
      try {
        await mkdir(tmpDir, { recursive: true });
        out = createWriteStream(tmp, { flags: 'wx' });
        await pipeline(source, meter, out);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tmp, target);
      } catch (err) {
        // A stream destroyed before its file finished opening creates the file afterwards:
        // wait until it has closed, or the partial file would outlive this removal.
        if (out && !out.closed) await new Promise<void>((done) => out?.once('close', () => done()));
        await rm(tmp, { force: true });
        throw sourceError ?? err;
      } finally {
        source.off('error', remember);
      }
      return { sizeBytes: meter.bytes, sha256: meter.digest() };
    },

    async open(key) {
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(fileOf(key), 'r');
      } catch (err) {
        if (missing(err)) throw new BlobMissingError(key);
        throw err;
      }
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), sizeBytes: size };
    },

    async remove(key) {
      await rm(fileOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await stat(fileOf(key))).isFile();
      } catch (err) {
        if (missing(err)) return false;
        throw err;
      }
    },

    async sweep(olderThanMs) {
      let names: string[];
      try {
        names = await readdir(tmpDir);
      } catch (err) {
        if (missing(err)) return 0;
        throw err;
      }
      const before = Date.now() - olderThanMs;
      let removed = 0;
      for (const name of names) {
        const file = path.join(tmpDir, name);
        const s = await stat(file).catch(() => null);
        if (s && s.mtimeMs < before) {
          await rm(file, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
