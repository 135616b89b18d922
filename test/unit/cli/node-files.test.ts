// The CLI's file reader: exact bytes for ordinary files, never more than its cap for anything
// (a huge file, /dev/zero, a pipe that never ends), and pipes and /proc files read as streams.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readAtMost, readFileBytes } from '../../../lib/cli/node-files';
import { runCli } from '../../../lib/cli/run-cli';
import { MAX_IMAGE_BYTES } from '../../../lib/verify';

const folder = mkdtempSync(join(tmpdir(), 'credlens-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

function pattern(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 251);
}

describe('readFileBytes', () => {
  it('reads a small file (read at once) and a large one (streamed) byte for byte', async () => {
    for (const length of [1, 4_096, 1024 * 1024, 3 * 1024 * 1024 + 5]) {
      const bytes = pattern(length);
      const read = await readFileBytes(file(`f${length}`, bytes));
      expect(read.length).toBe(length);
      expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
      // A plain view, never a Buffer (whose slice() would share memory).
      expect(Buffer.isBuffer(read)).toBe(false);
    }
  });

  it('reads no more than the cap, on both paths', async () => {
    const small = await readFileBytes(file('small', pattern(5_000)), 1_000);
    expect(Buffer.from(small).equals(Buffer.from(pattern(5_000).subarray(0, 1_000)))).toBe(true);
    const large = await readFileBytes(file('large', pattern(2 * 1024 * 1024)), 100_000);
    expect(large.length).toBe(100_000);
    expect(Buffer.from(large).equals(Buffer.from(pattern(100_000)))).toBe(true);
  });

  it('caps an endless device one byte past the largest input, so it is reported too large', async () => {
    expect(MAX_FILE_BYTES).toBe(MAX_IMAGE_BYTES + 1);
    const zeros = await readFileBytes('/dev/zero');
    expect(zeros.length).toBe(MAX_FILE_BYTES);
  });

  it('streams a file whose size the system does not know (/proc)', async () => {
    const status = new TextDecoder().decode(await readFileBytes('/proc/self/status'));
    expect(status).toMatch(/^Name:/);
  });

  it('waits for a named pipe without stalling the process, and reads what is written', async () => {
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reading = readFileBytes(fifo);
    // The event loop still runs while the pipe has no writer.
    await new Promise((resolve) => setTimeout(resolve, 20));
    createWriteStream(fifo).end('{"hello":"pipe"}');
    expect(new TextDecoder().decode(await reading)).toBe('{"hello":"pipe"}');
  });

  it('rejects a missing file and a directory', async () => {
    await expect(readFileBytes(join(folder, 'missing.json'))).rejects.toThrow();
    await expect(readFileBytes(folder)).rejects.toThrow(/directory/);
  });
});

describe('credlens verify over the Node reader', () => {
  it('reports an endless device as too large, promptly, instead of reading it forever', async () => {
    const out: string[] = [];
    const code = await runCli(['verify', '--json', '/dev/zero', folder], {
      fetch: async () => new Response('offline', { status: 503 }),
      now: () => new Date(),
      readFile: (path) => readFileBytes(path),
      readStdin: async () => new Uint8Array(),
      stdout: (text) => out.push(text),
      stderr: () => undefined,
    });
    expect(code).toBe(1);
    const [zero, directory] = out.map(
      (line) => JSON.parse(line) as { status: string; checks: { code: string }[] },
    );
    expect([zero?.status, zero?.checks[0]?.code]).toEqual(['malformed', 'input_too_large']);
    expect(directory?.checks[0]?.code).toBe('input_unreadable');
  });
});

describe('readAtMost', () => {
  it('joins a stream’s chunks, text or bytes, and stops at the cap', async () => {
    const text = await readAtMost(Readable.from(['{"a":', Buffer.from('1}')]));
    expect(new TextDecoder().decode(text)).toBe('{"a":1}');
    const endless = new Readable({
      read() {
        this.push(pattern(1_000));
      },
    });
    const capped = await readAtMost(endless, 2_500);
    expect(capped.length).toBe(2_500);
    expect(endless.destroyed).toBe(true);
  });

  it('rejects when the stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(readAtMost(failing)).rejects.toThrow('disk gone');
  });
});
