// The badge registry: a token is shown by the first frame of its own tab that redeems it and by
// no other; the toolbar's counts and interference come from the same records.
import { describe, expect, it } from 'vitest';
import {
  type BadgeRegistry,
  createBadgeRegistry,
  toolbarBadge,
} from '../../../lib/background/badge-registry';
import type { BadgeView } from '../../../lib/messaging';
import { sayEnglish, sayWith } from '../../../lib/shared/words';
import { mapStore } from '../../helpers/background';

const T1 = '0123456789abcdef0123456789abcdef';
const T2 = 'fedcba9876543210fedcba9876543210';
/** The content script's run. */
const RUN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NEXT_RUN = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

const view = (verdict: BadgeView['verdict']): BadgeView => ({
  verdict,
  headline: verdict,
  skills: [],
  checks: [],
  sourceUrl: 'https://example.com/badge',
  providerLabel: 'Example',
});

async function registered(): Promise<{ registry: BadgeRegistry; data: Map<string, unknown> }> {
  const store = mapStore();
  const data = store.entries;
  const registry = createBadgeRegistry(store);
  expect(
    await registry.register(
      T1,
      { tabId: 7, frameId: 0, instance: RUN },
      'Kubernetes',
      view('checking'),
    ),
  ).toBe(true);
  return { registry, data };
}

/** The toolbar's note on a site left untouched, as the English catalogue says it. */
const UNTOUCHED_NOTE = sayEnglish('toolbarUntouched');

describe('badge registry', () => {
  it('gives the view to the first frame of the tab and refuses every other frame', async () => {
    const { registry } = await registered();
    await registry.update(T1, view('invalid'));
    const frame = { tabId: 7, frameId: 3, documentId: 'doc-a' };
    const first = await registry.redeem(T1, frame);
    expect(first.ok && first.entry.view.verdict).toBe('invalid');
    // The same document asks again (the content script's nudge): still its own.
    expect((await registry.redeem(T1, frame)).ok).toBe(true);
    // A copy in another frame, the same frame reloaded, or another tab: refused.
    expect(await registry.redeem(T1, { tabId: 7, frameId: 4, documentId: 'doc-b' })).toEqual({
      ok: false,
      reason: 'claimed',
    });
    expect(await registry.redeem(T1, { tabId: 7, frameId: 3, documentId: 'doc-c' })).toEqual({
      ok: false,
      reason: 'claimed',
    });
    expect(await registry.redeem(T1, { tabId: 8, frameId: 3 })).toEqual({
      ok: false,
      reason: 'other_tab',
    });
  });

  it('a frame that asks while its registration still reads storage finds its token', async () => {
    const store = mapStore();
    // Every storage read waits until the test opens the gate.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = { ...store, get: (key: string) => gate.then(() => store.entries.get(key)) };
    const registry = createBadgeRegistry(slow);
    const registering = registry.register(
      T1,
      { tabId: 7, frameId: 0, instance: RUN },
      'Kubernetes',
      view('checking'),
    );
    const frame = { tabId: 7, frameId: 3, documentId: 'a' };
    const asked = await registry.redeem(T1, frame);
    expect(asked.ok).toBe(true);
    release();
    expect(await registering).toBe(true);
    // The frame still owns it once registration has finished; no other frame does.
    expect((await registry.redeem(T1, frame)).ok).toBe(true);
    expect((await registry.redeem(T1, { tabId: 7, frameId: 4, documentId: 'b' })).ok).toBe(false);
  });

  it('refuses unknown and malformed tokens', async () => {
    const { registry } = await registered();
    expect(await registry.redeem(T2, { tabId: 7, frameId: 1 })).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect((await registry.redeem('../../etc', { tabId: 7, frameId: 1 })).ok).toBe(false);
    expect(
      await registry.register(
        'short',
        { tabId: 7, frameId: 0, instance: RUN },
        'x',
        view('checking'),
      ),
    ).toBe(false);
  });

  it("never lets another tab take over a token, and survives the worker's restart", async () => {
    const store = mapStore();
    const data = store.entries;
    const first = createBadgeRegistry(store);
    await first.register(
      T1,
      { tabId: 7, frameId: 0, instance: RUN },
      'Kubernetes',
      view('verified'),
    );
    await first.redeem(T1, { tabId: 7, frameId: 2, documentId: 'd' });
    expect([...data.keys()].sort()).toEqual([`badge:${T1}`, 'badgeTab:7']);
    // A new worker reads the entry back, claim included.
    const second = createBadgeRegistry(store);
    expect(
      await second.register(T1, { tabId: 9, frameId: 0, instance: RUN }, 'x', view('verified')),
    ).toBe(false);
    expect((await second.redeem(T1, { tabId: 7, frameId: 2, documentId: 'd' })).ok).toBe(true);
    expect((await second.redeem(T1, { tabId: 7, frameId: 5, documentId: 'e' })).ok).toBe(false);
  });

  it('counts live badges by verdict and forgets those the content script no longer holds', async () => {
    const { registry, data } = await registered();
    await registry.register(
      T2,
      { tabId: 7, frameId: 0, instance: RUN },
      'Terraform',
      view('checking'),
    );
    await registry.update(T1, view('verified'));
    await registry.update(T2, view('revoked'));
    expect(await registry.summary(7)).toMatchObject({
      total: 2,
      counts: { verified: 1, revoked: 1 },
    });
    await registry.report(7, RUN, [T2], [{ label: 'Terraform', how: 'clipped' }]);
    expect(await registry.summary(7)).toEqual({
      total: 1,
      counts: { revoked: 1 },
      interference: [{ label: 'Terraform', how: 'clipped' }],
    });
    expect(data.has(`badge:${T1}`)).toBe(false);
    await registry.forgetTab(7);
    expect(await registry.summary(7)).toEqual({ total: 0, counts: {}, interference: [] });
  });
});

