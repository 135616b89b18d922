// `credlens verify` on Verifiable Presentations: --challenge and --domain reach the holder
// checks, the readable report and the JSON line carry each presented credential, and the exit
// status is 0 only for a verified presentation.

import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/run-cli';
import { cliIo } from '../helpers/cli';
import { issue, openBadge, type TestKey, testKey } from '../helpers/issue';
import { didKeyOf, type JwtKey, jwtKey, numericDate, signJws } from '../helpers/jwt';

const CHALLENGE = 'c0ffee-1234';
const DOMAIN = 'recruiting.example';

const io = (files: Record<string, string>) => cliIo(files);

type Line = {
  input: string;
  status: string;
  checks: Array<{ id: string; code: string }>;
  presentation?: { holder?: string; counts: Record<string, number>; results: unknown[] };
};

let holder: TestKey;
let issuer: TestKey;
let jwtHolder: JwtKey;
let files: Record<string, string>;

beforeAll(async () => {
  [holder, issuer, jwtHolder] = await Promise.all([testKey(61), testKey(62), jwtKey('EdDSA')]);
  const subject = (id: string) => ({
    ...(openBadge(issuer.did).credentialSubject as Record<string, unknown>),
    id,
  });
  const badge = await issue(openBadge(issuer.did, { credentialSubject: subject(holder.did) }), {
    key: issuer,
  });
  // Signed by the test helper for authentication; it carries no challenge.
  const presentation = await issue(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder: holder.did,
      verifiableCredential: [badge],
    },
    { key: holder, proofPurpose: 'authentication' },
  );
  const jwtDid = didKeyOf(jwtHolder.publicJwk);
  const jwtPresentation = await signJws(
    { alg: 'EdDSA', typ: 'JWT', kid: jwtDid.methodId },
    {
      iss: jwtDid.did,
      nonce: CHALLENGE,
      aud: DOMAIN,
      iat: numericDate('2026-11-23T11:59:00Z'),
      vp: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiablePresentation'],
        verifiableCredential: [],
      },
    },
    jwtHolder,
  );
  files = {
    'presentation.json': JSON.stringify(presentation),
    'presentation.jwt': jwtPresentation,
  };
});

const lineOf = (cli: { out: string[] }, index = 0) => JSON.parse(cli.out[index] ?? '{}') as Line;

describe('credlens verify on a presentation', () => {
  it('exits 0 for a verified presentation and lists its credentials', async () => {
    const cli = io(files);
    expect(await runCli(['verify', 'presentation.json'], cli)).toBe(0);
    const report = cli.out.join('\n');
    expect(report).toContain('VERIFIED  presentation.json');
    expect(report).toContain(`Verifiable Presentation by ${holder.did}`);
    expect(report).toMatch(/✔ holder +presentation_proof_valid/);
    expect(report).toContain('presented credentials: 1 verified');
    expect(report).toContain('    VERIFIED  Kubernetes Administrator');
  });

  it('prints the presentation with each credential’s own result in its JSON line', async () => {
    const cli = io(files);
    expect(await runCli(['verify', '--json', 'presentation.json'], cli)).toBe(0);
    const line = lineOf(cli);
    expect(line).toMatchObject({
      input: 'presentation.json',
      status: 'verified',
      presentation: { holder: holder.did, counts: { verified: 1 }, skipped: 0 },
    });
    expect(line.presentation?.results).toHaveLength(1);
    expect(line.presentation?.results[0]).toMatchObject({ status: 'verified' });
  });

  it('passes --challenge and --domain to a JWT presentation (nonce and aud)', async () => {
    const cli = io(files);
    expect(
      await runCli(
        ['verify', '--json', '--challenge', CHALLENGE, '--domain', DOMAIN, 'presentation.jwt'],
        cli,
      ),
    ).toBe(0);
    const codes = lineOf(cli).checks.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['challenge_match', 'domain_match']));
  });

  it('exits 1 with challenge_mismatch for a wrong --challenge', async () => {
    const cli = io(files);
    expect(
      await runCli(['verify', '--json', '--challenge', 'replayed', 'presentation.jwt'], cli),
    ).toBe(1);
    const line = lineOf(cli);
    expect(line.status).toBe('invalid');
    expect(line.checks).toContainEqual(
      expect.objectContaining({ id: 'holder', code: 'challenge_mismatch' }),
    );
  });

  it('exits 1 with challenge_missing when the proof answers no challenge', async () => {
    const cli = io(files);
    expect(
      await runCli(['verify', '--json', '--challenge', CHALLENGE, 'presentation.json'], cli),
    ).toBe(1);
    expect(lineOf(cli).checks.map((c) => c.code)).toContain('challenge_missing');
  });

  it('exits 1 with domain_mismatch for another --domain', async () => {
    const cli = io(files);
    expect(
      await runCli(['verify', '--json', '--domain', 'elsewhere.example', 'presentation.jwt'], cli),
    ).toBe(1);
    expect(lineOf(cli).checks.map((c) => c.code)).toContain('domain_mismatch');
  });

  it('exits 1 when one input of several is not verified', async () => {
    const cli = io(files);
    expect(
      await runCli(
        ['verify', '--json', '--challenge', CHALLENGE, 'presentation.jwt', 'presentation.json'],
        cli,
      ),
    ).toBe(1);
    expect([lineOf(cli, 0).status, lineOf(cli, 1).status]).toEqual(['verified', 'invalid']);
  });

  it.each([['--challenge'], ['--domain']])('exits 2 when %s has no value', async (flag) => {
    const cli = io(files);
    expect(await runCli(['verify', 'presentation.json', flag], cli)).toBe(2);
    expect(cli.err.join('\n')).toContain(`${flag} needs a value`);
  });

  it('documents both flags in the usage text', async () => {
    const cli = io(files);
    expect(await runCli(['--help'], cli)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/--challenge <s> .+nonce/);
    expect(cli.out.join('\n')).toMatch(/--domain <s> .+aud/);
  });
});
