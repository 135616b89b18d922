// What the popup saves: a job page's role (title, company, required and preferred skills), a
// pasted job text's role (title from its first line, or a fallback), and a shortlist entry that
// keeps only final verdicts with their skills.

import { describe, expect, it } from 'vitest';
import {
  candidateSkills,
  roleOfPastedText,
  roleOfPosting,
  shortlistEntryOf,
} from '../../../lib/matching';
import type { BadgeView } from '../../../lib/messaging';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import { LIMITS } from '../../../lib/storage';

const matcher = createDefaultSkillMatcher();
const labels = (skills: Array<{ label: string; required: boolean }>, required: boolean) =>
  skills.filter((skill) => skill.required === required).map((skill) => skill.label);

describe('roleOfPosting', () => {
  it('keeps the title and company and splits required from preferred skills', () => {
    const role = roleOfPosting(
      {
        title: 'Platform Engineer',
        company: 'Acme',
        source: 'greenhouse',
        text: 'About us\nWe run things.\n\nRequirements\n• Kubernetes\n• Terraform\n\nNice to have\n• Python',
      },
      matcher,
    );
    expect(role.title).toBe('Platform Engineer');
    expect(role.company).toBe('Acme');
    expect(labels(role.skills, true)).toEqual(['Kubernetes', 'Terraform']);
    expect(labels(role.skills, false)).toEqual(['Python']);
    expect(Object.keys(role.skills[0] ?? {}).sort()).toEqual(['id', 'kind', 'label', 'required']);
  });

  it('names a posting without a title "This role"', () => {
    expect(roleOfPosting({ source: 'json-ld', text: 'Requirements\nSQL' }, matcher).title).toBe(
      'This role',
    );
  });
});

describe('roleOfPastedText', () => {
  it('takes the first line as the title, and falls back when there is none', () => {
    const role = roleOfPastedText('Data Engineer\nRequirements\n- SQL\n- Python', matcher);
    expect(role.title).toBe('Data Engineer');
    expect(labels(role.skills, true)).toEqual(['SQL', 'Python']);
    expect(roleOfPastedText('We need someone who knows SQL.', matcher).title).toBe('Pasted role');
  });
});

describe('shortlistEntryOf', () => {
  const view = (name: string, verdict: BadgeView['verdict'], text: string) => ({
    label: name,
    view: {
      verdict,
      headline: verdict,
      name,
      issuerName: 'Uni',
      skills: [],
      checks: [],
      sourceUrl: `https://creds.example/${name}`,
      providerLabel: 'Test',
      evidence: { alignments: [], text },
    } satisfies BadgeView,
  });

  it('caps what a hostile page can make it save to the storage limits', () => {
    const many = Array.from({ length: LIMITS.credentialsPerCandidate + 50 }, (_, i) =>
      view(`c${i}`, 'verified', 'Kubernetes'),
    );
    const entry = shortlistEntryOf({
      id: 'c1',
      roleId: 'r1',
      name: 'Hostile',
      pageUrl: 'https://hostile.example/',
      savedAt: new Date('2026-11-23T10:00:00Z'),
      skills: candidateSkills(many, matcher),
    });
    expect(entry.credentials).toHaveLength(LIMITS.credentialsPerCandidate);
    const wordy = candidateSkills(
      [view('wordy', 'verified', Array.from({ length: 400 }, (_, i) => `skill${i}`).join(' '))],
      matcher,
    );
    wordy.credentials[0]?.skills.push(
      ...Array.from({ length: 150 }, (_, i) => ({ id: `x${i}`, label: `x${i}` })),
    );
    const capped = shortlistEntryOf({
      id: 'c2',
      roleId: 'r1',
      name: 'Wordy',
      pageUrl: 'https://hostile.example/2',
      savedAt: new Date('2026-11-23T10:00:00Z'),
      skills: wordy,
    });
    expect(capped.credentials[0]?.skills).toHaveLength(LIMITS.skillsPerCredential);
  });

  it('keeps final verdicts with their skills, drops pending ones, caps the name', () => {
    const skills = candidateSkills(
      [view('k8s', 'verified', 'Kubernetes'), view('pending', 'checking', 'Python')],
      matcher,
    );
    const entry = shortlistEntryOf({
      id: 'c1',
      roleId: 'r1',
      name: 'A'.repeat(400),
      pageUrl: 'https://www.linkedin.com/in/a',
      savedAt: new Date('2026-11-23T10:00:00Z'),
      skills,
    });
    expect(entry).toMatchObject({
      id: 'c1',
      roleId: 'r1',
      pageUrl: 'https://www.linkedin.com/in/a',
      savedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(entry.name).toHaveLength(300);
    expect(entry.credentials).toEqual([
      {
        name: 'k8s',
        verdict: 'verified',
        issuerName: 'Uni',
        sourceUrl: 'https://creds.example/k8s',
        skills: [expect.objectContaining({ label: 'Kubernetes' })],
      },
    ]);
  });
});

describe('the posting language on a role draft', () => {
  it('is absent for English, and says "other" when only English terms were read', () => {
    const english = roleOfPosting(
      { title: 'Data Engineer', text: 'We use Python and SQL.', source: 'json-ld' },
      matcher,
    );
    expect(english.language).toBeUndefined();
    const dutch = roleOfPosting(
      {
        title: 'Automation Engineer',
        text: 'Wij zoeken een engineer met ervaring in Python en een passie voor geautomatiseerd testen. Je werkt in een team van de afdeling.',
        source: 'linkedin-jobs',
      },
      matcher,
    );
    expect(dutch.language).toBe('other');
    expect(dutch.skills.map((s) => s.label)).toContain('Python');
    expect(
      roleOfPastedText(
        'Nous recherchons un comptable pour la gestion de projets et la comptabilité.',
        matcher,
      ).language,
    ).toBe('fr');
  });
});
