// Mixed-script names (UTS #39 §5.1): one script per name, with Common and Inherited characters
// fitting any script and Han/kana/Hangul resolving to the writing systems that use them.

import { describe, expect, it } from 'vitest';
import { mixedScripts } from '../../../lib/present/mixed-script';

describe('mixedScripts', () => {
  it.each([
    ['Zürich'],
    ['São Paulo'],
    ['北京大学'],
    ['Ελληνικό Πανεπιστήμιο'],
    ['Московский университет 2024'],
    ['جامعة القاهرة'],
    ['東京大学のオンライン講座'],
    ['서울대학교 大學'],
    ['Amazon Web Services (AWS) — Cloud Practitioner®'],
    ['Cafe\u0301 ☕'],
  ])('finds %j single-script', (name) => {
    expect(mixedScripts(name)).toBeUndefined();
  });

  it.each([
    ['\u0410maz\u043en', ['Cyrl', 'Latn']],
    ['Amazon Web Servi\u0441es', ['Latn', 'Cyrl']],
    ['\u03a9mega Institute', ['Grek', 'Latn']],
    ['Univers\u0456ty of \u0391thens', ['Latn', 'Cyrl', 'Grek']],
  ])('finds %j mixing %j', (name, scripts) => {
    expect(mixedScripts(name)).toEqual(scripts);
  });
});
