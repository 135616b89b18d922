import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli/run-cli';
import { roleOfPosting } from '../../lib/matching';
import { PagePostingSchema } from '../../lib/messaging';
import { detectJobPosting, type RoleRoot } from '../../lib/roles';
import { createDefaultSkillMatcher } from '../../lib/skills';
import { fakeFetch, fixedClock } from '../helpers/fake-fetch';
import { REAL_WORLD_URLS } from '../unit/roles/fixture-dom';

const ROLES = 'test/fixtures/roles';
const DEMO = 'test/fixtures/demo';

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const errors: string[] = [];
  return {
    out,
    err: errors,
    fetch: fakeFetch({
      'https://jobs.example/platform': {
        body: readFileSync(`${ROLES}/platform-engineer.txt`, 'utf8'),
        headers: { 'content-type': 'text/plain' },
      },
    }),
    now: fixedClock(),
    readFile: async (path) => new Uint8Array(readFileSync(path)),
    readStdin: async () => new Uint8Array(readFileSync(`${ROLES}/platform-engineer.txt`)),
    stdout: (text) => out.push(text),
    stderr: (text) => errors.push(text),
  };
}

type RoleLine = {
  input: string;
  title?: string;
  skills: Array<{ id: string; label: string; kind: string; required: boolean; evidence: string }>;
};

describe('credlens skills', () => {
  it('prints one JSON object per input with required and preferred skills and their evidence', async () => {
    const cli = io();
    expect(
      await runCli(
        ['skills', '--json', `${ROLES}/platform-engineer.txt`, `${ROLES}/greenhouse-job.html`],
        cli,
      ),
    ).toBe(0);
    expect(cli.out).toHaveLength(2);
    const [text, html] = cli.out.map((line) => JSON.parse(line) as RoleLine);
    const labels = (line: RoleLine | undefined, required: boolean) =>
      (line?.skills ?? []).filter((s) => s.required === required).map((s) => s.label.toLowerCase());
    expect(labels(text, true).join(' ')).toMatch(/kubernetes/);
    expect(labels(text, true).join(' ')).toMatch(/terraform/);
    expect(labels(text, false).join(' ')).toMatch(/postgresql/);
    expect(text?.skills.every((s) => s.evidence.length > 0)).toBe(true);
    // "go-to-market" is not the Go language, and "not required" is not RequireJS.
    expect(text?.skills.filter((s) => /go-to-market/i.test(s.evidence))).toEqual([]);
    expect(text?.skills.map((s) => s.label)).not.toContain('RequireJS');
    expect(text?.title).toBe('Senior Platform Engineer — Analytical Engines Ltd (London, hybrid)');
    expect(html?.title).toBe('Data Engineer');
    expect(labels(html, true).join(' ')).toMatch(/python/);
    expect(labels(html, false).join(' ')).toMatch(/kubernetes/);
  });

  it('reads URLs and standard input, and prints a readable summary without --json', async () => {
    const cli = io();
    expect(await runCli(['skills', 'https://jobs.example/platform', '-'], cli)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/required: .*Kubernetes/i);
    expect(cli.out.join('\n')).toMatch(/preferred: .*PostgreSQL/i);
  });

  it('exits 1 when nothing could be read, and 2 for usage errors', async () => {
    expect(await runCli(['skills', 'missing.txt'], io())).toBe(1);
    expect(await runCli(['skills'], io())).toBe(2);
    expect(await runCli(['skills', '--bogus', 'x'], io())).toBe(2);
  });
});

type MatchReport = {
  role: {
    title?: string;
    required: Array<{ id: string; label: string }>;
    preferred: Array<{ id: string; label: string }>;
  };
  credentials: Array<{
    input: string;
    status: string;
    skills: Array<{ id: string; label: string }>;
  }>;
  covered: Array<{ id: string; label: string; by: string[]; tier: string }>;
  missing: Array<{ id: string; label: string }>;
  coverage: { required: number; verified: number; confirmed: number };
};

describe('credlens match', () => {
  it('reports which required skills verified credentials back; failed ones back nothing', async () => {
    const cli = io();
    const files = ['verified', 'tampered', 'expired'].map((name) => `${DEMO}/${name}.json`);
    expect(
      await runCli(['match', '--json', '--role', `${ROLES}/platform-engineer.txt`, ...files], cli),
    ).toBe(0);
    const report = JSON.parse(cli.out[0] ?? '{}') as MatchReport;
    expect(report.credentials.map((c) => c.status)).toEqual(['verified', 'invalid', 'expired']);
    const kubernetes = report.covered.find((c) => /kubernetes/i.test(c.label));
    expect(kubernetes).toMatchObject({ tier: 'verified', by: [files[0]] });
    // The tampered and expired badges claim Kubernetes too, but back nothing.
    expect(report.covered.flatMap((c) => c.by)).not.toContain(files[1]);
    expect(report.covered.flatMap((c) => c.by)).not.toContain(files[2]);
    expect(report.coverage.required).toBe(report.role.required.length);
    expect(report.coverage.verified).toBe(
      report.covered.filter(
        (c) => c.tier === 'verified' && report.role.required.some((r) => r.id === c.id),
      ).length,
    );
    expect(report.missing.some((m) => /terraform/i.test(m.label))).toBe(true);
    expect(report.missing.some((m) => /kubernetes/i.test(m.label))).toBe(false);
  });

  it('prints "N of M required skills backed by verified credentials"', async () => {
    const cli = io();
    expect(
      await runCli(
        ['match', '--role', `${ROLES}/platform-engineer.txt`, `${DEMO}/verified.json`],
        cli,
      ),
    ).toBe(0);
    expect(cli.out.join('\n')).toMatch(/\d+ of \d+ required skills backed by verified credentials/);
  });

  it('exits 1 when no credential is verified or confirmed, and 2 without --role', async () => {
    expect(
      await runCli(
        ['match', '--role', `${ROLES}/platform-engineer.txt`, `${DEMO}/tampered.json`],
        io(),
      ),
    ).toBe(1);
    expect(await runCli(['match', `${DEMO}/verified.json`], io())).toBe(2);
  });
});

describe('the CLI reads job pages as the popup does', () => {
  // The popup's path: the content script reads the page (lib/roles), the answer crosses to the
  // popup through PagePostingSchema, the popup builds the role (roleOfPosting). The CLI's path:
  // `credlens skills --json <saved page>`. Both over the same nine real pages.
  const matcher = createDefaultSkillMatcher();
  it.each(Object.entries(REAL_WORLD_URLS))('%s', async (path, url) => {
    const file = `test/fixtures/roles-dom/${path}`;
    const page = detectJobPosting(
      parseHTML(readFileSync(file, 'utf8')).document as unknown as RoleRoot,
      new URL(url),
    );
    const posting = PagePostingSchema.parse(page);
    const popup = roleOfPosting(posting, matcher);
    const cli = io();
    expect(await runCli(['skills', '--json', file], cli)).toBe(0);
    const line = JSON.parse(cli.out[0] ?? '{}') as RoleLine & {
      company?: string;
      location?: string;
    };
    expect(line.title).toBe(popup.title);
    expect(line.company).toBe(popup.company);
    expect(line.location).toBe(page?.location);
    expect(popup.skills.length).toBeGreaterThan(0);
    expect(
      line.skills.slice(0, popup.skills.length).map(({ id, required }) => ({ id, required })),
    ).toEqual(popup.skills.map(({ id, required }) => ({ id, required })));
  });
});
