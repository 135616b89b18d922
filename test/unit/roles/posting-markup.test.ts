// A posting given as a string (pasted, or a CLI file): JobPosting JSON-LD in HTML or as a JSON
// document, read with the same mapping as on a page; otherwise the text, titled by its first line.

import { describe, expect, it } from 'vitest';
import { postingOfString } from '../../../lib/roles';

describe('postingOfString', () => {
  const ld = (json: unknown): string =>
    `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

  it('reads a JobPosting JSON-LD object with HTML description and structured fields', () => {
    const html = `<html><head><title>Ignored</title>${ld({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Site Reliability Engineer',
      description: '<p>Run <b>Kubernetes</b> &amp; Terraform.</p><ul><li>Go</li><li>AWS</li></ul>',
      skills: ['Python', 'PostgreSQL'],
      qualifications: 'CKA certification',
      experienceRequirements: {
        '@type': 'OccupationalExperienceRequirements',
        monthsOfExperience: 36,
      },
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
      },
      occupationalCategory: '15-1252.00 Software Developers',
    })}</head><body><nav>Menu</nav></body></html>`;
    const job = postingOfString(html);
    expect(job.title).toBe('Site Reliability Engineer');
    expect(job.text).toContain('Run Kubernetes & Terraform.');
    expect(job.text).toContain('• Go');
    expect(job.text).toContain('Required skills\n• Python\n• PostgreSQL');
    expect(job.text).toContain('CKA certification');
    expect(job.text).toContain('36 months of experience');
    expect(job.text).toContain('bachelor degree');
    expect(job.text).toContain('15-1252.00');
    expect(job.text).not.toContain('Menu');
    expect(job.text).not.toContain('<');
  });

  it('finds a JobPosting inside @graph and arrays, skipping invalid JSON blocks', () => {
    const html = [
      '<script type="application/ld+json">{ not json </script>',
      `<script type='application/ld+json'>${JSON.stringify([
        { '@type': 'Organization', name: 'Acme' },
      ])}</script>`,
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Careers' },
          {
            '@type': ['JobPosting'],
            title: 'Data &amp; ML Engineer',
            description: 'Spark and dbt',
          },
        ],
      }),
    ].join('\n');
    expect(postingOfString(html)).toEqual({
      title: 'Data & ML Engineer',
      text: 'Spark and dbt',
      source: 'json-ld',
    });
  });

  it('decodes HTML-escaped descriptions', () => {
    const html = ld({
      '@type': 'JobPosting',
      description: '&lt;p&gt;Python &amp;amp; SQL&lt;/p&gt;',
    });
    expect(postingOfString(html).text).toBe('Python & SQL');
  });

  it('falls back to the page text when there is no JobPosting JSON-LD', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var x = "<p>";</script></head>' +
      '<body><h1>Engineer</h1><p>Requirements:<br>Go &amp; Rust&nbsp;&#x2014; &#8220;fast&#8221;</p></body></html>';
    const job = postingOfString(html);
    expect(job.title).toBeUndefined();
    expect(job.text).toBe('Engineer\n\nRequirements:\nGo & Rust — “fast”');
  });

  it('falls back when JSON-LD exists but is not a JobPosting', () => {
    const html = `${ld({ '@type': 'Organization', name: 'Acme' })}<p>Hello</p>`;
    expect(postingOfString(html)).toEqual({ text: 'Hello', source: 'text' });
  });
});

describe('postingOfString on JSON and text', () => {
  it('reads a JobPosting JSON document, mainEntity included, with its company and place', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: {
        '@type': 'JobPosting',
        title: 'Staff Nurse',
        hiringOrganization: { name: 'University Hospitals' },
        jobLocation: { address: { addressLocality: 'Birmingham', addressCountry: 'GB' } },
        description: '&lt;p&gt;Care for patients.&lt;/p&gt;',
      },
    });
    expect(postingOfString(json)).toEqual({
      title: 'Staff Nurse',
      company: 'University Hospitals',
      location: 'Birmingham, GB',
      text: 'Care for patients.',
      source: 'json-ld',
    });
  });

  it('titles plain text by its first short line, not by a sentence', () => {
    expect(postingOfString('Data Engineer\nWe use SQL.')).toEqual({
      title: 'Data Engineer',
      text: 'Data Engineer\nWe use SQL.',
      source: 'text',
    });
    expect(postingOfString('We are hiring.\nSQL').title).toBeUndefined();
  });
});
