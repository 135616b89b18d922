// The Node CLI as users run it (a child process: lib/cli/main.ts under tsx), verifying on one
// worker thread per core: the same lines as on the main thread alone (--concurrency 1), in the
// same order, and the right exit status.

import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createThreadVerifier } from '../../lib/cli/verify-threads';

const FILES = ['verified', 'tampered', 'expired', 'forged', 'status-list', 'verified'].map(
  (name) => `test/fixtures/demo/${name}.json`,
);

function cli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'lib/cli/main.ts',
        'verify',
        '--json',
        '--now',
        '2026-11-23T12:00:00Z',
        ...args,
      ],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout) => resolve({ code: error === null ? 0 : Number(error.code), out: stdout }),
    );
  });
}

describe('credlens verify on worker threads', () => {
  it('prints the same results, in the same order, as on one thread', async () => {
    const [threaded, single] = await Promise.all([
      cli(['--concurrency', '8', '--threads', '2', ...FILES]),
      cli(['--concurrency', '1', ...FILES]),
    ]);
    const inputs = threaded.out
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { input: string }).input);
    expect(inputs).toEqual(FILES);
    expect(threaded.out).toEqual(single.out);
    expect(threaded.code).toBe(1);
    expect(single.code).toBe(1);
  }, 90_000);

  it('starts threads when asked for two or more, none for one', async () => {
    expect(
      createThreadVerifier({ insecureLocalhost: false }, () => async () => ({}) as never, 1),
    ).toBeUndefined();
    const pool = createThreadVerifier(
      { insecureLocalhost: false, now: '2026-11-23T12:00:00Z' },
      () => {
        throw new Error('the threads should have answered');
      },
      2,
    );
    expect(pool).toBeDefined();
    const result = await pool?.verify('test/fixtures/demo/verified.json');
    await pool?.close();
    expect(result?.status).toBe('verified');
  }, 60_000);
});
