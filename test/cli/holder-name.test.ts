// `--holder-name`: every credential's holder names against the person the recruiter expects,
// as a `holder` check with a stable code; a genuine credential in another name comes back
// "misattributed" (exit status 1) and backs no skill in `match`.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/run-cli';
import { cliIo } from '../helpers/cli';
import { issue, openBadge, testKey } from '../helpers/issue';

type Line = { status: string; checks: Array<{ id: string; outcome: string; code: string }> };

let files: Record<string, string>;

beforeAll(async () => {
  const key = await testKey(31);
  const named = (name?: string) =>
    issue(
      openBadge(key.did, {
        credentialSubject: {
          id: 'did:example:learner',
          type: ['AchievementSubject'],
          ...(name === undefined ? {} : { name }),
          achievement: {
            id: 'https://example.edu/achievements/k8s-admin',
            type: ['Achievement'],
            name: 'Kubernetes Administrator',
            criteria: { narrative: 'Passed a two-hour practical exam.' },
            alignment: [
              {
                type: ['Alignment'],
                targetName: 'Kubernetes',
                targetUrl: 'https://example.org/skills/kubernetes',
                targetType: 'ext:Skill',
              },
            ],
          },
        },
      }),
      { key },
    );
  files = {
    'jordan.json': JSON.stringify(await named('Jordan Rivera')),
    'nameless.json': JSON.stringify(await named()),
    'job.txt': 'Platform Engineer\nRequirements:\n- Kubernetes\n- Terraform\n',
  };
});

const io = () => cliIo(files);

async function verify(name: string, file: string): Promise<{ exit: number; line: Line }> {
  const cli = io();
  const exit = await runCli(['verify', '--json', '--holder-name', name, file], cli);
  return { exit, line: JSON.parse(cli.out[0] ?? '{}') as Line };
}

const holder = (line: Line) => line.checks.find((check) => check.id === 'holder');

describe('credlens verify --holder-name', () => {
  it.each([
    ['Jordan Rivera', 'verified', 'pass', 'holder_match', 0],
    ['Rivera, Jordan', 'verified', 'pass', 'holder_match', 0],
    ['J. Rivera', 'verified', 'pass', 'holder_possible_match', 0],
    ['Mallory Impostor', 'misattributed', 'fail', 'holder_mismatch', 1],
    ['Jordan Rivers', 'misattributed', 'fail', 'holder_mismatch', 1],
  ])('%s: %s (%s %s), exit %i', async (name, status, outcome, code, exit) => {
    const result = await verify(name, 'jordan.json');
    expect(result.exit).toBe(exit);
    expect(result.line.status).toBe(status);
    expect(holder(result.line)).toMatchObject({ outcome, code });
  });

  it('a credential that names no holder stays verified, with the holder check skipped', async () => {
    const result = await verify('Jordan Rivera', 'nameless.json');
    expect(result.exit).toBe(0);
    expect(result.line.status).toBe('verified');
    expect(holder(result.line)).toMatchObject({ outcome: 'skipped', code: 'holder_name_absent' });
  });

  it('prints the holder check in the readable report', async () => {
    const cli = io();
    expect(await runCli(['verify', '--holder-name', 'Mallory Impostor', 'jordan.json'], cli)).toBe(
      1,
    );
    const text = cli.out.join('\n');
    expect(text).toContain('ISSUED TO SOMEONE ELSE');
    expect(text).toMatch(/holder_mismatch/);
  });

  it('needs a name', async () => {
    const cli = io();
    expect(await runCli(['verify', '--holder-name', ' ', 'jordan.json'], cli)).toBe(2);
    expect(cli.err.join('')).toContain('--holder-name needs the name');
  });
});

describe('credlens match --holder-name', () => {
  it("a credential in someone else's name backs no skill", async () => {
    const run = async (name: string) => {
      const cli = io();
      const exit = await runCli(
        ['match', '--json', '--role', 'job.txt', '--holder-name', name, 'jordan.json'],
        cli,
      );
      return {
        exit,
        output: JSON.parse(cli.out[0] ?? '{}') as {
          covered: Array<{ label: string }>;
          credentials: Array<{ status: string }>;
        },
      };
    };
    const own = await run('Jordan Rivera');
    expect(own.exit).toBe(0);
    expect(own.output.covered.map((skill) => skill.label)).toContain('Kubernetes');
    const other = await run('Mallory Impostor');
    expect(other.exit).toBe(1);
    expect(other.output.credentials.map((credential) => credential.status)).toEqual([
      'misattributed',
    ]);
    expect(other.output.covered).toEqual([]);
  });
});
