// The store kit (store/): a complete listing in each store language within the stores' limits,
// and the privacy policy and permission justifications present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
// Chrome Web Store: summary ≤ 132 characters, description ≤ 16,000; AMO: name ≤ 50.
const LIMITS = { Name: 50, 'Short description': 132, Description: 16_000 } as const;

describe('store listing', () => {
  it.each(LANGUAGES)(
    '%s has a name, a short description and a description within limits',
    (lang) => {
      const sections = sectionsOf(readFileSync(`store/listing/${lang}.md`, 'utf8'));
      expect(Object.keys(sections)).toEqual(Object.keys(LIMITS));
      for (const [name, limit] of Object.entries(LIMITS)) {
        const text = sections[name] ?? '';
        expect(text.length, `${lang} ${name}`).toBeGreaterThan(0);
        expect(text.length, `${lang} ${name}`).toBeLessThanOrEqual(limit);
        expect(text).not.toMatch(/TODO|TBD|lorem/i);
      }
      expect(sections.Name).toMatch(/^Credlens\b/);
      // One line each where the stores take one line.
      expect(sections.Name).not.toContain('\n');
      expect(sections['Short description']).not.toContain('\n');
    },
  );

  it('is translated: no language repeats another’s description', () => {
    const descriptions = LANGUAGES.map(
      (lang) => sectionsOf(readFileSync(`store/listing/${lang}.md`, 'utf8')).Description,
    );
    expect(new Set(descriptions).size).toBe(LANGUAGES.length);
  });

  it('comes with a privacy policy that says nothing is sent to anyone else, and permission notes', () => {
    const policy = readFileSync('store/privacy-policy.md', 'utf8');
    for (const heading of [
      'What Credlens fetches, and from where',
      'What Credlens stores, and where',
      'Sharing',
    ]) {
      expect(policy).toContain(`## ${heading}`);
    }
    expect(policy).toMatch(/Nothing is sent to the developers of Credlens or to anyone else/);
    expect(existsSync('store/permissions.md')).toBe(true);
  });
});

/** `## Heading` → the trimmed text under it, in order. */
function sectionsOf(markdown: string): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    sections[heading.trim()] = body.join('\n').trim();
  }
  return sections;
}
