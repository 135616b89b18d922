// The compare page's logic: a page's credentials grouped by their strongest evidence, a role's
// shortlist ranked (coverage, verified credentials, name, recency) with its skill × candidate
// cells, and the CSV export quoted and safe from spreadsheet formulas.

import { describe, expect, it } from 'vitest';
import {
  type ComparedCandidate,
  candidateSkills,
  cellOf,
  compareCandidates,
  shortlistCsv,
} from '../../../lib/matching';
import type { BadgeView } from '../../../lib/messaging';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import type { SavedCredential, SavedRole, ShortlistEntry } from '../../../lib/storage';

const matcher = createDefaultSkillMatcher();
const K8S = { id: 'k8s', label: 'Kubernetes' };
const AWS = { id: 'aws', label: 'AWS' };
const GO = { id: 'go', label: 'Go' };

const ROLE: SavedRole = {
  id: 'role-1',
  title: 'Platform Engineer',
  source: 'page',
  skills: [
    { ...K8S, kind: 'hard', required: true },
    { ...AWS, kind: 'hard', required: true },
    { ...GO, kind: 'hard', required: false },
  ],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

const cred = (
  name: string,
  verdict: SavedCredential['verdict'],
  skills: Array<{ id: string; label: string }>,
): SavedCredential => ({
  name,
  verdict,
  sourceUrl: `https://creds.example/${encodeURIComponent(name)}`,
  skills,
});
const entry = (
  id: string,
  name: string,
  credentials: SavedCredential[],
  savedAt = '2026-11-20T00:00:00Z',
): ShortlistEntry => ({
  id,
  roleId: ROLE.id,
  name,
  pageUrl: `https://www.linkedin.com/in/${id}`,
  savedAt,
  credentials,
});

const ENTRIES = [
  entry(
    'b',
    'Bea',
    [cred('CKA', 'confirmed', [K8S]), cred('AWS SA', 'verified', [AWS])],
    '2026-11-21T00:00:00Z',
  ),
  entry('a', 'Abe', [cred('K8s Ops', 'verified', [K8S]), cred('AWS Eng', 'verified', [AWS, GO])]),
  entry(
    'c',
    'Cy',
    [cred('Old AWS', 'expired', [AWS]), cred('Fake K8s', 'invalid', [K8S])],
    '2026-11-22T00:00:00Z',
  ),
  { ...entry('x', 'Other role', []), roleId: 'role-2' },
];

describe('compareCandidates', () => {
  it("keeps only the role's candidates and ranks by verified, then confirmed coverage", () => {
    const rows = compareCandidates(ROLE, ENTRIES);
    expect(rows.map((row) => row.entry.name)).toEqual(['Abe', 'Bea', 'Cy']);
    expect(rows.map((row) => row.coverage.coverage)).toEqual([
      { required: 2, verified: 2, confirmed: 0 },
      { required: 2, verified: 1, confirmed: 1 },
      { required: 2, verified: 0, confirmed: 0 },
    ]);
    expect(rows.map((row) => row.verifiedCredentials)).toEqual([2, 1, 0]);
  });

  it('sorts by name and by most recently saved', () => {
    expect(compareCandidates(ROLE, ENTRIES, 'name').map((r) => r.entry.name)).toEqual([
      'Abe',
      'Bea',
      'Cy',
    ]);
    expect(compareCandidates(ROLE, ENTRIES, 'saved').map((r) => r.entry.name)).toEqual([
      'Cy',
      'Bea',
      'Abe',
    ]);
  });

  it('fills each cell with the strongest evidence and the credentials behind it; failed ones back nothing', () => {
    const [abe, bea, cy] = compareCandidates(ROLE, ENTRIES) as [
      ComparedCandidate,
      ComparedCandidate,
      ComparedCandidate,
    ];
    expect(cellOf(abe, 'go')).toEqual({ tier: 'verified', by: ['AWS Eng'] });
    expect(cellOf(bea, 'k8s')).toEqual({ tier: 'confirmed', by: ['CKA'] });
    expect(cellOf(cy, 'k8s')).toBeUndefined();
    expect(cellOf(cy, 'aws')).toBeUndefined();
  });
});

describe('shortlistCsv', () => {
  const csvOf = (name: string, credentialName = 'CKA') =>
    shortlistCsv(
      ROLE,
      compareCandidates(ROLE, [entry('t', name, [cred(credentialName, 'verified', [K8S])])]),
    );
  /** The candidate-name cell of the only data row. */
  const nameCell = (name: string) => {
    const row = csvOf(name).split('\r\n').slice(1).join('\r\n');
    return row.slice(0, row.indexOf('","') + 1);
  };

  it('writes a header, one row per candidate and one column per skill, every cell quoted, CRLF-terminated', () => {
    const csv = shortlistCsv(ROLE, compareCandidates(ROLE, ENTRIES));
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      '"Candidate","Profile","Required skills backed by verified credentials","Required skills confirmed by a provider","Required skills","Verified credentials","Saved","Kubernetes (required)","AWS (required)","Go (preferred)"',
    );
    expect(lines[1]).toBe(
      '"Abe","https://www.linkedin.com/in/a","2","0","2","2","2026-11-20T00:00:00Z","verified: K8s Ops","verified: AWS Eng","verified: AWS Eng"',
    );
    expect(lines).toHaveLength(5);
  });

  it('keeps counts as plain numbers (quoted, never prefixed)', () => {
    const fields = csvOf('Ada').split('\r\n')[1]?.split('","') ?? [];
    expect(fields.slice(2, 6)).toEqual(['1', '0', '2', '1']);
  });

  it('quotes a semicolon-separated DDE payload, so a ";" locale cannot split it or run it', () => {
    // Unquoted, a spreadsheet splitting on ";" reads the second cell as a live formula.
    expect(nameCell("Ada;=cmd|' /C calc'!A0")).toBe(`"Ada;=cmd|' /C calc'!A0"`);
    expect(nameCell("=cmd|' /C calc'!A0;x")).toBe(`"'=cmd|' /C calc'!A0;x"`);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\u00a0\u3000=1+1', "'\u00a0\u3000=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\u200b\u2060=1+1', "'\u200b\u2060=1+1"],
    ['\ufeff+1', "'\ufeff+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['﹦1+1', "'﹦1+1"],
    ['\u22121', "'\u22121"],
    ['\tplain', "'\tplain"],
    ['\rplain', "'\rplain"],
    ['-3', "'-3"],
  ])('defuses %j with a leading quote', (name, cell) => {
    expect(nameCell(name)).toBe(`"${cell}"`);
  });

  it.each([['Ada Lovelace'], ['Ada = Lovelace'], ['3+4'], ["O'Brien"]])(
    'leaves %j as it is',
    (name) => {
      expect(nameCell(name)).toBe(`"${name}"`);
    },
  );

  it('doubles quotes and keeps commas and newlines inside one quoted cell', () => {
    const tricky = entry('t', '=HYPERLINK("http://evil","x"), Jr.\nII', [
      cred('A "quoted", name', 'verified', [K8S]),
    ]);
    const csv = shortlistCsv(ROLE, compareCandidates(ROLE, [tricky]));
    const row = csv.split('\r\n').slice(1).join('\r\n');
    expect(row.startsWith(`"'=HYPERLINK(""http://evil"",""x""), Jr.\nII",`)).toBe(true);
    expect(row).toContain('"verified: A ""quoted"", name"');
    expect(nameCell('line one\r\nline "two"')).toBe('"line one\r\nline ""two"""');
  });
});

describe('candidateSkills', () => {
  const view = (
    name: string,
    verdict: BadgeView['verdict'],
    text: string,
  ): { label: string; view: BadgeView } => ({
    label: name,
    view: {
      verdict,
      headline: verdict,
      name,
      skills: [],
      checks: [],
      sourceUrl: '',
      providerLabel: 'Test',
      evidence: { alignments: [], text },
    },
  });

  it('puts each skill in its strongest tier, lists the credentials behind it, and counts pending ones', () => {
    const result = candidateSkills(
      [
        view('CKA', 'confirmed', 'Kubernetes administration'),
        view('K8s Ops', 'verified', 'Kubernetes and Terraform'),
        view('Old AWS', 'expired', 'Amazon Web Services'),
        view('Pending', 'checking', 'Python'),
        view('Also Kubernetes', 'verified', 'Kubernetes'),
      ],
      matcher,
    );
    expect(result.verified.map((s) => [s.label, s.by])).toEqual([
      ['Kubernetes', ['K8s Ops', 'Also Kubernetes']],
      ['Terraform', ['K8s Ops']],
    ]);
    expect(result.confirmed).toEqual([]);
    expect(result.claimed.map((s) => s.label)).toEqual(['Amazon Web Services']);
    expect(result.checking).toBe(1);
    expect(result.credentials.map((c) => c.name)).toEqual([
      'CKA',
      'K8s Ops',
      'Old AWS',
      'Pending',
      'Also Kubernetes',
    ]);
  });
});

describe('coverage names only the credentials of the tier it reports', () => {
  it('"verified" lists the verified credential, not a confirmed one backing the same skill', () => {
    const [row] = compareCandidates(ROLE, [
      entry('m', 'Mixed', [
        cred('Credly CKA', 'confirmed', [K8S]),
        cred('Signed K8s', 'verified', [K8S]),
      ]),
    ]);
    expect(row === undefined ? undefined : cellOf(row, 'k8s')).toEqual({
      tier: 'verified',
      by: ['Signed K8s'],
    });
  });
});
