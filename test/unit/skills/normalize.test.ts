import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from '../../../lib/skills/normalize';

describe('normalise', () => {
  it('lower-cases, folds punctuation and collapses whitespace', () => {
    expect(normalise('  Machine-Learning,\n  Data   Science!  ')).toBe(
      'machine learning data science',
    );
  });

  it('keeps + # . inside tech tokens', () => {
    expect(normalise('C++, C#, F#, .NET, Node.js and ASP.NET.')).toBe(
      'c++ c# f# .net node.js and asp.net',
    );
  });

  it('applies Unicode NFKC (full-width letters, ligatures)', () => {
    expect(normalise('Ｐｙｔｈｏｎ ﬁle')).toBe('python file');
  });

  it('singularises simple English plurals', () => {
    expect(normalise('databases technologies classes boxes caches APIs')).toBe(
      'database technology class box cache api',
    );
  });

  it('does not singularise short tokens, acronyms or -ss/-us/-is words', () => {
    expect(normalise('AWS SAS iOS gas status analysis process')).toBe(
      'aws sas ios gas status analysis process',
    );
  });

  it('folds US and UK spellings', () => {
    expect(normalise('organization')).toBe(normalise('organisation'));
    expect(normalise('Organizations')).toBe('organisation');
    expect(normalise('analyze')).toBe(normalise('analyse'));
    expect(normalise('optimizing')).toBe(normalise('optimising'));
    expect(normalise('behavior color center')).toBe('behaviour colour centre');
    expect(normalise('data modeling')).toBe(normalise('data modelling'));
  });

  it('splits slashes and hyphens into tokens', () => {
    expect(normalise('CI/CD go-getter')).toBe('ci cd go getter');
  });
});

describe('tokenize', () => {
  it('returns offsets into the original text', () => {
    const text = 'Use C++ & Node.js; Kubernetes.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['use', 'c++', 'node.js', 'kubernete']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokens[1]).toMatchObject({ raw: 'C++', start: 4, end: 7 });
  });

  it('keeps offsets exact around multi-code-unit and NFKC-changed characters', () => {
    const text = '😀 Ｇｏ and ﬁnance';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokenize(text).map((t) => t.norm)).toEqual(['go', 'and', 'finance']);
  });

  it('does not take a sentence-final dot into the token', () => {
    expect(tokenize('We use Python.').at(-1)).toMatchObject({ raw: 'Python', norm: 'python' });
  });
});
