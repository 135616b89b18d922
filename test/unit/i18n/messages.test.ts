// The message catalogues (public/_locales, read through components/ui/i18n.tsx and
// lib/shared/words.ts): every language holds exactly the English messages with the same
// placeholders, every message is used somewhere, every message used exists, and plurals come in
// pairs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, LANGUAGES } from '../../helpers/catalogue';

const ROOT = join(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'public/_locales');
const en = catalogue('en');
const placeholders = (message: string) => (message.match(/\$\d/g) ?? []).sort();

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(?:tsx?|html)$/.test(name)) yield path;
  }
}
const code = [
  ...['components', 'entrypoints', 'lib'].flatMap((dir) => [...sources(join(ROOT, dir))]),
  join(ROOT, 'wxt.config.ts'),
]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('message catalogues', () => {
  it('are exactly the four languages the issue names', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has every English message, nothing else, with the same placeholders`, () => {
      const other = catalogue(language);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(other)) {
        expect(message.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(message), `${language} ${key}`).toEqual(
          placeholders(en[key]?.message ?? ''),
        );
      }
    });
  }

  it('has no message the code does not use, and the code uses none it lacks', () => {
    const plurals = new Set(
      Object.keys(en)
        .filter((key) => /_(?:one|other)$/.test(key))
        .map((key) => key.replace(/_(?:one|other)$/, '')),
    );
    // Keys built from a code (`check_${code}`): the template's prefix and suffix, with a middle
    // that the code names as a string literal somewhere (a check code, a check id, a reason).
    const templates = [...code.matchAll(/`(\w+)\$\{[^}`]+\}(\w*)`/g)].map(([, prefix, suffix]) => ({
      prefix: prefix as string,
      suffix: suffix as string,
    }));
    const built = (key: string) =>
      templates.some(
        ({ prefix, suffix }) =>
          key.startsWith(prefix) &&
          key.endsWith(suffix) &&
          key.length > prefix.length + suffix.length &&
          code.includes(`'${key.slice(prefix.length, key.length - suffix.length)}'`),
      );
    for (const key of Object.keys(en)) {
      const stem = key.replace(/_(?:one|other)$/, '');
      const used =
        code.includes(`'${key}'`) ||
        code.includes(`__MSG_${key}__`) ||
        // A plural's stem is said through plural() or sayPlural(), named as a literal.
        (plurals.has(stem) && code.includes(`'${stem}'`)) ||
        built(key);
      expect(used, `${key} is never used`).toBe(true);
    }
    expect(templates.map(({ prefix }) => prefix)).toContain('check_');
    // Typed keys make a missing message a compile error in TS; this also covers the manifest.
    for (const [, key] of code.matchAll(/__MSG_(\w+)__/g)) expect(en[key as string]).toBeDefined();
    for (const [, stem] of code.matchAll(/[pP]lural\((?:\w+, )?'(\w+)'/g)) {
      expect(en[`${stem}_one`], stem).toBeDefined();
      expect(en[`${stem}_other`], stem).toBeDefined();
    }
  });

  it('names messages as browsers accept them: ASCII letters, digits and _, unique in any case', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    // Chrome reads message names case-insensitively: two differing only in case would clash.
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('gives the seal twenty different one-word names in every language', () => {
    for (const language of LANGUAGES) {
      const words = Object.entries(catalogue(language))
        .filter(([key]) => key.startsWith('sealWord_'))
        .map(([, { message }]) => message.trim().toLocaleLowerCase(language));
      expect(words.length, language).toBe(20);
      expect(new Set(words).size, language).toBe(20);
      for (const word of words) expect(word, language).toMatch(/^\p{L}+$/u);
    }
  });

  it('has no literal $ a browser would read as a placeholder, and no HTML', () => {
    for (const language of LANGUAGES) {
      for (const [key, { message }] of Object.entries(catalogue(language))) {
        expect(message.replace(/\$\d/g, ''), `${language} ${key}`).not.toMatch(/\$/);
        expect(message, `${language} ${key}`).not.toMatch(/<[a-z/]/i);
      }
    }
  });
});
