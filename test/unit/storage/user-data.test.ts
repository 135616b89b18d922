// The user's data: roles saved, pinned, renamed, edited and deleted (with their shortlist);
// shortlist entries replaced per profile; trusted issuers added and removed; the store applying
// edits in order over a storage area and keeping unreadable data aside; export and import
// (validated, merged without duplicates, older exports migrated, failures changing nothing).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addToShortlist,
  createUserStore,
  defaultSettings,
  deleteRole,
  exportData,
  importData,
  LIMITS,
  type NewRole,
  pinRole,
  removeFromShortlist,
  renameRole,
  restoreBundledIssuer,
  SETTINGS_KEY,
  type Settings,
  type ShortlistEntry,
  saveAndPinRole,
  setRoleSkills,
  trustIssuer,
  UNREADABLE_KEY,
  untrustIssuer,
} from '../../../lib/storage';

const SEAL = { symbol: '☘', word: 'kestrel', color: '#0f766e' };
const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2026-11-24T10:00:00Z');
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const ROLE: NewRole = {
  title: 'Cloud Engineer',
  company: 'Acme',
  source: 'page',
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  skills: [
    { id: 'alias:aws', label: 'AWS', kind: 'hard', required: true },
    { id: 'alias:kubernetes', label: 'Kubernetes', kind: 'hard', required: false },
  ],
};
const entry = (over: Partial<ShortlistEntry> = {}): ShortlistEntry => ({
  id: 'c-1',
  roleId: 'id-1',
  name: 'Ada Lovelace',
  pageUrl: 'https://www.linkedin.com/in/ada',
  savedAt: NOW.toISOString(),
  credentials: [
    {
      name: 'AWS Solutions Architect',
      verdict: 'verified',
      sourceUrl: 'https://www.credly.com/badges/1',
      skills: [{ id: 'alias:aws', label: 'AWS' }],
    },
  ],
  ...over,
});
const withRole = () => saveAndPinRole(defaultSettings(SEAL), ROLE, ids(), NOW).settings;

