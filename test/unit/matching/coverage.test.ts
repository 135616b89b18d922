import { describe, expect, it } from 'vitest';
import {
  analyzeRole,
  computeCoverage,
  coverageFromSkills,
  skillsOfCredential,
} from '../../../lib/matching';

const COMPUTER_VISION = 'http://data.europa.eu/esco/skill/7b0d5000-00da-4864-b776-6de49a87a669';

import { createDefaultSkillMatcher } from '../../../lib/skills';
import type { CredentialSummary } from '../../../lib/verify';

const matcher = createDefaultSkillMatcher();
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const POSTGRES = 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996';

function summary(overrides: Partial<CredentialSummary>): CredentialSummary {
  return {
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    kind: 'open-badge',
    alignments: [],
    skills: [],
    subject: {},
    ...overrides,
  };
}

const ROLE = analyzeRole(
  [
    'Backend Engineer',
    'Requirements',
    '- Python programming',
    '- PostgreSQL databases',
    '- Kubernetes',
    'Nice to have',
    '- Terraform',
  ].join('\n'),
  matcher,
);

describe('skills of a credential', () => {
  it('counts an ESCO alignment exactly, whatever the credential calls the skill', () => {
    const skills = skillsOfCredential(
      summary({
        name: 'Snake Charmer Level 2',
        alignments: [{ targetName: 'Scripting', targetUrl: PYTHON }],
      }),
      matcher,
    );
    expect(skills.map((s) => s.id)).toContain(PYTHON);
  });

  it('ignores an alignment to an id the pack does not know, and reads the words instead', () => {
    const skills = skillsOfCredential(
      summary({
        name: 'Database Administration with PostgreSQL',
        alignments: [{ targetName: 'Databases', targetUrl: 'https://example.org/skills/db' }],
      }),
      matcher,
    );
    expect(skills.map((s) => s.id)).toContain(POSTGRES);
    expect(skills.map((s) => s.id)).not.toContain('https://example.org/skills/db');
  });
});

describe('coverage of a role', () => {
  it('backs a skill only with verified or confirmed credentials, verified outranking confirmed', () => {
    const report = computeCoverage(
      ROLE,
      [
        {
          input: 'py-verified',
          status: 'verified',
          summary: summary({ alignments: [{ targetName: 'Python', targetUrl: PYTHON }] }),
        },
        {
          input: 'pg-confirmed',
          status: 'confirmed',
          summary: summary({ name: 'PostgreSQL Associate' }),
        },
        {
          input: 'pg-verified-but-revoked',
          status: 'revoked',
          summary: summary({ name: 'PostgreSQL Professional' }),
        },
        {
          input: 'k8s-invalid',
          status: 'invalid',
          summary: summary({ name: 'Kubernetes Administrator' }),
        },
      ],
      matcher,
    );
    expect(report.covered.find((c) => c.id === PYTHON)).toMatchObject({
      tier: 'verified',
      by: ['py-verified'],
    });
    expect(report.covered.find((c) => c.id === POSTGRES)).toMatchObject({
      tier: 'confirmed',
      by: ['pg-confirmed'],
    });
    expect(
      report.covered.some(
        (c) => c.by.includes('k8s-invalid') || c.by.includes('pg-verified-but-revoked'),
      ),
    ).toBe(false);
    expect(report.missing.map((m) => m.label.toLowerCase()).join(' ')).toMatch(/kubernetes/);
    expect(report.coverage).toEqual({
      required: ROLE.skills.filter((s) => s.required).length,
      verified: 1,
      confirmed: 1,
    });
    // Failed credentials are still listed with the skills they claim.
    expect(
      report.credentials.find((c) => c.input === 'k8s-invalid')?.skills.length,
    ).toBeGreaterThan(0);
  });

  it('keeps preferred skills out of the required count and the missing list', () => {
    const report = computeCoverage(ROLE, [], matcher);
    expect(ROLE.skills.some((s) => !s.required && /terraform/i.test(s.label))).toBe(true);
    expect(report.missing.some((m) => /terraform/i.test(m.label))).toBe(false);
    expect(report.coverage.verified).toBe(0);
  });

  it('takes a plain-text posting title from its first line', () => {
    expect(ROLE.title).toBe('Backend Engineer');
  });
});

describe('specific before general in coverage', () => {
  it('backs a tool through a credential aligned to its broader concept, and says via what', () => {
    const role = analyzeRole('Requirements\nExperience with Keras.', matcher);
    const keras = role.skills.find((s) => s.label === 'Keras');
    expect(keras?.broader).toContain(COMPUTER_VISION);
    const report = coverageFromSkills(role, [
      {
        input: 'cv.json',
        status: 'verified',
        skills: [{ id: COMPUTER_VISION, label: 'computer vision' }],
      },
    ]);
    expect(report.covered).toEqual([
      {
        id: keras?.id,
        label: 'Keras',
        by: ['cv.json'],
        tier: 'verified',
        via: { id: COMPUTER_VISION, label: 'computer vision' },
      },
    ]);
  });

  it('prefers the tool’s own credential, and a broader one never backs an unrelated skill', () => {
    const role = analyzeRole('Requirements\nKeras and Python.', matcher);
    const kerasId = role.skills.find((s) => s.label === 'Keras')?.id ?? '';
    const report = coverageFromSkills(role, [
      { input: 'keras.json', status: 'verified', skills: [{ id: kerasId, label: 'Keras' }] },
      {
        input: 'cv.json',
        status: 'verified',
        skills: [{ id: COMPUTER_VISION, label: 'computer vision' }],
      },
    ]);
    expect(report.covered.map((c) => [c.label, c.by, c.via])).toEqual([
      ['Keras', ['keras.json'], undefined],
    ]);
  });
});
