// Per-adapter DOM extraction on hand-written fixtures in each site's shape. DOM-only fixtures go
// through the adapter directly; JSON-LD fixtures through detectJobPosting.

import { describe, expect, it } from 'vitest';
import { detectJobPosting, type JobPostingInfo, roleAdapterFor } from '../../../lib/roles';
import { FIXTURE_URLS, loadRoleFixture } from './fixture-dom';

function viaAdapter(path: string): JobPostingInfo | undefined {
  const url = new URL(FIXTURE_URLS[path] ?? 'about:blank');
  return roleAdapterFor(url)?.extract(loadRoleFixture(path), url);
}

function detect(path: string): JobPostingInfo | undefined {
  return detectJobPosting(loadRoleFixture(path), new URL(FIXTURE_URLS[path] ?? 'about:blank'));
}

function lines(info: JobPostingInfo | undefined): string[] {
  return (info?.text ?? '').split('\n');
}

interface Case {
  path: string;
  source: JobPostingInfo['source'];
  title: string;
  company?: string;
  /** Headings that must stand on their own line. */
  headings: string[];
  /** Bullet lines that must appear as "• item". */
  bullets: string[];
  /** Text that must not leak into the posting (hidden, buttons, neighbouring sections). */
  absent?: string[];
}

const CASES: Case[] = [
  {
    path: 'linkedin-jobs/view-logged-in.html',
    source: 'linkedin-jobs',
    title: 'Senior Platform Engineer',
    company: 'Acme Robotics',
    headings: ['About the job', 'Requirements', 'Nice to have'],
    bullets: [
      '5+ years operating Kubernetes in production',
      'Strong Terraform and Go skills',
      'Rust',
    ],
    absent: ['See more', 'Easy Apply', 'Promoted by hirer', 'About the company', '1,001-5,000'],
  },
  {
    path: 'linkedin-jobs/search-pane.html',
    source: 'linkedin-jobs',
    title: 'Site Reliability Engineer',
    company: 'Globex',
    headings: ['Qualifications:', 'Preferred qualifications:'],
    bullets: ['Hands-on Python and Docker experience', 'GraphQL APIs'],
    absent: ['Search results', 'Senior Platform Engineer'],
  },
  {
    path: 'greenhouse/classic-dom.html',
    source: 'greenhouse',
    title: 'Backend Engineer',
    company: 'Initech',
    headings: ["What you'll need:", 'Bonus points:'],
    bullets: ['4+ years building backend systems in Java', 'Production experience with PostgreSQL'],
    absent: ['internal-ref', 'Submit Application', 'First Name'],
  },
  {
    path: 'lever/posting-dom.html',
    source: 'lever',
    title: 'Senior Backend Engineer',
    company: 'Hooli',
    headings: ['Requirements', 'Nice to have', 'About Hooli'],
    bullets: ['Deep experience with Go or Java', 'Operating PostgreSQL', 'Terraform'],
    absent: ['Apply for this job', 'London', 'Jobs powered by Lever'],
  },
  {
    path: 'indeed/viewjob-dom.html',
    source: 'indeed',
    title: 'Data Analyst',
    company: 'Vandelay Industries',
    headings: ['Qualifications', 'Preferred Qualifications', 'Responsibilities'],
    bullets: ['Advanced SQL', 'Python for data cleaning', 'Salesforce reporting'],
    absent: ['Apply now', '- job post'],
  },
  {
    path: 'workday/job-dom.html',
    source: 'workday',
    title: 'Senior Data Engineer',
    headings: ['Basic Qualifications', 'Preferred Qualifications'],
    bullets: ['6+ years of Python and SQL', 'Amazon Web Services (AWS)', 'Kubernetes'],
    absent: ['job requisition id', 'Apply'],
  },
  {
    path: 'ashby/posting-dom.html',
    source: 'ashby',
    title: 'Product Designer',
    company: 'Wayne Labs',
    headings: ['You have', 'Bonus'],
    bullets: ['A portfolio of shipped product work in Figma', 'You can prototype in React'],
    absent: ['Apply for this Job', 'Employment Type'],
  },
  {
    path: 'linkedin-jobs/guest-json-ld.html',
    source: 'json-ld',
    title: 'Data Engineer',
    company: 'Acme Robotics',
    headings: ['Requirements', 'Nice to have'],
    bullets: ['SQL and Python', 'Apache Kafka', 'Rust'],
    absent: ['DOM copy'],
  },
  {
    path: 'greenhouse/new-board-json-ld.html',
    source: 'json-ld',
    title: 'Senior Frontend Engineer',
    company: 'Initech',
    headings: ['Requirements', 'Nice to have', 'Required skills'],
    bullets: ['TypeScript and React', 'Figma and Adobe Illustrator', 'TypeScript'],
  },
  {
    path: 'lever/posting-json-ld.html',
    source: 'json-ld',
    title: 'Machine Learning Engineer',
    company: 'Hooli',
    headings: ['Qualifications'],
    bullets: ['Python and PyTorch', 'SQL'],
  },
  {
    path: 'indeed/viewjob-json-ld.html',
    source: 'json-ld',
    title: 'Java Developer',
    company: 'Vandelay Industries',
    headings: ['Requirements:', 'Experience requirements', 'Education requirements'],
    bullets: ['Java (Spring)', 'SQL'],
  },
  {
    path: 'workday/job-json-ld.html',
    source: 'json-ld',
    title: 'Platform Engineer',
    company: 'Umbrella Corp',
    headings: ['Minimum Qualifications', 'Preferred Qualifications'],
    bullets: [],
  },
  {
    path: 'ashby/posting-json-ld.html',
    source: 'json-ld',
    title: 'Staff Engineer',
    company: 'Wayne Labs',
    headings: ['Requirements', 'Nice to have', 'Occupational category'],
    bullets: ['TypeScript & Node.js', 'PostgreSQL', 'Rust programming'],
  },
];

