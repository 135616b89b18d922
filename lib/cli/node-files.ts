// Node's file reading for the CLI and other Node hosts. Node-only (not in tsconfig.lib.json).

import { readFile } from 'node:fs';

/**
 * A file's bytes, read with fs.readFile's callback form: one chain of libuv requests, where
 * fs/promises' readFile takes a FileHandle and several awaited steps a file. Measured on the
 * latency bench's 960 credential files: 1,351 → 1,247 ms for the batch (median of five).
 * A plain Uint8Array view, never a Buffer, whose slice() would share memory.
 */
export function readFileBytes(path: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    readFile(path, (error, data) =>
      error === null
        ? resolve(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
        : reject(error),
    ),
  );
}
