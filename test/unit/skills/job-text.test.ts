import { describe, expect, it } from 'vitest';
import { htmlToText, splitRequirements } from '../../../lib/skills';

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

describe('htmlToText', () => {
  it('drops comments and keeps unknown entities as they are', () => {
    expect(htmlToText('<!-- x --><span>a &bogus; b</span>')).toBe('a &bogus; b');
  });
});
