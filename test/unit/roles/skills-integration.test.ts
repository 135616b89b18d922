// Integration with lib/skills: the text a fixture yields splits into required/preferred by its
// headings, and the default skill matcher finds the expected skills on the right side.

import { describe, expect, it } from 'vitest';
import { detectJobPosting } from '../../../lib/roles';
import { createDefaultSkillMatcher, splitRequirements } from '../../../lib/skills';
import { FIXTURE_URLS, loadRoleFixture } from './fixture-dom';

const matcher = createDefaultSkillMatcher();

function labels(text: string): string[] {
  return matcher.find(text).map((hit) => hit.label);
}

const CASES: { path: string; required: string[]; preferred: string[] }[] = [
  {
    path: 'linkedin-jobs/view-logged-in.html',
    required: ['Kubernetes', 'Terraform', 'PostgreSQL'],
    preferred: ['Rust', 'Apache Kafka'],
  },
  {
    path: 'greenhouse/classic-dom.html',
    required: ['PostgreSQL', 'Docker'],
    preferred: ['Apache Kafka', 'Terraform'],
  },
  {
    path: 'greenhouse/new-board-json-ld.html',
    required: ['TypeScript', 'React', 'GraphQL'],
    preferred: ['Figma'],
  },
  {
    path: 'lever/posting-dom.html',
    required: ['GraphQL', 'PostgreSQL'],
    preferred: ['Kubernetes', 'Terraform'],
  },
  {
    path: 'indeed/viewjob-dom.html',
    required: ['SQL', 'Microsoft Excel', 'Python'],
    preferred: [],
  },
  {
    path: 'workday/job-dom.html',
    required: ['Python', 'SQL', 'Apache Kafka', 'Amazon Web Services'],
    preferred: ['Terraform', 'Kubernetes'],
  },
  {
    path: 'ashby/posting-dom.html',
    required: ['Figma'],
    preferred: ['React'],
  },
  {
    path: 'ashby/posting-json-ld.html',
    required: ['TypeScript', 'PostgreSQL'],
    preferred: ['Rust'],
  },
];

describe.each(CASES.map((c) => [c.path, c] as const))('skills in %s', (path, c) => {
  const info = detectJobPosting(loadRoleFixture(path), new URL(FIXTURE_URLS[path] ?? ''));
  const split = splitRequirements(info?.text ?? '');
  const required = labels(split.required);
  const preferred = labels(split.preferred);

  it('finds the required skills in the required part only', () => {
    for (const skill of c.required) expect(required, skill).toContain(skill);
    for (const skill of c.preferred) expect(required, skill).not.toContain(skill);
  });

  it('finds the preferred skills in the preferred part', () => {
    for (const skill of c.preferred) expect(preferred, skill).toContain(skill);
    for (const skill of c.required) expect(preferred, skill).not.toContain(skill);
  });
});
