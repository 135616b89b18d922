// Confusable skeletons (UTS #39 §4) over Unicode's confusables.txt as shipped by unhomoglyph:
// the data is pinned by hash, cross-script look-alikes share a skeleton, visible differences
// (diacritics, other letters) do not.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isConfusable, skeletonOf } from '../../../lib/issuers';

describe('confusables data', () => {
  it('is the pinned confusables.txt 13.0.0 mapping (an upgrade must be a deliberate change)', () => {
    const path = createRequire(import.meta.url).resolve('unhomoglyph/data.json');
    const bytes = readFileSync(path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '2fb1ef5aa83ace3438c1cbd6f2fd413cd62ab20906b6101511eb5db11e70ae1c',
    );
    expect(Object.keys(JSON.parse(bytes.toString('utf8')))).toHaveLength(6311);
  });
});

describe('skeletonOf', () => {
  it('maps Cyrillic, Greek and mathematical look-alikes to the Latin prototype', () => {
    const latin = skeletonOf('Amazon');
    expect(skeletonOf('\u0410maz\u043en')).toBe(latin); // Cyrillic А and о
    expect(skeletonOf('\u0391mazon')).toBe(latin); // Greek Α
    expect(skeletonOf('\u{1d400}mazon')).toBe(latin); // mathematical bold A
    expect(skeletonOf('Ａｍａｚｏｎ')).toBe(latin); // full width
  });

  it('ignores default-ignorable characters, as UTS #39 does', () => {
    expect(skeletonOf('Ama\u200bzon\ufe0f')).toBe(skeletonOf('Amazon'));
  });

  it('tells visibly different names apart', () => {
    expect(skeletonOf('Zürich')).not.toBe(skeletonOf('Zurich'));
    expect(skeletonOf('Amazon')).not.toBe(skeletonOf('Amazonas'));
  });
});

describe('isConfusable', () => {
  it('is true for look-alikes, mixed case and spacing, false for different names', () => {
    expect(isConfusable('\u0410maz\u043en Web Services', 'Amazon Web Services')).toBe(true);
    expect(isConfusable('PayPaI', 'PayPal')).toBe(true);
    expect(isConfusable('rnicrosoft', 'microsoft')).toBe(true);
    expect(isConfusable('AMAZON  web services', 'Amazon Web Services')).toBe(true);
    expect(isConfusable('Amazon Web Services', 'Google Cloud')).toBe(false);
    expect(isConfusable('', '')).toBe(false);
  });
});