describe.each(CASES.map((c) => [c.path, c] as const))('%s', (path, c) => {
  const info = detect(path);

  it(`is detected with source ${c.source}`, () => {
    expect(info?.source).toBe(c.source);
  });

  it('reads the title and company', () => {
    expect(info?.title).toBe(c.title);
    expect(info?.company).toBe(c.company);
  });

  it('keeps section headings on their own lines', () => {
    for (const heading of c.headings) expect(lines(info)).toContain(heading);
  });

  it('keeps requirement bullets as "• item" lines', () => {
    for (const bullet of c.bullets) expect(lines(info)).toContain(`• ${bullet}`);
  });

  it('leaves out hidden, interactive and neighbouring text', () => {
    for (const text of c.absent ?? []) expect(info?.text).not.toContain(text);
  });
});

describe('DOM adapters without JSON-LD', () => {
  it.each(CASES.filter((c) => c.source !== 'json-ld').map((c) => c.path))(
    'the adapter alone reads %s the same way detectJobPosting does',
    (path) => {
      expect(viaAdapter(path)).toEqual(detect(path));
    },
  );

  it.each([
    'linkedin-jobs/guest-json-ld.html',
    'greenhouse/new-board-json-ld.html',
    'lever/posting-json-ld.html',
    'indeed/viewjob-json-ld.html',
  ])('the adapter also reads the DOM copy of %s', (path) => {
    const info = viaAdapter(path);
    expect(info?.text).not.toBe('');
    expect(info?.source).toBe(roleAdapterFor(new URL(FIXTURE_URLS[path] ?? ''))?.id);
  });

  it.each(['workday/job-json-ld.html', 'ashby/posting-json-ld.html'])(
    'returns undefined for the not-yet-rendered SPA shell %s',
    (path) => {
      expect(viaAdapter(path)).toBeUndefined();
    },
  );
});
