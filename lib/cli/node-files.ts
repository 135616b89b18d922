// Node's file reading for the CLI and other Node hosts. Node-only (not in tsconfig.lib.json).

import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { MAX_IMAGE_BYTES } from '../verify';

/**
 * Bytes read of one input at most: one more than the largest file the verifier takes (a 16 MiB
 * image), so an oversized file is still reported as too large, and `/dev/zero` or an endless
 * pipe is never read whole.
 */
export const MAX_FILE_BYTES = MAX_IMAGE_BYTES + 1;

/** Regular files up to this size are read on the calling thread, larger ones streamed. */
const SYNC_READ_BYTES = 1024 * 1024;

/**
 * A file's bytes, `maxBytes` at most, as a plain Uint8Array of its own (never a Buffer, whose
 * slice() would share memory).
 *
 * A small regular file (every credential) is read at once on this thread: four system calls of
 * a few microseconds, where fs.readFile makes the same four hops through libuv's thread pool,
 * whose threads then take the core this thread computes on (the latency bench's 960 credential
 * files, 2 cores, paired runs: 1-4% off the batch; on a network file system a read may take
 * longer, holding up the batch's other work meanwhile). Opened non-blocking, so a named pipe
 * with no writer cannot stall the process here; anything but a regular file with a known size
 * (pipes, devices, /proc) is streamed instead.
 */
export function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new Error(`${path} is a directory`);
    if (stats.isFile() && stats.size > 0 && stats.size <= SYNC_READ_BYTES)
      return Promise.resolve(readOpenFile(fd, Math.min(stats.size, maxBytes)));
    // What was opened is what is read (never the path again, which may name something else by
    // now, or, for a pipe, lose what its writer wrote when this end closed): a pipe or socket
    // through the event loop, where waiting for a writer holds no thread and Ctrl-C still
    // ends the process; a regular file as a stream of at most `maxBytes`.
    const open = fd;
    fd = undefined;
    if (stats.isFIFO() || stats.isSocket())
      return readAtMost(new Socket({ fd: open, readable: true, writable: false }), maxBytes);
    if (stats.isFile())
      return readAtMost(createReadStream('', { fd: open, end: maxBytes - 1 }), maxBytes);
    // A device (/dev/zero, a terminal): read blocking, as the path names it.
    closeSync(open);
  } catch (error) {
    return Promise.reject(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return readAtMost(createReadStream(path), maxBytes);
}

/** Up to `length` bytes from the start of an open file (fewer if it shrank meanwhile). */
function readOpenFile(fd: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, bytes, filled, length - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === length ? bytes : bytes.slice(0, filled);
}

/**
 * A stream's bytes up to `maxBytes`: it is destroyed once it has given that many, so standard
 * input or a pipe that never ends costs at most that much memory.
 */
export function readAtMost(
  stream: Readable | NodeJS.ReadStream,
  maxBytes = MAX_FILE_BYTES,
): Promise<Uint8Array> {
  // Read before (standard input given twice): nothing more will come, and no event either.
  if (stream.readableEnded || stream.destroyed) return Promise.resolve(new Uint8Array());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      stream.removeListener('data', onData);
      const bytes = new Uint8Array(Math.min(size, maxBytes));
      let offset = 0;
      for (const chunk of chunks) {
        const part = chunk.subarray(0, bytes.length - offset);
        bytes.set(part, offset);
        offset += part.length;
      }
      resolve(bytes);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size < maxBytes) return;
      stream.destroy();
      done();
    };
    stream.on('data', onData);
    stream.once('end', done);
    // Closed without an end (destroyed elsewhere): what came is all there is.
    stream.once('close', done);
    stream.once('error', (error) => {
      settled = true;
      reject(error);
    });
  });
}
