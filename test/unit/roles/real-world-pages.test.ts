// The nine real job pages of the real-world set (cut down: test/fixtures/roles-dom/REAL-WORLD.md)
// each give the right title, company and location, kept apart, and the posting's own text —
// never the application form shown beside it.

import { describe, expect, it } from 'vitest';
import { detectJobPosting, type JobPostingInfo } from '../../../lib/roles';
import { loadRoleFixture, REAL_WORLD_URLS } from './fixture-dom';

interface Expected {
  source: JobPostingInfo['source'];
  title: string;
  company: string;
  location: string;
  /** Words from the posting's own text. */
  says: string[];
  /** Text of the page that is not the posting (forms, labels). */
  absent: string[];
  minLength: number;
}

const EXPECTED: Record<string, Expected> = {
  'ashby/real-world-ramp-application-tab.html': {
    source: 'ashby',
    title: 'AI Partnerships Manager',
    company: 'Ramp',
    location: 'San Francisco, CA',
    says: ['ABOUT RAMP', 'partnerships'],
    absent: ['Autofill from resume', 'Submit Application'],
    minLength: 5_000,
  },
  'greenhouse/real-world-gitlab-new-board.html': {
    source: 'greenhouse',
    title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability',
    company: 'GitLab',
    location: 'Remote, Canada',
    says: ['Ruby on Rails', 'observability'],
    absent: ['Remote, Canada\n'],
    minLength: 3_000,
  },
  'indeed/real-world-papercut-json-ld.html': {
    source: 'json-ld',
    title: 'Senior DevOps Engineer',
    company: 'PaperCut Software',
    location: 'Camberwell, VIC, AU',
    says: ['PaperCut', 'AWS'],
    absent: ['&amp;', '<p>'],
    minLength: 2_000,
  },
  'lever/real-world-highspot-apply-page.html': {
    source: 'lever',
    title: 'Principal Software Engineer, Applied AI',
    company: 'Highspot',
    location: 'Seattle',
    says: ['About the Role', 'Generative AI'],
    absent: ['Submit application', 'Resume/CV', 'Use of Artificial Intelligence'],
    minLength: 900,
  },
  'linkedin-jobs/real-world-atos-dutch-guest.html': {
    source: 'linkedin-jobs',
    title: 'Entry-Level Automation Engineer | 2026 Graduate',
    company: 'Atos',
    location: 'Amstelveen, North Holland, Netherlands',
    says: ['wereldleider', 'Geautomatiseerd testen'],
    absent: [],
    minLength: 2_000,
  },
  'linkedin-jobs/real-world-heidi-guest.html': {
    source: 'linkedin-jobs',
    title: 'Senior Software Engineer - Developer Experience',
    company: 'Heidi',
    location: 'Melbourne, Victoria, Australia',
    says: ['Who We Are', 'developer experience'],
    absent: ['Sign in', 'Show more'],
    minLength: 2_000,
  },
  'seek/real-world-iterate.html': {
    source: 'seek',
    title: 'Senior Platform Engineer | Remote | Australia',
    company: 'iterate',
    location: 'Melbourne VIC (Remote)',
    says: ['Kubernetes', 'ISO 27001'],
    absent: ['Unlock job insights', 'Quick apply'],
    minLength: 1_500,
  },
  'workable/real-world-huble-application-tab.html': {
    source: 'workable',
    // The application tab holds only Workable's 250-character summary of the posting.
    title: 'CRM Solutions Architect (United Kingdom)',
    company: 'Huble',
    location: 'London, England, United Kingdom',
    says: ['HubSpot', 'marketing & creative'],
    absent: ['&amp;'],
    minLength: 200,
  },
  'workday/real-world-nvidia.html': {
    source: 'workday',
    title: 'Senior Test Engineer - Autonomous Driving',
    company: 'NVIDIA',
    location: 'Germany, Munich',
    says: ['What you’ll be doing', 'ISO 26262'],
    absent: ['Apply'],
    minLength: 2_500,
  },
};

describe('the nine real job pages', () => {
  it('covers every cut-down page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(REAL_WORLD_URLS).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (path, expected) => {
    const info = detectJobPosting(loadRoleFixture(path), new URL(REAL_WORLD_URLS[path] ?? ''));
    expect(info?.source).toBe(expected.source);
    expect(info?.title).toBe(expected.title);
    expect(info?.company).toBe(expected.company);
    expect(info?.location).toBe(expected.location);
    const text = info?.text ?? '';
    expect(text.length).toBeGreaterThanOrEqual(expected.minLength);
    for (const words of expected.says) expect(text).toContain(words);
    for (const words of expected.absent) expect(text).not.toContain(words);
  });
});
