import { describe, expect, it } from 'vitest';
import { extractJobPosting, htmlToText, splitRequirements } from '../../../lib/skills';

describe('splitRequirements', () => {
  it('splits required and preferred sections by headings', () => {
    const text = [
      'Backend Engineer',
      'About us: we build payments.',
      'Requirements:',
      '- Go and PostgreSQL',
      'Nice to have',
      '- Kafka',
      'Qualifications',
      '- BSc in CS',
      '## Bonus points',
      '- Rust',
    ].join('\n');
    const { required, preferred } = splitRequirements(text);
    expect(required).toContain('About us');
    expect(required).toContain('Go and PostgreSQL');
    expect(required).toContain('BSc in CS');
    expect(required).not.toContain('Kafka');
    expect(preferred).toContain('Kafka');
    expect(preferred).toContain('Rust');
    expect(preferred).not.toContain('PostgreSQL');
  });

  it.each([
    ["What you'll need", 'required'],
    ['What you’ll need:', 'required'],
    ['MUST HAVE', 'required'],
    ['Must-haves', 'required'],
    ['Preferred Qualifications', 'preferred'],
    ['Preferred', 'preferred'],
    ['Pluses', 'preferred'],
    ['**Nice-to-have**', 'preferred'],
    ['Bonus', 'preferred'],
  ])('recognises the heading %j as %s', (heading, kind) => {
    const split = splitRequirements(`Intro\n${heading}\nTerraform`);
    const target = kind === 'required' ? split.required : split.preferred;
    expect(target).toContain('Terraform');
  });

  it('treats text without headings as required', () => {
    expect(splitRequirements('Python, SQL\r\nDocker')).toEqual({
      required: 'Python, SQL\r\nDocker'.replace('\r', ''),
      preferred: '',
    });
  });

  it('does not treat a sentence mentioning a heading word as a heading', () => {
    const split = splitRequirements(
      'Our requirements are simple: Python.\nPreferred tools include Vim.',
    );
    expect(split.preferred).toBe('');
  });
});

describe('extractJobPosting', () => {
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
    const job = extractJobPosting(html);
    expect(job.title).toBe('Site Reliability Engineer');
    expect(job.text).toContain('Run Kubernetes & Terraform.');
    expect(job.text).toContain('• Go');
    expect(job.text).toContain('Python\nPostgreSQL');
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
    expect(extractJobPosting(html)).toEqual({ title: 'Data & ML Engineer', text: 'Spark and dbt' });
  });

  it('decodes HTML-escaped descriptions', () => {
    const html = ld({
      '@type': 'JobPosting',
      description: '&lt;p&gt;Python &amp;amp; SQL&lt;/p&gt;',
    });
    expect(extractJobPosting(html).text).toBe('Python & SQL');
  });

  it('falls back to the page text when there is no JobPosting JSON-LD', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var x = "<p>";</script></head>' +
      '<body><h1>Engineer</h1><p>Requirements:<br>Go &amp; Rust&nbsp;&#x2014; &#8220;fast&#8221;</p></body></html>';
    const job = extractJobPosting(html);
    expect(job.title).toBeUndefined();
    expect(job.text).toBe('Engineer\n\nRequirements:\nGo & Rust — “fast”');
  });

  it('falls back when JSON-LD exists but is not a JobPosting', () => {
    const html = `${ld({ '@type': 'Organization', name: 'Acme' })}<p>Hello</p>`;
    expect(extractJobPosting(html)).toEqual({ text: 'Hello' });
  });
});

describe('htmlToText', () => {
  it('drops comments and keeps unknown entities as they are', () => {
    expect(htmlToText('<!-- x --><span>a &bogus; b</span>')).toBe('a &bogus; b');
  });
});
