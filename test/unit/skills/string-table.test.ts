// The shipped pack's binary string tables (lib/skills/string-table.ts): what goes in comes back,
// byte order is code-point order (accents and all), and a damaged file is refused.
import { describe, expect, it } from 'vitest';
import {
  allStrings,
  bytesAt,
  compareAt,
  decodeStringTable,
  encodeStringTable,
  lowerBoundBytes,
  startsWithAt,
} from '../../../lib/skills/string-table';
import { tableLookup } from '../../../lib/skills/term-index';

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('string tables', () => {
  const strings = [
    'analyse',
    'analyse de données',
    'café',
    'cafés',
    'c++',
    'ĉapelo',
    '日本語',
  ].sort();
  const table = decodeStringTable(
    bufferOf(
      encodeStringTable(
        strings,
        strings.map((_, i) => ~i),
      ),
    ),
  );

  it('gives back every string and its integer', () => {
    expect(table.count).toBe(strings.length);
    expect(allStrings(table)).toEqual(strings);
    strings.forEach((s, i) => {
      expect(new TextDecoder().decode(bytesAt(table, i))).toBe(s);
      expect(table.column[i]).toBe(~i);
    });
  });

  it('compares and searches in code-point order', () => {
    strings.forEach((s, i) => {
      expect(compareAt(table, i, utf8(s))).toBe(0);
      expect(lowerBoundBytes(table, utf8(s))).toBe(i);
    });
    expect(compareAt(table, strings.indexOf('café'), utf8('cafés'))).toBeLessThan(0);
    expect(lowerBoundBytes(table, utf8('日本語語'))).toBe(strings.length);
    expect(startsWithAt(table, strings.indexOf('analyse de données'), utf8('analyse '))).toBe(true);
    expect(startsWithAt(table, strings.indexOf('analyse'), utf8('analyse '))).toBe(false);
  });

  it('answers the matcher’s lookups: the term, its owner, and whether a longer term follows', () => {
    const terms = ['data', 'data analysis', 'data mining', 'sql'];
    const lookup = tableLookup(
      decodeStringTable(bufferOf(encodeStringTable(terms, [0, 1, ~2, 3]))),
    );
    expect(lookup.get('data analysis')).toEqual({ skill: 1, upper: false });
    expect(lookup.get('data mining')).toEqual({ skill: 2, upper: true });
    expect(lookup.get('data min')).toBeUndefined();
    expect(lookup.continues('data')).toBe(true);
    expect(lookup.continues('sql')).toBe(false);
    expect(lookup.get(`${'x'.repeat(500)} ü`)).toBeUndefined();
  });

  it('holds an empty table', () => {
    const empty = decodeStringTable(bufferOf(encodeStringTable([], [])));
    expect(empty.count).toBe(0);
    expect(allStrings(empty)).toEqual([]);
    expect(tableLookup(empty).get('anything')).toBeUndefined();
  });

  it('refuses strings with newlines, a column of another length, and bytes that are not a table', () => {
    expect(() => encodeStringTable(['a\nb'], [0])).toThrow(/newline/);
    expect(() => encodeStringTable(['a'], [])).toThrow(/one integer per string/);
    const good = encodeStringTable(['a', 'b'], [0, 1]);
    for (const bad of [new Uint8Array(0), good.subarray(0, good.length - 1), utf8('{"terms":[]}')])
      expect(() => decodeStringTable(bufferOf(bad))).toThrow(/not a Credlens string table/);
  });
});