describe('roles', () => {
  it('saves a role with timestamps and pins it', () => {
    const { settings, roleId } = saveAndPinRole(defaultSettings(SEAL), ROLE, ids(), NOW);
    expect(roleId).toBe('id-1');
    expect(settings.pinnedRoleId).toBe('id-1');
    expect(settings.roles).toEqual([
      { ...ROLE, id: 'id-1', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
    ]);
  });

  it('updates the role saved from the same page instead of adding a second one, keeping its name', () => {
    const first = withRole();
    const { settings, roleId } = saveAndPinRole(
      pinRole(first, undefined),
      { ...ROLE, title: 'Senior Cloud Engineer', skills: [] },
      () => 'never-used',
      LATER,
    );
    expect(roleId).toBe('id-1');
    expect(settings.roles).toHaveLength(1);
    expect(settings.roles[0]).toMatchObject({
      title: 'Cloud Engineer',
      skills: [],
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(settings.pinnedRoleId).toBe('id-1');
  });

  it('adds pasted roles (no url) as separate roles', () => {
    const pasted = { ...ROLE, source: 'pasted' as const, url: undefined };
    const { url: _url, ...noUrl } = pasted;
    const next = ids();
    let settings = saveAndPinRole(defaultSettings(SEAL), noUrl, next, NOW).settings;
    settings = saveAndPinRole(settings, noUrl, next, NOW).settings;
    expect(settings.roles.map((role) => role.id)).toEqual(['id-1', 'id-2']);
    expect(settings.pinnedRoleId).toBe('id-2');
  });

  it('renames (trimmed, never to empty) and edits skills', () => {
    let settings = renameRole(withRole(), 'id-1', '  Platform Engineer ', LATER);
    expect(settings.roles[0]?.title).toBe('Platform Engineer');
    expect(renameRole(settings, 'id-1', '   ', LATER)).toBe(settings);
    settings = setRoleSkills(settings, 'id-1', [], LATER);
    expect(settings.roles[0]?.skills).toEqual([]);
  });

  it('pins only roles that exist, and unpins', () => {
    const settings = withRole();
    expect(pinRole(settings, 'missing').pinnedRoleId).toBeUndefined();
    expect(pinRole(settings, undefined)).not.toHaveProperty('pinnedRoleId');
    expect(pinRole(pinRole(settings, undefined), 'id-1').pinnedRoleId).toBe('id-1');
  });

  it('deletes a role with its shortlist and unpins it, leaving other roles alone', () => {
    const next = ids();
    let settings = saveAndPinRole(defaultSettings(SEAL), ROLE, next, NOW).settings;
    settings = saveAndPinRole(
      settings,
      { ...ROLE, url: 'https://jobs.lever.co/x/2' },
      next,
      NOW,
    ).settings;
    settings = addToShortlist(settings, entry({ roleId: 'id-1' }));
    settings = addToShortlist(settings, entry({ id: 'c-2', roleId: 'id-2' }));
    const after = deleteRole(settings, 'id-2');
    expect(after.roles.map((role) => role.id)).toEqual(['id-1']);
    expect(after.shortlist.map((saved) => saved.id)).toEqual(['c-1']);
    expect(after.pinnedRoleId).toBeUndefined();
    expect(deleteRole(settings, 'id-1').pinnedRoleId).toBe('id-2');
  });
});

describe('shortlist', () => {
  it('replaces the entry for the same profile and role, keeps other roles', () => {
    let settings = addToShortlist(withRole(), entry());
    settings = addToShortlist(settings, entry({ id: 'c-2', name: 'Ada L.' }));
    settings = addToShortlist(settings, entry({ id: 'c-3', roleId: 'other' }));
    expect(settings.shortlist.map((saved) => [saved.id, saved.name])).toEqual([
      ['c-2', 'Ada L.'],
      ['c-3', 'Ada Lovelace'],
    ]);
    expect(removeFromShortlist(settings, 'c-2').shortlist.map((saved) => saved.id)).toEqual([
      'c-3',
    ]);
  });
});

describe('trusted issuers', () => {
  it('adds (trimmed, named by id when unnamed), replaces and removes user additions', () => {
    let settings = trustIssuer(defaultSettings(SEAL), ' did:web:uni.example ', '');
    expect(settings.trustedIssuers.added).toEqual([
      { id: 'did:web:uni.example', name: 'did:web:uni.example' },
    ]);
    settings = trustIssuer(settings, 'did:web:uni.example', 'Example University');
    expect(settings.trustedIssuers.added).toEqual([
      { id: 'did:web:uni.example', name: 'Example University' },
    ]);
    expect(trustIssuer(settings, '  ', 'x')).toBe(settings);
    expect(untrustIssuer(settings, 'did:web:uni.example', false).trustedIssuers).toEqual({
      added: [],
      removed: [],
    });
  });

  it('hides a bundled entry once, restores it, and trusting it again restores it too', () => {
    let settings = untrustIssuer(defaultSettings(SEAL), 'did:web:dc.1edtech.org:', true);
    settings = untrustIssuer(settings, 'did:web:dc.1edtech.org:', true);
    expect(settings.trustedIssuers.removed).toEqual(['did:web:dc.1edtech.org:']);
    expect(
      restoreBundledIssuer(settings, 'did:web:dc.1edtech.org:').trustedIssuers.removed,
    ).toEqual([]);
    expect(
      trustIssuer(settings, 'did:web:dc.1edtech.org:', '1EdTech').trustedIssuers.removed,
    ).toEqual([]);
  });
});

/** A storage area over a Map, recording writes. */
function mapArea(initial: Record<string, unknown> = {}) {
  const entries = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    entries,
    writes,
    get: async (key: string) => entries.get(key),
    set: async (key: string, value: unknown) => {
      writes.push(key);
      entries.set(key, structuredClone(value));
    },
  };
}

describe('createUserStore', () => {
  it('creates settings with a new seal once, then reads them back', async () => {
    const area = mapArea();
    let seals = 0;
    const store = createUserStore(area, () => ({ ...SEAL, word: `w${++seals}` }));
    const [a, b] = await Promise.all([store.read(), store.read()]);
    expect(a.seal.word).toBe('w1');
    expect(b.seal.word).toBe('w1');
    expect(seals).toBe(1);
  });

  it('migrates a stored version-1 record on first read and writes it back', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/storage/settings-v1.json', import.meta.url), 'utf8'),
    );
    const area = mapArea(fixture);
    const store = createUserStore(area, () => {
      throw new Error('must keep the stored seal');
    });
    const settings = await store.read();
    expect(settings.seal).toEqual(SEAL);
    expect(area.entries.get(SETTINGS_KEY)).toMatchObject({ version: 3, seal: SEAL });
  });

  it('keeps unreadable settings aside before starting fresh, every copy, newest last', async () => {
    const area = mapArea({ [SETTINGS_KEY]: { version: 'broken' } });
    const clock = { now: () => NOW };
    const settings = await createUserStore(area, () => SEAL, clock).read();
    expect(settings.roles).toEqual([]);
    expect(area.entries.get(UNREADABLE_KEY)).toEqual([
      { keptAt: NOW.toISOString(), value: { version: 'broken' } },
    ]);
    // A newer version's data read by this one (a downgrade) is kept beside the first copy.
    area.entries.set(SETTINGS_KEY, { version: 9, seal: SEAL, future: true });
    await createUserStore(area, () => SEAL, { now: () => LATER }).read();
    expect(area.entries.get(UNREADABLE_KEY)).toEqual([
      { keptAt: NOW.toISOString(), value: { version: 'broken' } },
      { keptAt: LATER.toISOString(), value: { version: 9, seal: SEAL, future: true } },
    ]);
  });

  it('runs every read and edit inside the shared lock, so two contexts never interleave', async () => {
    const area = mapArea();
    // Two stores (two contexts: popup and compare page) over one area and one lock.
    let held = false;
    let overlaps = 0;
    const lock = async <T>(task: () => Promise<T>): Promise<T> => {
      while (held) await new Promise((resolve) => setTimeout(resolve, 1));
      held = true;
      try {
        return await task();
      } finally {
        held = false;
      }
    };
    const slowArea = {
      ...area,
      get: async (key: string) => {
        if (held === false) overlaps++;
        const value = await area.get(key);
        await new Promise((resolve) => setTimeout(resolve, 2));
        return value;
      },
    };
    const popup = createUserStore(slowArea, () => SEAL, { exclusive: lock });
    const compare = createUserStore(slowArea, () => SEAL, { exclusive: lock });
    await Promise.all([
      popup.update((s) => trustIssuer(s, 'did:web:a', 'A')),
      compare.update((s) => trustIssuer(s, 'did:web:b', 'B')),
      popup.update((s) => trustIssuer(s, 'did:web:c', 'C')),
      compare.update((s) => trustIssuer(s, 'did:web:d', 'D')),
    ]);
    expect(overlaps).toBe(0);
    const names = (await popup.read()).trustedIssuers.added.map((issuer) => issuer.name);
    expect(names.sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('without a shared lock, two contexts can lose an edit (why the extension passes one)', async () => {
    const area = mapArea();
    const slowArea = {
      ...area,
      // Read now, answer later: what a slow storage read looks like to two contexts.
      get: async (key: string) => {
        const value = await area.get(key);
        await new Promise((resolve) => setTimeout(resolve, 2));
        return value;
      },
    };
    await createUserStore(slowArea, () => SEAL).read();
    const popup = createUserStore(slowArea, () => SEAL);
    const compare = createUserStore(slowArea, () => SEAL);
    await Promise.all([
      popup.update((s) => trustIssuer(s, 'did:web:a', 'A')),
      compare.update((s) => trustIssuer(s, 'did:web:b', 'B')),
    ]);
    expect((await popup.read()).trustedIssuers.added).toHaveLength(1);
  });

  it('applies concurrent edits in order without losing any', async () => {
    const area = mapArea();
    const store = createUserStore(area, () => SEAL);
    await Promise.all(
      ['a', 'b', 'c'].map((name) => store.update((s) => trustIssuer(s, `did:web:${name}`, name))),
    );
    expect((await store.read()).trustedIssuers.added.map((issuer) => issuer.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('leaves the stored data as it was when a write fails (storage full), and goes on', async () => {
    const area = mapArea();
    const store = createUserStore(area, () => SEAL);
    await store.update((s) => trustIssuer(s, 'did:web:kept', 'Kept'));
    const before = structuredClone(area.entries.get(SETTINGS_KEY));
    const set = area.set;
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(store.update((s) => trustIssuer(s, 'did:web:lost', 'Lost'))).rejects.toThrow(
      'QUOTA_BYTES',
    );
    expect(area.entries.get(SETTINGS_KEY)).toEqual(before);
    area.set = set;
    const after = await store.update((s) => trustIssuer(s, 'did:web:next', 'Next'));
    expect(after.trustedIssuers.added.map((issuer) => issuer.name)).toEqual(['Kept', 'Next']);
  });

  it('refuses an edit that breaks the limits instead of writing data the next read would discard', async () => {
    const area = mapArea();
    const store = createUserStore(area, () => SEAL);
    await store.update(() => addToShortlist(withRole(), entry()));
    const before = structuredClone(area.entries.get(SETTINGS_KEY));
    const huge = entry({
      id: 'c-huge',
      pageUrl: 'https://hostile.example/profile',
      credentials: Array.from({ length: LIMITS.credentialsPerCandidate + 1 }, (_, i) => ({
        name: `c${i}`,
        verdict: 'link-only' as const,
        sourceUrl: 'https://hostile.example/',
        skills: [],
      })),
    });
    await expect(store.update((s) => addToShortlist(s, huge))).rejects.toThrow(
      /exceed what Credlens can keep \(shortlist\.1\.credentials\)/,
    );
    expect(area.entries.get(SETTINGS_KEY)).toEqual(before);
    expect((await store.read()).seal).toEqual(SEAL);
  });

  it('keeps working after an edit throws', async () => {
    const store = createUserStore(mapArea(), () => SEAL);
    await expect(
      store.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(
      (await store.update((s) => trustIssuer(s, 'did:web:x', 'X'))).trustedIssuers.added,
    ).toHaveLength(1);
  });
});

describe('export and import', () => {
  const full = (): Settings =>
    trustIssuer(addToShortlist(withRole(), entry()), 'did:web:uni.example', 'Uni');

  it('leaves the seal out of an export: it may be shared, the seal must stay secret', () => {
    const file = exportData(full(), NOW);
    expect(file.data).not.toHaveProperty('seal');
    expect(JSON.stringify(file)).not.toContain(SEAL.word);
  });

  it('ignores an imported pin that names no imported or existing role', () => {
    const data = { ...exportData(full(), NOW).data, pinnedRoleId: 'ghost' };
    const result = importData(
      defaultSettings(SEAL),
      JSON.stringify({ format: 'credlens-user-data', data }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings).not.toHaveProperty('pinnedRoleId');
  });

  it('round-trips everything into empty settings, keeping the importing seal', () => {
    const file = JSON.stringify(exportData(full(), NOW));
    const other = { symbol: '★', word: 'amber', color: '#7c3aed' };
    const result = importData(defaultSettings(other), file);
    expect(result).toMatchObject({ ok: true, added: { roles: 1, candidates: 1, issuers: 1 } });
    if (!result.ok) return;
    expect(result.settings.seal).toEqual(other);
    expect(result.settings.roles).toEqual(full().roles);
    expect(result.settings.shortlist).toEqual(full().shortlist);
    expect(result.settings.pinnedRoleId).toBe('id-1');
  });

  it('merges without duplicates when the same export is imported twice', () => {
    const file = JSON.stringify(exportData(full(), NOW));
    const once = importData(full(), file);
    expect(once).toMatchObject({ ok: true, added: { roles: 0, candidates: 0, issuers: 0 } });
    if (once.ok) expect(once.settings).toEqual(full());
  });

  it('imports an export made by version 1, migrating it', () => {
    const raw = readFileSync(
      new URL('../../fixtures/storage/export-v1.json', import.meta.url),
      'utf8',
    );
    const result = importData(full(), raw);
    expect(result).toMatchObject({ ok: true, added: { roles: 0, candidates: 0, issuers: 0 } });
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['JSON without the label', '{"data":{}}', /not a Credlens export/],
    [
      'a newer version',
      JSON.stringify({ format: 'credlens-user-data', data: { version: 9 } }),
      /newer or unknown/,
    ],
    [
      'a damaged role',
      JSON.stringify({
        format: 'credlens-user-data',
        data: { ...defaultSettings(SEAL), roles: [{ id: 'x' }] },
      }),
      /damaged or incomplete at roles\.0/,
    ],
    ['an oversized file', ' '.repeat(10 * 1024 * 1024 + 1), /larger than 10 MB/],
  ])('rejects %s with a specific reason', (_label, raw, message) => {
    const result = importData(full(), raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
