// Versioned settings: nothing stored, a valid current version, a version-1 record (as the first
// release stored it, from a fixture) migrated without loss, garbage kept aside as unreadable, and
// versions this build does not know (newer, or older without a migration) refused rather than
// silently accepted.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  readSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsSchema,
} from '../../../lib/storage';

const SEAL = { symbol: '☘', word: 'kestrel', color: '#0f766e' };
const CURRENT = defaultSettings(SEAL);

describe('readSettings', () => {
  it('stores settings under a fixed key at version 3', () => {
    expect(SETTINGS_KEY).toBe('settings');
    expect(SETTINGS_VERSION).toBe(3);
  });

  it.each([undefined, null])('returns no settings and nothing unreadable for %s', (stored) => {
    expect(readSettings(stored)).toEqual({ settings: undefined, unreadable: undefined });
  });

  it('returns valid current settings as they are, with nothing to write back', () => {
    expect(readSettings(CURRENT)).toEqual({ settings: CURRENT, needsWrite: false });
  });

  it('migrates the version-1 record of the first release, keeping its seal, and asks for a write', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/storage/settings-v1.json', import.meta.url), 'utf8'),
    );
    const read = readSettings(fixture[SETTINGS_KEY]);
    expect(read).toEqual({
      settings: {
        version: 3,
        seal: SEAL,
        roles: [],
        shortlist: [],
        trustedIssuers: { added: [], removed: [] },
        pageUntouched: { on: [], off: [], noticeDismissed: false },
      },
      needsWrite: true,
    });
  });

  it('migrates a version-2 record keeping every role, pin, shortlist entry and trust choice', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/storage/settings-v2.json', import.meta.url), 'utf8'),
    );
    const stored = fixture[SETTINGS_KEY];
    const { version: _old, ...kept } = stored;
    expect(readSettings(stored)).toEqual({
      settings: {
        ...kept,
        version: 3,
        // No choices yet: the defaults decide, so linkedin.com is left untouched.
        pageUntouched: { on: [], off: [], noticeDismissed: false },
      },
      needsWrite: true,
    });
  });

  it('drops members the schema does not know from otherwise valid settings', () => {
    const read = readSettings({ ...CURRENT, seal: { ...SEAL, extra: 1 }, theme: 'dark' });
    expect(read).toEqual({ settings: CURRENT, needsWrite: false });
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 7],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['no version', { seal: SEAL }],
    ['a string version', { version: '1', seal: SEAL }],
    ['no seal', { version: 1 }],
    ['a seal with an over-long word', { version: 1, seal: { ...SEAL, word: 'w'.repeat(33) } }],
    ['a seal missing its colour', { version: 1, seal: { symbol: '☘', word: 'kestrel' } }],
    ['version 3 without its shortlist', { ...CURRENT, shortlist: undefined }],
    ['version 3 with a role missing its skills', { ...CURRENT, roles: [{ id: 'r', title: 'x' }] }],
    ['version 3 without its untouched sites', { ...CURRENT, pageUntouched: undefined }],
    [
      'version 3 with a site that is not text',
      { ...CURRENT, pageUntouched: { on: [7], off: [], noticeDismissed: false } },
    ],
  ])('keeps %s aside as unreadable', (_label, stored) => {
    expect(readSettings(stored)).toEqual({ settings: undefined, unreadable: stored });
  });

  it.each([
    ['a future version', 4],
    ['a far-future version', 99],
    ['version 0 (no migration exists)', 0],
    ['a negative version', -1],
    ['a fractional version', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s instead of accepting it', (_label, version) => {
    const stored = { version, seal: SEAL };
    expect(readSettings(stored)).toEqual({ settings: undefined, unreadable: stored });
  });

  it('never throws and either parses to SettingsSchema or keeps the original', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ version: fc.oneof(fc.integer(), fc.double()), seal: fc.anything() }),
        ),
        (stored) => {
          const read = readSettings(stored);
          if (read.settings !== undefined)
            expect(SettingsSchema.safeParse(read.settings).success).toBe(true);
          else if (stored !== undefined && stored !== null) expect(read.unreadable).toBe(stored);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
