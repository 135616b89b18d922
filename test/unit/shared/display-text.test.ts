// Display text: every class of invisible character is removed (so two names that look alike are
// alike), bidi controls can no longer reorder what is read, NFC, whitespace collapsed, caps kept;
// identifiers have their hidden characters shown instead of removed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDisplayText, hasBidiControls, revealHidden } from '../../../lib/shared/display-text';

describe('cleanDisplayText', () => {
  it.each([
    ['zero-width space U+200B', '\u200b'],
    ['zero-width non-joiner U+200C', '\u200c'],
    ['zero-width joiner U+200D', '\u200d'],
    ['left-to-right mark U+200E', '\u200e'],
    ['right-to-left mark U+200F', '\u200f'],
    ['Arabic letter mark U+061C', '\u061c'],
    ['soft hyphen U+00AD', '\u00ad'],
    ['Mongolian vowel separator U+180E', '\u180e'],
    ['word joiner U+2060', '\u2060'],
    ['invisible plus U+2064', '\u2064'],
    ['byte-order mark U+FEFF', '\ufeff'],
    ['tag characters U+E0041 U+E007F', '\u{e0041}\u{e007f}'],
    ['variation selector U+FE0F', '\ufe0f'],
    ['ideographic variation selector U+E0100', '\u{e0100}'],
    ['combining grapheme joiner U+034F', '\u034f'],
    ['Hangul filler U+3164', '\u3164'],
    ['control character U+0007', '\u0007'],
    ['delete U+007F', '\u007f'],
    ['lone surrogate', '\ud800'],
  ])('removes %s', (_, hidden) => {
    expect(cleanDisplayText(`Am${hidden}azon${hidden}`)).toBe('Amazon');
  });

  it('removes bidi embeddings, overrides and isolates, so text reads in its stored order', () => {
    // "Evil Corp" stored backwards after U+202E renders as "Evil Corp"; cleaned, it reads as stored.
    expect(cleanDisplayText('\u202eproC liveE\u202c')).toBe('proC liveE');
    for (const control of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(cleanDisplayText(`a${control}b`)).toBe('ab');
  });

  it('normalises to NFC, also across a removed character', () => {
    expect(cleanDisplayText('Zu\u0308rich')).toBe('Z\u00fcrich');
    expect(cleanDisplayText('Cafe\u200b\u0301')).toBe('Caf\u00e9');
    expect(cleanDisplayText('\u212b')).toBe('\u00c5');
  });

  it('collapses every kind of whitespace to single spaces and trims', () => {
    expect(cleanDisplayText('  Ada\t\n\r Lovelace\u00a0\u2028\u3000Jr  ')).toBe('Ada Lovelace Jr');
    expect(cleanDisplayText('\u0085Ada\u2029')).toBe('Ada');
  });

  it('keeps ordinary text in any script unchanged', () => {
    for (const name of [
      'São Paulo',
      '北京大学',
      'Ελληνικό Πανεπιστήμιο',
      'جامعة القاهرة',
      'Ünïcødé 2024',
    ])
      expect(cleanDisplayText(name)).toBe(name);
  });

  it('caps the result without splitting a surrogate pair', () => {
    expect(cleanDisplayText('abc', 2)).toBe('ab');
    expect(cleanDisplayText('a\u{1d400}', 2)).toBe('a');
    // NFC can lengthen text (U+FB2C decomposes to three units): the cap still holds.
    expect(cleanDisplayText('\ufb2c'.repeat(10), 12)).toHaveLength(12);
  });

  it('is idempotent and leaves nothing invisible behind (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const cleaned = cleanDisplayText(value);
        expect(cleanDisplayText(cleaned)).toBe(cleaned);
        expect(cleaned).not.toMatch(
          /[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{Cs}]|\s\s|^\s|\s$/u,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasBidiControls', () => {
  it('finds overrides and isolates, not marks or ordinary right-to-left text', () => {
    expect(hasBidiControls('a\u202eb')).toBe(true);
    expect(hasBidiControls('a\u2067b')).toBe(true);
    expect(hasBidiControls('a\u200fb')).toBe(false);
    expect(hasBidiControls('جامعة')).toBe(false);
  });
});

describe('revealHidden', () => {
  it('shows hidden characters in an identifier instead of removing them', () => {
    expect(revealHidden('did:web:acme.example\u200b')).toBe('did:web:acme.example[U+200B]');
    expect(revealHidden('https://x.example/ a\n')).toBe('https://x.example/[U+0020]a[U+000A]');
    expect(revealHidden('did:key:z6Mk')).toBe('did:key:z6Mk');
  });
});
