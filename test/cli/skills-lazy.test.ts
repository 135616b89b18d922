// `credlens verify` never loads the skills pack (about 37 MB of heap and a third of a second of
// start-up that a batch would otherwise carry): only `skills` and `match` do.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli/run-cli';
import { fixedClock } from '../helpers/fake-fetch';

const loaded = vi.hoisted(() => ({ pack: false }));
vi.mock('../../lib/skills/load-pack', async (original) => {
  loaded.pack = true;
  return original();
});

function io(): CliIo & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    fetch: async () => new Response('offline', { status: 503 }),
    now: fixedClock(),
    readFile: async (path) => new Uint8Array(readFileSync(path)),
    readStdin: async () => new TextEncoder().encode('We need Kubernetes and Terraform experience.'),
    stdout: (text) => out.push(text),
    stderr: () => undefined,
  };
}

describe('the skills pack is loaded only by the commands that read it', () => {
  it('verify and --help leave it unloaded; skills loads it', async () => {
    const verify = io();
    expect(await runCli(['verify', '--json', 'test/fixtures/demo/verified.json'], verify)).toBe(0);
    expect(JSON.parse(verify.out[0] ?? '{}')).toMatchObject({ status: 'verified' });
    expect(await runCli(['--help'], io())).toBe(0);
    expect(loaded.pack).toBe(false);

    const skills = io();
    expect(await runCli(['skills', '--json', '-'], skills)).toBe(0);
    expect(skills.out.join('\n')).toMatch(/Kubernetes/);
    expect(loaded.pack).toBe(true);
  });
});
