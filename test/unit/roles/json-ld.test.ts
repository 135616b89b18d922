// schema.org JobPosting JSON-LD variants: plain object, array, @graph, mainEntity, entity-escaped
// HTML, structured requirement fields, broken JSON and non-JobPosting types.

import { describe, expect, it } from 'vitest';
import { extractJsonLdJobPosting } from '../../../lib/roles';
import { htmlRoot } from './fixture-dom';

function ld(...json: string[]): string {
  return json.map((j) => `<script type="application/ld+json">${j}</script>`).join('');
}

function read(...json: string[]) {
  return extractJsonLdJobPosting(htmlRoot('<p>page</p>', ld(...json)));
}

const POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Backend Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Initech' },
  description: '<p>Intro.</p><h3>Requirements</h3><ul><li>Go</li><li>SQL</li></ul>',
};

describe('extractJsonLdJobPosting', () => {
  it('reads a plain JobPosting object', () => {
    expect(read(JSON.stringify(POSTING))).toEqual({
      title: 'Backend Engineer',
      company: 'Initech',
      text: 'Intro.\n\nRequirements\n• Go\n• SQL',
      source: 'json-ld',
    });
  });

  it('finds the JobPosting in a top-level array', () => {
    const json = JSON.stringify([{ '@type': 'BreadcrumbList' }, POSTING]);
    expect(read(json)?.title).toBe('Backend Engineer');
  });

  it('finds the JobPosting in @graph', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Careers' },
        { ...POSTING, '@context': undefined },
      ],
    });
    expect(read(json)?.company).toBe('Initech');
  });

  it('finds the JobPosting as a WebPage mainEntity', () => {
    const json = JSON.stringify({ '@type': 'WebPage', mainEntity: POSTING });
    expect(read(json)?.title).toBe('Backend Engineer');
  });

  it('accepts @type arrays and full schema.org IRIs', () => {
    expect(read(JSON.stringify({ ...POSTING, '@type': ['Thing', 'JobPosting'] }))).toBeDefined();
    expect(
      read(JSON.stringify({ ...POSTING, '@type': 'https://schema.org/JobPosting' })),
    ).toBeDefined();
  });

  it('decodes entity-escaped and double-escaped description HTML', () => {
    const once = read(
      JSON.stringify({
        ...POSTING,
        description:
          '&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;C&amp;amp;C++&lt;/li&gt;&lt;/ul&gt;',
      }),
    );
    expect(once?.text).toBe('Requirements\n• C&C++');
    const twice = read(
      JSON.stringify({
        ...POSTING,
        description:
          '&amp;lt;p&amp;gt;Tom &amp;amp;amp; Jerry&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Rust&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;',
      }),
    );
    expect(twice?.text).toBe('Tom & Jerry\n• Rust');
  });

  it('decodes entities in the title and organisation', () => {
    const info = read(
      JSON.stringify({
        ...POSTING,
        title: 'R&amp;D Engineer',
        hiringOrganization: 'Smith &amp; Co',
      }),
    );
    expect(info?.title).toBe('R&D Engineer');
    expect(info?.company).toBe('Smith & Co');
  });

  it('appends the structured fields under their own headings', () => {
    const info = read(
      JSON.stringify({
        ...POSTING,
        skills: ['Kubernetes', 'Terraform'],
        qualifications: '<ul><li>Five years of backend work</li></ul>',
        experienceRequirements: {
          '@type': 'OccupationalExperienceRequirements',
          monthsOfExperience: 60,
        },
        educationRequirements: {
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'bachelor degree',
        },
        occupationalCategory: '15-1252.00 Software Developers',
      }),
    );
    expect(info?.text).toBe(
      [
        'Intro.\n\nRequirements\n• Go\n• SQL',
        'Required skills\n• Kubernetes\n• Terraform',
        'Qualifications\n• Five years of backend work',
        'Experience requirements\n60 months of experience',
        'Education requirements\nbachelor degree',
        'Occupational category\n15-1252.00 Software Developers',
      ].join('\n\n'),
    );
  });

  it('ignores broken JSON and keeps reading later scripts', () => {
    expect(read('{"@type": "JobPosting", title: oops', JSON.stringify(POSTING))?.title).toBe(
      'Backend Engineer',
    );
    expect(read('{not json')).toBeUndefined();
  });

  it('tolerates HTML comment wrappers around the JSON', () => {
    expect(read(`<!--${JSON.stringify(POSTING)}-->`)?.title).toBe('Backend Engineer');
  });

  it('ignores other schema.org types and other script types', () => {
    expect(read(JSON.stringify({ '@type': 'BlogPosting', headline: 'x' }))).toBeUndefined();
    const root = htmlRoot(
      '',
      `<script type="application/json">${JSON.stringify(POSTING)}</script><script>var x = 1;</script>`,
    );
    expect(extractJsonLdJobPosting(root)).toBeUndefined();
  });

  it('ignores a JobPosting with neither title nor text', () => {
    expect(
      read(JSON.stringify({ '@type': 'JobPosting', datePosted: '2026-01-01' })),
    ).toBeUndefined();
  });

  it('caps the text length', () => {
    const info = read(
      JSON.stringify({ ...POSTING, description: `<p>${'word '.repeat(30_000)}</p>` }),
    );
    expect(info?.text.length).toBeLessThanOrEqual(50_000);
  });

  it('does not loop on deeply nested or self-similar input', () => {
    let nested: unknown = POSTING;
    for (let i = 0; i < 50; i++) nested = [nested];
    expect(read(JSON.stringify(nested))).toBeUndefined();
  });
});
