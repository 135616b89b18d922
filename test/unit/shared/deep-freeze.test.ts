// deepFreeze: what fetchJson hands every caller of one cached response must be read-only all
// the way down, and freezing must not overflow the stack on JSON nested deeper than it.

import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../lib/shared/text';

describe('deepFreeze', () => {
  it('freezes every object and array in a value, and returns it', () => {
    const value = { a: [{ b: { c: 1 } }, 2], d: { e: [3] } };
    expect(deepFreeze(value)).toBe(value);
    for (const part of [
      value,
      value.a,
      value.a[0],
      (value.a[0] as { b: object }).b,
      value.d,
      value.d.e,
    ])
      expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (value.d.e as number[]).push(4);
    }).toThrow(TypeError);
  });

  it('freezes JSON nested 200,000 deep without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    deepFreeze(deep);
    let innermost = deep;
    while (innermost.length > 0) innermost = innermost[0];
    expect(Object.isFrozen(innermost)).toBe(true);
  });

  it('leaves primitives alone', () => {
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBeNull();
  });
});
