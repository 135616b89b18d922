// Decoding a status list's encodedList (STANDARDS §6.1): the W3C example, the lenient forms seen
// in published fixtures, MSB-first entry reads, and every way a hostile or broken list fails —
// always as status_list_invalid, never as an exception, and a gzip bomb within the size cap.

import { gzipSync } from 'node:zlib';
import { base64, base64urlnopad } from '@scure/base';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEncodedList,
  MAX_BITSTRING_BYTES,
  readEntry,
} from '../../../../lib/verify/status/decode-bitstring';

const SPEC_EXAMPLE = 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';

/** A 16 KB bitstring (131,072 one-bit entries) with `set` bits on, MSB-first. */
function bitsWith(set: number[], bytes = 16 * 1024): Uint8Array {
  const bits = new Uint8Array(bytes);
  for (const i of set) bits[i >> 3] = (bits[i >> 3] as number) | (0x80 >> (i & 7));
  return bits;
}

async function decodeOk(encoded: string) {
  const decoded = await decodeEncodedList(encoded);
  if (!decoded.ok) throw new Error(`expected a list, got ${decoded.error.detail}`);
  return decoded.value;
}

describe('decodeEncodedList', () => {
  it('decodes the Bitstring Status List spec example to 131,072 clear entries', async () => {
    const { bits, hadMultibasePrefix } = await decodeOk(SPEC_EXAMPLE);
    expect(bits.length * 8).toBe(131_072);
    expect(bits.every((byte) => byte === 0)).toBe(true);
    expect(hadMultibasePrefix).toBe(true);
  });

  it('decodes a list without the multibase u prefix (StatusList2021 style)', async () => {
    const { bits, hadMultibasePrefix } = await decodeOk(SPEC_EXAMPLE.slice(1));
    expect(bits.length).toBe(16 * 1024);
    expect(hadMultibasePrefix).toBe(false);
  });

  it('decodes padded and standard-alphabet base64 to the same bits', async () => {
    const gz = gzipSync(bitsWith([0, 7, 23, 131_071]));
    const expected = (await decodeOk(`u${base64urlnopad.encode(gz)}`)).bits;
    expect(expected[0]).toBe(0x81);
    const variants = [
      `u${base64.encode(gz).replace(/\+/g, '-').replace(/\//g, '_')}`,
      `u${base64.encode(gz)}`,
      base64.encode(gz),
      base64.encode(gz).replace(/=+$/, ''),
    ];
    for (const variant of variants) expect((await decodeOk(variant)).bits).toEqual(expected);
  });

  it('decodes a spec example with its standard-base64 equivalents (+ and / for - and _)', async () => {
    const standard = SPEC_EXAMPLE.replace(/-/g, '+').replace(/_/g, '/');
    expect((await decodeOk(standard)).bits.length).toBe(16 * 1024);
  });

  it.each([
    ['plain text that is not base64', 'u!!not base64!!', 'not base64url'],
    [
      'base64 of something that is not gzip',
      `u${base64urlnopad.encode(new Uint8Array(64))}`,
      'not GZIP',
    ],
    ['an empty string', '', 'empty'],
    ['a lone u', 'u', 'not GZIP'],
  ])('returns status_list_invalid for %s', async (_, encoded, mention) => {
    const decoded = await decodeEncodedList(encoded);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('status_list_invalid');
    expect(decoded.error.detail).toContain(mention);
  });

  it('returns status_list_invalid for a gzip stream that is cut short, corrupt or fails its CRC', async () => {
    const gz = gzipSync(bitsWith([5]));
    const cut = gz.subarray(0, gz.length - 12);
    const corrupt = Uint8Array.from(gz);
    corrupt.fill(0xff, 10, 30);
    const badCrc = Uint8Array.from(gz);
    badCrc[gz.length - 6] = (badCrc[gz.length - 6] as number) ^ 0xff;
    for (const broken of [cut, corrupt, badCrc]) {
      const decoded = await decodeEncodedList(`u${base64urlnopad.encode(broken)}`);
      expect(decoded).toMatchObject({ ok: false, error: { code: 'status_list_invalid' } });
      if (!decoded.ok) expect(decoded.error.detail).toMatch(/corrupt/);
    }
  });

  describe('a gzip bomb', () => {
    let bomb: string;
    beforeAll(() => {
      bomb = `u${base64urlnopad.encode(gzipSync(new Uint8Array(64 * 1024 * 1024)))}`;
    });

    it('fails with status_list_invalid within 2 s, naming the inflate cap', async () => {
      const started = performance.now();
      const decoded = await decodeEncodedList(bomb);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) return;
      expect(decoded.error.code).toBe('status_list_invalid');
      expect(decoded.error.detail).toContain(`inflates beyond ${MAX_BITSTRING_BYTES} bytes`);
    });
  });

  it('never throws on random strings: it resolves ok or status_list_invalid', async () => {
    const b64ish = fc.string({
      unit: fc.constantFrom(...'uH4sIAB-_+/=abcxyz019'.split('')),
      maxLength: 200,
    });
    const gzipPrefixed = b64ish.map((tail) => `uH4sI${tail}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), b64ish, gzipPrefixed), async (s) => {
        const decoded = await decodeEncodedList(s);
        if (!decoded.ok) expect(decoded.error.code).toBe('status_list_invalid');
        else expect(decoded.value.bits).toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readEntry', () => {
  const bits = bitsWith([0, 9, 15, 131_071]);

  it('reads one-bit entries most significant bit first', () => {
    expect([0, 1, 7, 8, 9, 15, 16].map((i) => readEntry(bits, i))).toEqual([1, 0, 0, 0, 1, 1, 0]);
    expect(readEntry(bits, 131_071)).toBe(1);
  });

  it('reads two-bit entries from bits [2i, 2i+2)', () => {
    // bits 0, 9, 15 set: entry 0 = bits 0,1 = 0b10; entry 4 = bits 8,9 = 0b01; entry 7 = bits 14,15 = 0b01.
    const two = bitsWith([0, 9, 15, 16, 17]);
    expect([0, 1, 4, 7, 8].map((i) => readEntry(two, i, 2))).toEqual([2, 0, 1, 1, 3]);
  });

  it('returns undefined for an index outside the list or not a safe integer', () => {
    expect(readEntry(bits, 131_072)).toBeUndefined();
    expect(readEntry(bits, 65_536, 2)).toBeUndefined();
    expect(readEntry(bits, 65_535, 2)).toBe(1);
    expect(readEntry(bits, -1)).toBeUndefined();
    expect(readEntry(bits, 1.5)).toBeUndefined();
    expect(readEntry(bits, Number.MAX_SAFE_INTEGER, 2)).toBeUndefined();
    expect(readEntry(new Uint8Array(0), 0)).toBeUndefined();
  });
});
