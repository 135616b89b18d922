// Node's file reading for the CLI's inputs. A batch reads thousands of small credential files:
// read synchronously they cost a few microseconds each, against four trips through libuv's
// thread pool each (open, stat, read, close) when read asynchronously. Anything not a small
// regular file (a named pipe, a device, a large image) is still read asynchronously, so the
// event loop, and Ctrl-C with it, never waits on it. Node-only (not in tsconfig.lib.json).

import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Largest file read synchronously: credential JSON and JWTs, most baked badge images. */
const SYNC_READ_MAX_BYTES = 1024 * 1024;

/** The bytes of the file at `path`. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isFile() === true && stats.size <= SYNC_READ_MAX_BYTES)
    return new Uint8Array(readFileSync(path));
  return new Uint8Array(await readFile(path));
}
