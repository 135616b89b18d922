// The personal seal: generateSeal picks a symbol, word and colour from fixed lists with the
// random function it is given, and randomBelow turns a CSPRNG fill function into uniform
// integers below a bound by rejection sampling.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SealSchema } from '../../../lib/messaging';
import { generateSeal, randomBelow } from '../../../lib/storage';

/** A fill function serving `values` in turn (then zeros), counting calls. */
function scripted(values: number[]) {
  let calls = 0;
  const fill = (bytes: Uint32Array) => {
    bytes[0] = values[calls++] ?? 0;
    return bytes;
  };
  return { fill, calls: () => calls };
}

/** A deterministic 32-bit PRNG (mulberry32) as a fill function. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (bytes: Uint32Array) => {
    for (let i = 0; i < bytes.length; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = (t ^ (t >>> 14)) >>> 0;
    }
    return bytes;
  };
}

/** Every seal generateSeal can produce, by walking each list's indices. */
function allChoices() {
  const symbols = new Set<string>();
  const words = new Set<string>();
  const colors = new Set<string>();
  const bounds: number[] = [];
  generateSeal((bound) => {
    bounds.push(bound);
    return 0;
  });
  const [symbolCount = 0, wordCount = 0, colorCount = 0] = bounds;
  const max = Math.max(symbolCount, wordCount, colorCount);
  for (let i = 0; i < max; i++) {
    const seal = generateSeal((bound) => i % bound);
    symbols.add(seal.symbol);
    words.add(seal.word);
    colors.add(seal.color);
  }
  return { bounds, symbols, words, colors };
}

describe('generateSeal', () => {
  it('draws one index each for symbol, word and colour from lists of the documented sizes', () => {
    const { bounds, symbols, words, colors } = allChoices();
    expect(bounds).toEqual([16, 20, 8]);
    expect(symbols.size).toBe(16);
    expect(words.size).toBe(20);
    expect(colors.size).toBe(8);
  });

  it('returns the first entry of each list for index 0 and distinct seals for other indices', () => {
    expect(generateSeal(() => 0)).toEqual({ symbol: '★', word: 'amber', color: '#7c3aed' });
    expect(generateSeal((bound) => bound - 1)).toEqual({
      symbol: '✪',
      word: 'tundra',
      color: '#0e7490',
    });
  });

  it('always returns a seal from the lists that passes SealSchema', () => {
    const { symbols, words, colors } = allChoices();
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (picks) => {
        let call = 0;
        const seal = generateSeal((bound) => (picks[call++] ?? 0) % bound);
        expect(SealSchema.safeParse(seal).success).toBe(true);
        expect(symbols.has(seal.symbol)).toBe(true);
        expect(words.has(seal.word)).toBe(true);
        expect(colors.has(seal.color)).toBe(true);
        expect(seal.color).toMatch(/^#[0-9a-f]{6}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the first entries when the random function misbehaves', () => {
    for (const bad of [-1, 99, Number.NaN, 1.5]) {
      const seal = generateSeal(() => bad);
      expect(SealSchema.safeParse(seal).success, String(bad)).toBe(true);
      expect(seal).toEqual({ symbol: '★', word: 'amber', color: '#7c3aed' });
    }
  });

  it('produces valid seals from randomBelow over a real CSPRNG', () => {
    const random = randomBelow((bytes) => crypto.getRandomValues(bytes));
    for (let i = 0; i < 50; i++)
      expect(SealSchema.safeParse(generateSeal(random)).success).toBe(true);
  });
});

describe('randomBelow', () => {
  it('never returns a value at or above the bound, whatever the fill function gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 32 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 8 }),
        (bound, values) => {
          const value = randomBelow(scripted(values).fill)(bound);
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(bound);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects draws from the incomplete top range instead of folding them (no modulo bias)', () => {
    // 2^32 = 3 · 1431655765 + 1: the single value 2^32 - 1 would make 0 more likely.
    const top = scripted([2 ** 32 - 1, 7]);
    expect(randomBelow(top.fill)(3)).toBe(7 % 3);
    expect(top.calls()).toBe(2);
    // bound 2^31 + 1: everything from 2^31 + 1 up is rejected.
    const half = scripted([2 ** 31 + 1, 2 ** 32 - 1, 2 ** 31]);
    expect(randomBelow(half.fill)(2 ** 31 + 1)).toBe(2 ** 31);
    expect(half.calls()).toBe(3);
  });

  it('accepts every value below the last full multiple of the bound in one draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), (bound, raw) => {
        const limit = Math.floor(2 ** 32 / bound) * bound;
        const value = raw % limit;
        const fill = scripted([value]);
        expect(randomBelow(fill.fill)(bound)).toBe(value % bound);
        expect(fill.calls()).toBe(1);
      }),
    );
  });

  it('returns 0 for a bound of 1', () => {
    expect(randomBelow(scripted([123456]).fill)(1)).toBe(0);
  });

  it.each([3, 8, 16, 20])('spreads draws evenly over %i values', (bound) => {
    const random = randomBelow(seeded(bound));
    const counts = new Array<number>(bound).fill(0);
    const draws = 2000 * bound;
    for (let i = 0; i < draws; i++) {
      const value = random(bound);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    // Chi-square against uniform; the 99.9th percentile for ≤19 degrees of freedom is < 44.
    const expected = draws / bound;
    const chi = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(44);
    for (const c of counts) expect(Math.abs(c - expected) / expected).toBeLessThan(0.1);
  });
});