describe('after the worker restarts', () => {
  it('still counts every badge of the tab and every interference seen (toolbar and popup)', async () => {
    const store = mapStore();
    const before = createBadgeRegistry(store);
    const owner = { tabId: 7, frameId: 0, instance: RUN };
    await before.register(T1, owner, 'Kubernetes', view('checking'));
    await before.register(T2, owner, 'Terraform', view('checking'));
    await before.update(T1, view('revoked'));
    await before.update(T2, view('verified'));
    await before.redeem(T1, { tabId: 7, frameId: 4, documentId: 'x' });
    await before.report(
      7,
      RUN,
      [T1, T2],
      [
        { label: 'Terraform', how: 'moved' },
        { label: 'Kubernetes', how: 'covered' },
      ],
    );
    // A new worker: nothing in memory, a page that says nothing more.
    const after = createBadgeRegistry(store);
    expect(await after.summary(7)).toEqual({
      total: 2,
      counts: { revoked: 1, verified: 1 },
      interference: [
        { label: 'Terraform', how: 'moved' },
        { label: 'Kubernetes', how: 'covered' },
      ],
    });
    // One new genuine badge does not make the tab look clean.
    await after.register('0000000000000000000000000000000a', owner, 'Go', view('verified'));
    expect(toolbarBadge(await after.summary(7)).text).toBe('!');
    expect((await after.summary(7)).total).toBe(3);
  });
});

describe('content script runs', () => {
  it('a new run (a new page, or Scan this page again) replaces what the older run showed', async () => {
    const { registry } = await registered();
    expect((await registry.summary(7)).total).toBe(1);
    await registry.register(
      T2,
      { tabId: 7, frameId: 0, instance: NEXT_RUN },
      'Go',
      view('checking'),
    );
    expect((await registry.summary(7)).total).toBe(1);
    expect((await registry.redeem(T1, { tabId: 7, frameId: 1 })).ok).toBe(false);
    expect((await registry.redeem(T2, { tabId: 7, frameId: 1 })).ok).toBe(true);
  });

  it('a new run with no credentials at all clears the counts with its first report', async () => {
    const { registry } = await registered();
    await registry.report(7, NEXT_RUN, [], []);
    expect(await registry.summary(7)).toEqual({ total: 0, counts: {}, interference: [] });
  });
});

describe('toolbar badge', () => {
  it('shows the count, red when anything failed, and "!" when the page interferes', () => {
    expect(toolbarBadge({ total: 0, counts: {}, interference: [] }).text).toBe('');
    const good = toolbarBadge({ total: 2, counts: { verified: 2 }, interference: [] });
    expect(good).toMatchObject({ text: '2', color: '#15803d' });
    expect(good.title).toBe('Credlens: 2 verified or confirmed');
    const bad = toolbarBadge({ total: 3, counts: { verified: 2, invalid: 1 }, interference: [] });
    expect(bad).toMatchObject({ text: '3', color: '#b91c1c' });
    expect(bad.title).toContain('1 invalid or revoked');
    const attacked = toolbarBadge({
      total: 1,
      counts: { verified: 1 },
      interference: [{ label: 'K', how: 'covered' }],
    });
    expect(attacked.text).toBe('!');
    expect(attacked.title).toContain('this page is interfering with Credlens badges');
  });

  it('says where the verdicts are on a site left untouched, and only there', () => {
    const counts = { verified: 2 };
    const untouched = toolbarBadge({ total: 2, counts, interference: [], untouched: true });
    expect(untouched).toMatchObject({ text: '2', color: '#15803d' });
    expect(untouched.title).toBe(`Credlens: 2 verified or confirmed — ${UNTOUCHED_NOTE}`);
    expect(toolbarBadge({ total: 2, counts, interference: [] }).title).not.toContain('untouched');
  });

  it('says its title in the words it is given, with plural rules of their language', () => {
    const say = sayWith((key, substitutions) => `${key}(${substitutions.join(',')})`, 'fr');
    const summary = {
      total: 4,
      counts: { verified: 1, invalid: 2, checking: 1 },
      interference: [{ label: 'K', how: 'covered' as const }],
      untouched: true,
    };
    expect(toolbarBadge(summary, say).title).toBe(
      // French counts 0 and 1 as "one".
      'toolbarTitle(toolbarGood_one(1), toolbarBad_other(2), toolbarChecking_one(1)) — toolbarInterference() — toolbarUntouched()',
    );
  });
});

describe('page-untouched runs', () => {
  it('are remembered from their report, across a worker restart, until a run draws badges', async () => {
    const store = mapStore();
    const before = createBadgeRegistry(store);
    const owner = { tabId: 7, frameId: 0, instance: RUN };
    await before.register(T1, owner, 'Kubernetes', view('verified'));
    await before.report(7, RUN, [T1], [], true);
    expect((await before.summary(7)).untouched).toBe(true);
    const after = createBadgeRegistry(store);
    expect(toolbarBadge(await after.summary(7)).title).toContain(` — ${UNTOUCHED_NOTE}`);
    // Switched off: the next run reports badges drawn on the page.
    await after.report(7, NEXT_RUN, [], []);
    expect((await after.summary(7)).untouched).toBeUndefined();
    expect((await createBadgeRegistry(store).summary(7)).untouched).toBeUndefined();
  });
});
