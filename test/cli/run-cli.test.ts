import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli/run-cli';
import { fakeFetch, fixedClock } from '../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../helpers/issue';

const DEMO = 'test/fixtures/demo';

function io(
  files: Record<string, string> = {},
  stdin = '',
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const errors: string[] = [];
  return {
    out,
    err: errors,
    fetch: fakeFetch({
      'https://issuer.example/badge.json': { body: readFileSync(`${DEMO}/verified.json`, 'utf8') },
    }),
    now: fixedClock(),
    readFile: async (path) => {
      const text = files[path] ?? readFileSync(path, 'utf8');
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: (text) => out.push(text),
    stderr: (text) => errors.push(text),
  };
}

describe('credlens verify', () => {
  it('exits 0 and prints a readable verdict for a verified credential', async () => {
    const cli = io();
    expect(await runCli(['verify', `${DEMO}/verified.json`], cli)).toBe(0);
    expect(cli.out.join('\n')).toContain('VERIFIED');
    expect(cli.out.join('\n')).toContain(
      'Kubernetes Administrator — issued by Credlens Demo University',
    );
    expect(cli.out.join('\n')).toMatch(/✔ proof +signature_valid/);
  });

  it('prints exactly one JSON object per input with --json and exits 1 when any is not verified', async () => {
    const cli = io();
    const files = ['verified', 'tampered', 'expired', 'forged'].map(
      (name) => `${DEMO}/${name}.json`,
    );
    expect(await runCli(['verify', '--json', ...files], cli)).toBe(1);
    expect(cli.out).toHaveLength(4);
    const lines = cli.out.map((line) => JSON.parse(line) as { input: string; status: string });
    expect(lines.map((line) => [line.input, line.status])).toEqual([
      [files[0], 'verified'],
      [files[1], 'invalid'],
      [files[2], 'expired'],
      [files[3], 'invalid'],
    ]);
  });

  it('reads a credential from standard input with -', async () => {
    const cli = io({}, readFileSync(`${DEMO}/verified.json`, 'utf8'));
    expect(await runCli(['verify', '--json', '-'], cli)).toBe(0);
    expect(JSON.parse(cli.out[0] ?? '{}')).toMatchObject({ input: '-', status: 'verified' });
  });

  it('fetches URL inputs through the injected fetch', async () => {
    const cli = io();
    expect(await runCli(['verify', '--json', 'https://issuer.example/badge.json'], cli)).toBe(0);
    expect(JSON.parse(cli.out[0] ?? '{}')).toMatchObject({
      status: 'verified',
      url: 'https://issuer.example/badge.json',
    });
  });

  it('judges dates at --now', async () => {
    const cli = io();
    expect(
      await runCli(
        ['verify', '--json', '--now', '2020-01-01T00:00:00Z', `${DEMO}/verified.json`],
        cli,
      ),
    ).toBe(1);
    const result = JSON.parse(cli.out[0] ?? '{}') as {
      status: string;
      checks: Array<{ code: string }>;
    };
    expect(result.status).toBe('invalid');
    expect(result.checks.map((c) => c.code)).toContain('not_yet_valid');
  });

  it('reports an unreadable file as a result, not a crash', async () => {
    const cli = io();
    expect(await runCli(['verify', '--json', 'does/not/exist.json'], cli)).toBe(1);
    expect(JSON.parse(cli.out[0] ?? '{}')).toMatchObject({
      status: 'unverifiable',
      checks: [{ code: 'input_unreadable' }],
    });
  });

  it('reads a JWT input and says clearly when its payload is not a credential', async () => {
    const cli = io({ 'badge.jwt': 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln' });
    expect(await runCli(['verify', '--json', 'badge.jwt'], cli)).toBe(1);
    expect(JSON.parse(cli.out[0] ?? '{}')).toMatchObject({
      status: 'malformed',
      checks: [{ code: 'not_a_credential' }],
    });
  });

  it('checks --recipient against the hashed recipient identity', async () => {
    const key = await testKey(21);
    const credential = await issue(
      openBadge(key.did, {
        credentialSubject: {
          type: ['AchievementSubject'],
          identifier: [
            {
              type: 'IdentityObject',
              identityType: 'emailAddress',
              hashed: true,
              salt: 'deadsea',
              // sha256("nobody@example.org" + "deadsea"), the 1EdTech fixture's value
              identityHash:
                'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
            },
          ],
          achievement: {
            id: 'https://example.edu/a/1',
            type: ['Achievement'],
            name: 'Robotics',
            criteria: { narrative: 'Built a robot.' },
          },
        },
      }),
      { key },
    );
    const files = { 'badge.json': JSON.stringify(credential) };
    const right = io(files);
    expect(
      await runCli(['verify', '--json', '--recipient', 'Nobody@Example.org', 'badge.json'], right),
    ).toBe(0);
    expect(JSON.parse(right.out[0] ?? '{}').checks).toContainEqual(
      expect.objectContaining({ id: 'recipient', code: 'recipient_match' }),
    );
    const wrong = io(files);
    expect(
      await runCli(['verify', '--json', '--recipient', 'someone@else.org', 'badge.json'], wrong),
    ).toBe(1);
    // Genuine, but not this person's: never invalid, never verified.
    expect(JSON.parse(wrong.out[0] ?? '{}')).toMatchObject({ status: 'misattributed' });
    expect(JSON.parse(wrong.out[0] ?? '{}').checks).toContainEqual(
      expect.objectContaining({ code: 'recipient_mismatch' }),
    );
  });

  it('lists the nested credentials of a CLR with their verdicts', async () => {
    const key = await testKey(22);
    const inner = await issue(openBadge(key.did, { name: 'Inner Badge' }), { key });
    const clr = await issue(
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: 'urn:uuid:7a1f0000-0000-4000-8000-000000000001',
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer: { id: key.did, type: ['Profile'], name: 'Credlens Test University' },
        validFrom: '2026-01-01T00:00:00Z',
        name: 'Transcript',
        credentialSubject: {
          type: ['ClrSubject'],
          verifiableCredential: [inner, { ...inner, name: 'Edited' }],
        },
      },
      { key },
    );
    const cli = io({ 'clr.json': JSON.stringify(clr) });
    expect(await runCli(['verify', 'clr.json'], cli)).toBe(0);
    const text = cli.out.join('\n');
    expect(text).toContain('nested credentials: 1 verified, 1 invalid');
    expect(text).toMatch(/VERIFIED {2}Inner Badge/);
    expect(text).toMatch(/INVALID {2}Edited/);
  });

  it.each([
    [[], 'missing command'],
    [['verify'], 'give at least one file'],
    [['verify', '--bogus', 'x.json'], 'unknown option "--bogus"'],
    [['verify', '--now', 'yesterday', 'x.json'], '--now needs an ISO-8601 date-time'],
    [['sign', 'x.json'], 'unknown command "sign"'],
    [['verify', '--recipient'], '--recipient needs an identity'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const cli = io();
    expect(await runCli(args, cli)).toBe(2);
    expect(cli.err.join('\n')).toContain(message);
    expect(cli.err.join('\n')).toContain('Usage: credlens verify');
  });
});
