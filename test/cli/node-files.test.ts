// The CLI's file reading (lib/cli/node-files.ts): small regular files at once, and anything else
// (a named pipe here) without blocking the event loop, so Ctrl-C and other inputs go on.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../lib/cli/node-files';

const folder = mkdtempSync(join(tmpdir(), 'credlens-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readInputFile', () => {
  it('reads a credential file, large or small, byte for byte', async () => {
    const small = join(folder, 'small.json');
    writeFileSync(small, '{"a":1}');
    expect(new TextDecoder().decode(await readInputFile(small))).toBe('{"a":1}');
    const large = join(folder, 'large.bin');
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    writeFileSync(large, bytes);
    expect(await readInputFile(large)).toEqual(bytes);
  });

  it('rejects for a file that is not there (the CLI reports it as unreadable)', async () => {
    await expect(readInputFile(join(folder, 'missing.json'))).rejects.toThrow();
  });

  it('reads a named pipe without blocking the event loop while it waits for its writer', async () => {
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The writer comes 300 ms later, on its own: a blocking read would still end, but would
    // have stopped every timer meanwhile.
    const writer = spawn('sh', ['-c', `sleep 0.3; printf piped > '${fifo}'`]);
    const written = new Promise((resolve) => writer.on('exit', resolve));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    try {
      expect(new TextDecoder().decode(await readInputFile(fifo))).toBe('piped');
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(await written).toBe(0);
  }, 10_000);
});
