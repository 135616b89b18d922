// The CLI shares the extension's network policy: a credential URL on a private address is
// refused with fetch_blocked_private_host before any request, flag or not. The fake fetch serves
// a verified credential at that address, so a CLI that skipped the policy would print VERIFIED.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli/run-cli';
import { fakeFetch, fixedClock } from '../helpers/fake-fetch';

const PRIVATE_URL = 'https://10.0.0.1/x.json';

function io() {
  const out: string[] = [];
  const fetch = fakeFetch({
    [PRIVATE_URL]: { body: readFileSync('test/fixtures/demo/verified.json', 'utf8') },
  });
  const cli: CliIo = {
    fetch,
    now: fixedClock(),
    readFile: async () => new Uint8Array(0),
    readStdin: async () => new Uint8Array(0),
    stdout: (text) => out.push(text),
    stderr: () => undefined,
  };
  return { cli, out, fetch };
}

describe('credlens verify on a private address', () => {
  it.each([[[]], [['--insecure-localhost']]])(
    'reports fetch_blocked_private_host for https://10.0.0.1/x.json (flags %j) without a request',
    async (flags) => {
      const { cli, out, fetch } = io();
      expect(await runCli(['verify', '--json', ...flags, PRIVATE_URL], cli)).toBe(1);
      const line = JSON.parse(out[0] ?? '{}') as {
        status: string;
        checks: { code: string; outcome: string; detail?: string }[];
      };
      expect(line.status).toBe('unverifiable');
      expect(line.checks).toEqual([
        expect.objectContaining({ outcome: 'unknown', code: 'fetch_blocked_private_host' }),
      ]);
      expect(line.checks[0]?.detail).toContain('host 10.0.0.1');
      expect(fetch.requests).toEqual([]);
    },
  );

  it('names the code in the readable output', async () => {
    const { cli, out } = io();
    expect(await runCli(['verify', PRIVATE_URL], cli)).toBe(1);
    expect(out.join('\n')).toMatch(/fetch_blocked_private_host/);
    expect(out.join('\n')).not.toContain('VERIFIED');
  });
});
