// The CLI's file reader: exact bytes for ordinary files, never more than its cap for anything
// (a huge file, /dev/zero, a pipe that never ends), and pipes and /proc files read as streams.
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readFile,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

  it('reads a named pipe whether its writer came first or comes later', async () => {
    // First: the writer waits to open the pipe; opening it to read lets the writer through, and
    // what it writes must reach this read (closing and reopening the pipe would lose it).
    const early = join(folder, 'early');
    execFileSync('mkfifo', [early]);
    const writer = spawn('sh', ['-c', `printf '{"writer":"first"}' > "$0"`, early]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(new TextDecoder().decode(await readFileBytes(early))).toBe('{"writer":"first"}');
    await new Promise((resolve) => writer.once('exit', resolve));
    // Later: the read waits, and the event loop still runs meanwhile.
    const late = join(folder, 'late');
    execFileSync('mkfifo', [late]);
    const reading = readFileBytes(late);
    await new Promise((resolve) => setTimeout(resolve, 20));
    createWriteStream(late).end('{"writer":"later"}');
    expect(new TextDecoder().decode(await reading)).toBe('{"writer":"later"}');
  });

  it('holds no thread while pipes wait for writers that never come', async () => {
    // More waiting pipes than libuv has threads (4): a file read, which needs one, still runs.
    const pipes = Array.from({ length: 6 }, (_, i) => join(folder, `idle-${i}`));
    for (const pipe of pipes) execFileSync('mkfifo', [pipe]);
    const waiting = pipes.map((pipe) => readFileBytes(pipe));
    const other = file('other', pattern(10));
    const read = await new Promise<Buffer>((resolve, reject) =>
      readFile(other, (error, data) => (error ? reject(error) : resolve(data))),
    );
    expect(read.length).toBe(10);
    // Let them go: each writer closes at once, so each read ends empty.
    for (const pipe of pipes) createWriteStream(pipe).end();
    expect((await Promise.all(waiting)).map((bytes) => bytes.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('rejects a missing file and a directory', async () => {
    await expect(readFileBytes(join(folder, 'missing.json'))).rejects.toThrow();
    await expect(readFileBytes(folder)).rejects.toThrow(/directory/);
  });
});

describe('credlens verify over the Node reader', () => {
  it('gives standard input to every "-", in the process as users run it', async () => {
    const run = new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'lib/cli/main.ts', 'verify', '--json', '--concurrency', '1', '-', '-'],
        { encoding: 'utf8', timeout: 60_000 },
        (error, stdout) => (error && error.code !== 1 ? reject(error) : resolve(stdout)),
      );
      child.stdin?.end(readFileSync('test/fixtures/demo/verified.json'));
    });
    const lines = (await run).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { status: string }).status)).toEqual([
      'verified',
      'verified',
    ]);
  }, 60_000);

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

  it('answers at once, with nothing, for a stream read before (standard input given twice)', async () => {
    const stream = Readable.from([Buffer.from('{"once":true}')]);
    expect(new TextDecoder().decode(await readAtMost(stream))).toBe('{"once":true}');
    expect((await readAtMost(stream)).length).toBe(0);
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
