// The service worker's verification service over a fake fetch and a Map-backed result store:
// each provider kind's verdict and view, generic links that are not credentials dropped, the
// result cache (reuse, expiry, surviving a worker restart), in-flight dedupe, and the limits:
// tabs served fairly, bounded lines, cancelTab, a per-host cap on every fetch, the generic-link
// timeout and the per-link deadline (fake timers; held fetches released by hand, no sleeps).

import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createVerifierService,
  GENERIC_FETCH_TIMEOUT_MS,
  type LinkOutcome,
  RESULT_TTL_MS,
  VERIFICATION_DEADLINE_MS,
} from '../../../lib/background';
import type { FetchLike } from '../../../lib/deps';
import { DEFAULT_TIMEOUT_MS, FETCHES_PER_HOST } from '../../../lib/fetch';
import type { BadgeView, ProviderMatchMessage } from '../../../lib/messaging';
import { BadgeViewSchema, parseResponse } from '../../../lib/messaging';
import { sayWith } from '../../../lib/shared/words';
import { accredibleBody, mapStore, withStatusList } from '../../helpers/background';
import { fakeFetch, fixedClock, type Route } from '../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../helpers/issue';
import { ASSERTION_ID, assertion, hostedRoutes } from '../verify/ob2/fixtures';

const CREDENTIAL_URL = 'https://creds.example.edu/badges/1.json';
const ACCREDIBLE_URL = 'https://api.accredible.com/v1/credential-net/credentials/10001';
const SHARE_URL = 'https://verifierplus.org/api/share/abc';
const GENERIC_URL = 'https://portfolio.example/files/data.json';

let signed: Record<string, unknown>;
beforeAll(async () => {
  const key = await testKey(1);
  signed = await issue(openBadge(key.did), { key });
});

function setup(routes: Record<string, Route>, store = mapStore(), now = fixedClock()) {
  const fetch = fakeFetch(routes);
  return { fetch, store, service: createVerifierService({ fetch, now, store }) };
}

const credentialMatch = (fetchUrl = CREDENTIAL_URL, extra: Partial<ProviderMatchMessage> = {}) =>
  ({
    providerId: 'direct',
    label: 'Credential file',
    sourceUrl: fetchUrl,
    fetchUrl,
    kind: 'credential',
    ...extra,
  }) as ProviderMatchMessage;
const credlyMatch: ProviderMatchMessage = {
  providerId: 'credly',
  label: 'Credly',
  sourceUrl: 'https://www.credly.com/badges/8a1b5c3e',
  fetchUrl: ASSERTION_ID,
  kind: 'ob2-hosted',
};
const accredibleMatch: ProviderMatchMessage = {
  providerId: 'accredible',
  label: 'Accredible',
  sourceUrl: 'https://www.credential.net/10001',
  fetchUrl: ACCREDIBLE_URL,
  kind: 'accredible',
};

function viewOf(outcome: LinkOutcome): BadgeView {
  if (!('view' in outcome)) throw new Error('expected a view, got hidden');
  expect(BadgeViewSchema.safeParse(outcome.view).success).toBe(true);
  return outcome.view;
}

describe('verifyLink verdicts', () => {
  it('returns the link-only view for a link-only match without fetching or caching', async () => {
    const { fetch, store, service } = setup({});
    const match: ProviderMatchMessage = {
      providerId: 'coursera',
      label: 'Coursera',
      sourceUrl: 'https://www.coursera.org/account/accomplishments/verify/ABC',
      kind: 'link-only',
    };
    const view = viewOf(await service.verifyLink(match, { visible: true }));
    expect(view).toMatchObject({ verdict: 'link-only', providerLabel: 'Coursera' });
    expect(fetch.requests).toEqual([]);
    expect(store.entries.size).toBe(0);
  });

  it('verifies a signed credential served at the fetchUrl', async () => {
    const { fetch, service } = setup({ [CREDENTIAL_URL]: { json: signed } });
    const view = viewOf(await service.verifyLink(credentialMatch(), { visible: true }));
    expect(fetch.requests).toEqual([CREDENTIAL_URL]);
    expect(view).toMatchObject({
      verdict: 'verified',
      headline: 'Verified',
      name: 'Kubernetes Administrator',
      issuerName: 'Credlens Test University',
      skills: ['Kubernetes'],
      sourceUrl: CREDENTIAL_URL,
    });
    expect(view.checks.map((c) => c.text)).toContain(
      'The digital signature is valid: nothing was changed after signing',
    );
    expect(view.checks.every((c) => c.outcome === 'pass')).toBe(true);
  });

  it('confirms a hosted OB 2.0 assertion in the name of the provider', async () => {
    const { service } = setup(hostedRoutes());
    const view = viewOf(await service.verifyLink(credlyMatch, { visible: true }));
    expect(view).toMatchObject({
      verdict: 'confirmed',
      headline: 'Confirmed by Credly',
      name: 'Awesome Robotics Badge',
      issuerName: 'An Example Badge Issuer',
      providerLabel: 'Credly',
    });
    expect(view.skills).toContain('Robot Assembly');
  });

  it('returns revoked when the hosted assertion answers 410 Gone', async () => {
    const { service } = setup(
      hostedRoutes(assertion(), { [ASSERTION_ID]: { json: {}, status: 410 } }),
    );
    const view = viewOf(await service.verifyLink(credlyMatch, { visible: true }));
    expect(view).toMatchObject({ verdict: 'revoked', headline: 'Revoked' });
  });

  it.each([
    ['confirmed', {}, 'Confirmed by Accredible'],
    ['revoked', { revoked: true }, 'Revoked'],
    ['expired', { expired: true }, 'Expired'],
    ['expired', { expired_on: '2026-03-01' }, 'Expired'],
  ] as const)('returns %s for Accredible JSON %j', async (verdict, overrides, headline) => {
    const { service } = setup({ [ACCREDIBLE_URL]: { json: accredibleBody(overrides) } });
    const view = viewOf(await service.verifyLink(accredibleMatch, { visible: true }));
    expect(view).toMatchObject({ verdict, headline, issuerName: 'Example Academy' });
    expect(view.name).toBe('Data Analysis Certificate');
    expect(view.issuedOn).toBe('2026-02-01');
  });

  it('returns unverifiable when the Accredible API answers 404', async () => {
    const { service } = setup({});
    const view = viewOf(await service.verifyLink(accredibleMatch, { visible: true }));
    expect(view).toMatchObject({ verdict: 'unverifiable', headline: 'Could not check' });
  });

  it('verifies the .credential member of a VerifierPlus share', async () => {
    const { service } = setup({ [SHARE_URL]: { json: { credential: signed, sharedBy: 'x' } } });
    const match = credentialMatch(SHARE_URL, { providerId: 'verifier-plus', unwrap: 'credential' });
    const view = viewOf(await service.verifyLink(match, { visible: true }));
    expect(view).toMatchObject({ verdict: 'verified', name: 'Kubernetes Administrator' });
  });

  it('hides a generic link whose URL serves JSON that is not a credential', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await expect(service.verifyLink(match, { visible: true })).resolves.toEqual({ hidden: true });
  });

  it('hides a generic link whose URL answers 404', async () => {
    const { service } = setup({});
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await expect(service.verifyLink(match, { visible: true })).resolves.toEqual({ hidden: true });
  });

  it('shows a generic link that does serve a credential', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: signed } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    expect(viewOf(await service.verifyLink(match, { visible: false })).verdict).toBe('verified');
  });

  it('shows a non-generic link to non-credential JSON as could not check', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const view = viewOf(await service.verifyLink(credentialMatch(GENERIC_URL), { visible: true }));
    expect(view.verdict).toBe('unverifiable');
  });
});

describe('verifyLink result cache', () => {
  it('answers a second call for the same match from the cache', async () => {
    const { fetch, service } = setup(hostedRoutes());
    const first = await service.verifyLink(credlyMatch, { visible: true });
    const count = fetch.requests.length;
    expect(count).toBeGreaterThan(0);
    await expect(service.verifyLink(credlyMatch, { visible: false })).resolves.toEqual(first);
    expect(fetch.requests).toHaveLength(count);
  });

  it('verifies again once the cached entry is older than RESULT_TTL_MS', async () => {
    let time = Date.parse('2026-11-23T12:00:00Z');
    const { fetch, service } = setup(hostedRoutes(), mapStore(), () => new Date(time));
    await service.verifyLink(credlyMatch, { visible: true });
    const count = fetch.requests.length;
    time += RESULT_TTL_MS - 1;
    await service.verifyLink(credlyMatch, { visible: true });
    expect(fetch.requests).toHaveLength(count);
    time += 2;
    expect(viewOf(await service.verifyLink(credlyMatch, { visible: true })).verdict).toBe(
      'confirmed',
    );
    expect(fetch.requests.length).toBeGreaterThan(count);
    expect(fetch.requests.slice(count)).toContain(ASSERTION_ID);
  });

  it('words verdicts and checks with the words it is given (the browser’s language), English without', async () => {
    const say = sayWith((key, substitutions) => `[${key}|${substitutions.join(',')}]`, 'de');
    const service = createVerifierService({
      fetch: fakeFetch(hostedRoutes()),
      now: fixedClock(),
      store: mapStore(),
      say,
    });
    const outcome = await service.verifyLink(credlyMatch, { visible: true });
    expect('view' in outcome && outcome.view.headline).toMatch(/^\[confirmedBy\|.+\]$/);
    // The card's check lines are worded by the same words, from the catalogue's check_ messages.
    const checks = 'view' in outcome ? outcome.view.checks : [];
    expect(checks.length).toBeGreaterThan(2);
    for (const line of checks) expect(line.text).toMatch(/^\[check_[a-z_]+\|/);
    const english = await setup(hostedRoutes()).service.verifyLink(credlyMatch, { visible: true });
    expect('view' in english && english.view.headline).toMatch(/^Confirmed by /);
  });

  it('reuses results stored by an earlier service instance (the worker restarted)', async () => {
    const store = mapStore();
    const before = setup(hostedRoutes(), store);
    const first = await before.service.verifyLink(credlyMatch, { visible: true });
    const after = setup(hostedRoutes(), store);
    await expect(after.service.verifyLink(credlyMatch, { visible: true })).resolves.toEqual(first);
    expect(after.fetch.requests).toEqual([]);
  });

  it('checks again when a stored result does not have the shape of one (older build, corrupted store)', async () => {
    const store = mapStore();
    const before = setup(hostedRoutes(), store);
    const first = await before.service.verifyLink(credlyMatch, { visible: true });
    for (const [key, entry] of store.entries) {
      const { outcome, expiresAt } = entry as { outcome?: { view: object }; expiresAt: number };
      if (outcome === undefined) continue;
      await store.set(key, {
        outcome: { view: { ...outcome.view, verdict: 'genuine' } },
        expiresAt,
      });
    }
    const after = setup(hostedRoutes(), store);
    await expect(after.service.verifyLink(credlyMatch, { visible: true })).resolves.toEqual(first);
    expect(after.fetch.requests).toContain(ASSERTION_ID);
  });

  it('caches hidden outcomes too', async () => {
    const { fetch, service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await service.verifyLink(match, { visible: true });
    await expect(service.verifyLink(match, { visible: true })).resolves.toEqual({ hidden: true });
    expect(fetch.requests).toEqual([GENERIC_URL]);
  });

  it('shares one fetch sequence between concurrent identical calls', async () => {
    const single = setup(hostedRoutes());
    await single.service.verifyLink(credlyMatch, { visible: true });
    const { fetch, service } = setup(hostedRoutes());
    const outcomes = await Promise.all([
      service.verifyLink(credlyMatch, { visible: true }),
      service.verifyLink(credlyMatch, { visible: false }),
      service.verifyLink(credlyMatch, { visible: true }),
    ]);
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
    expect(fetch.requests).toEqual(single.fetch.requests);
    expect(new Set(fetch.requests).size).toBe(fetch.requests.length);
  });
});

describe('verdicts keyed by the credential content', () => {
  const OTHER_URL = 'https://portfolio.example/badges/kubernetes.json';

  it('reuses the verdict for the same bytes behind another URL, shown as that link', async () => {
    const { fetch, service } = setup({
      [CREDENTIAL_URL]: { json: signed },
      [OTHER_URL]: { json: signed },
    });
    const first = viewOf(await service.verifyLink(credentialMatch(), { visible: true }));
    const before = fetch.requests.length;
    const second = viewOf(await service.verifyLink(credentialMatch(OTHER_URL), { visible: true }));
    // Only the document itself was fetched again: no keys, lists or contexts.
    expect(fetch.requests.slice(before)).toEqual([OTHER_URL]);
    expect(second).toEqual({ ...first, sourceUrl: OTHER_URL });
  });

  it('checks changed bytes at a known URL again once its URL entry has expired', async () => {
    let time = Date.parse('2026-11-23T12:00:00Z');
    const tampered = { ...signed, name: 'Kubernetes Grandmaster' };
    let body: Record<string, unknown> = signed;
    const fetch = fakeFetch({
      [CREDENTIAL_URL]: {
        get json() {
          return body;
        },
      },
    });
    const service = createVerifierService({ fetch, now: () => new Date(time), store: mapStore() });
    expect(viewOf(await service.verifyLink(credentialMatch(), { visible: true })).verdict).toBe(
      'verified',
    );
    body = tampered;
    time += RESULT_TTL_MS + 1;
    expect(viewOf(await service.verifyLink(credentialMatch(), { visible: true })).verdict).toBe(
      'invalid',
    );
    body = signed;
    time += 1;
    // The original bytes again: known by content, answered without verifying anew.
    const before = fetch.requests.length;
    expect(viewOf(await service.verifyLink(credentialMatch(), { visible: true })).verdict).toBe(
      'invalid',
    );
    time += RESULT_TTL_MS + 1;
    expect(viewOf(await service.verifyLink(credentialMatch(), { visible: true })).verdict).toBe(
      'verified',
    );
    expect(fetch.requests.length).toBeGreaterThan(before);
  });
});

describe('hosts a credential could not reach for want of permission', () => {
  const LIST_URL = 'https://status.blocked.example/lists/1';
  let withStatus: Record<string, unknown>;
  beforeAll(async () => {
    const key = await testKey(1);
    withStatus = await withStatusList(key, LIST_URL);
  });

  /** The credential is served; its status list host fails as a CORS refusal would. */
  const refusing = () => {
    const served = fakeFetch({ [CREDENTIAL_URL]: { json: withStatus } });
    return Object.assign(
      async (input: string, init?: RequestInit) => {
        if (input.startsWith('https://status.blocked.example/')) {
          served.requests.push(input);
          throw new TypeError('Failed to fetch');
        }
        return served(input, init);
      },
      { requests: served.requests },
    );
  };

  it("names the refused host on that credential's badge, and only when no permission is held", async () => {
    const service = createVerifierService({
      fetch: refusing(),
      now: fixedClock(),
      store: mapStore(),
      hostGranted: async () => false,
    });
    const view = viewOf(await service.verifyLink(credentialMatch(), { visible: true }));
    expect(view.verdict).toBe('unverifiable');
    expect(view.needsAccess).toEqual(['https://status.blocked.example']);
    const granted = createVerifierService({
      fetch: refusing(),
      now: fixedClock(),
      store: mapStore(),
      hostGranted: async () => true,
    });
    const other = viewOf(await granted.verifyLink(credentialMatch(), { visible: true }));
    expect(other.verdict).toBe('unverifiable');
    expect(other).not.toHaveProperty('needsAccess');
  });

  it('does not reuse a "could not check" result by content: access may be granted next', async () => {
    const store = mapStore();
    const service = createVerifierService({
      fetch: refusing(),
      now: fixedClock(),
      store,
      hostGranted: async () => false,
    });
    await service.verifyLink(credentialMatch(), { visible: true });
    expect([...store.entries.keys()].some((key) => key.includes('sha256:'))).toBe(false);
  });
});

describe('issuer standing and clearing the cache', () => {
  it('adds the standing to every answer, read fresh even when the verdict comes from the cache', async () => {
    const store = mapStore();
    let trusted = false;
    const fetch = fakeFetch({ [CREDENTIAL_URL]: { json: signed } });
    const service = createVerifierService({
      fetch,
      now: fixedClock(),
      store,
      standingOf: async (issuerId) =>
        trusted
          ? { known: true, listedAs: `trusted ${issuerId?.slice(0, 7)}`, by: 'user' }
          : { known: false },
    });
    expect(
      viewOf(await service.verifyLink(credentialMatch(), { visible: true })).issuerStanding,
    ).toEqual({
      known: false,
    });
    trusted = true;
    expect(
      viewOf(await service.verifyLink(credentialMatch(), { visible: true })).issuerStanding,
    ).toEqual({
      known: true,
      listedAs: 'trusted did:key',
      by: 'user',
    });
    expect(fetch.requests).toEqual([CREDENTIAL_URL]);
    // The stored verdict never carries a standing: the user's lists change under it.
    for (const entry of store.entries.values())
      expect(JSON.stringify(entry)).not.toContain('issuerStanding');
  });

  it('gives no "known issuer" to a credential that fails: a forgery cannot borrow the name', async () => {
    const forged = { ...signed, name: 'Tampered after signing' };
    const service = createVerifierService({
      fetch: fakeFetch({ [CREDENTIAL_URL]: { json: forged } }),
      now: fixedClock(),
      store: mapStore(),
      standingOf: async () => ({ known: true, listedAs: 'Trusted', by: 'bundled' }),
    });
    const view = viewOf(await service.verifyLink(credentialMatch(), { visible: true }));
    expect(view.verdict).toBe('invalid');
    expect(view).not.toHaveProperty('issuerStanding');
  });

  it('gives no standing to a link-only view or a credential without an issuer id', async () => {
    const { service } = setup({});
    const match: ProviderMatchMessage = {
      providerId: 'coursera',
      label: 'Coursera',
      sourceUrl: 'https://www.coursera.org/verify/ABC',
      kind: 'link-only',
    };
    expect(viewOf(await service.verifyLink(match, { visible: true }))).not.toHaveProperty(
      'issuerStanding',
    );
  });

  it('clearCache forgets stored verdicts (and only those), so the next view checks again', async () => {
    const store = mapStore();
    await store.set('unrelated', 1);
    const { fetch, service } = setup({ [CREDENTIAL_URL]: { json: signed } }, store);
    await service.verifyLink(credentialMatch(), { visible: true });
    expect(store.entries.size).toBe(3);
    // One verdict as the user saw it (its content-keyed twin goes too, uncounted).
    await expect(service.clearCache()).resolves.toBe(1);
    expect([...store.entries.keys()]).toEqual(['unrelated']);
    await service.verifyLink(credentialMatch(), { visible: true });
    expect(fetch.requests).toEqual([CREDENTIAL_URL, CREDENTIAL_URL]);
  });
});

/** Lets every pending promise callback run (setImmediate stays real under these fake timers). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Flushes until `condition` holds; fails rather than hangs when it never does. */
async function until(condition: () => boolean, rounds = 2_000): Promise<void> {
  for (let i = 0; i < rounds && !condition(); i++) await flush();
  expect(condition()).toBe(true);
}

/** Serves `routes`, but holds every request until `release()`; `asked` lists them as they come. */
function heldFetch(routes: Record<string, Route>) {
  const served = fakeFetch(routes);
  const asked: string[] = [];
  const waiting: Array<() => void> = [];
  let open = false;
  const fetch: FetchLike = async (input, init) => {
    asked.push(input);
    if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
    return served(input, init);
  };
  const release = () => {
    open = true;
    for (const resume of waiting.splice(0)) resume();
  };
  return { fetch, asked, release };
}

/** A server that never answers: each request rejects only when its signal aborts (as fetch does). */
function silentFetch(options: { ignoreAbort?: boolean } = {}) {
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  const fetch: FetchLike = (url, init) =>
    new Promise<Response>((_, reject) => {
      const signal = init?.signal ?? undefined;
      calls.push({ url, signal });
      if (options.ignoreAbort !== true)
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  return { fetch, calls };
}

const settledYet = <T>(promise: Promise<T>) => {
  const state: { value?: T } = {};
  void promise.then((value) => {
    state.value = value;
  });
  return state;
};

describe('verifyLink across tabs: bounded, cancellable, shared', () => {
  const LINKS = [1, 2, 3].map((n) => `https://creds${n}.example/badge.json`);
  const routes = () => Object.fromEntries(LINKS.map((url) => [url, { json: signed }]));
  const oneAtATime = { total: 1, perTab: 1 };

  it('answers queue_full, a typed "not checked" the protocol carries, beyond a tab\'s waiting jobs', async () => {
    const held = heldFetch(routes());
    const store = mapStore();
    const service = createVerifierService({
      fetch: held.fetch,
      now: fixedClock(),
      store,
      limits: { ...oneAtATime, waitingPerTab: 1 },
    });
    const outcomes = LINKS.map((url) =>
      service.verifyLink(credentialMatch(url), { visible: true, tabId: 5 }),
    );
    const full = await outcomes[2];
    expect(full).toEqual({ notChecked: true, reason: 'queue_full' });
    expect(parseResponse('verifyLink', full)).toEqual(full);
    held.release();
    const [first, second] = await Promise.all(outcomes.slice(0, 2));
    expect(viewOf(first as LinkOutcome).verdict).toBe('verified');
    expect(viewOf(second as LinkOutcome).verdict).toBe('verified');
    // Never fetched, never cached: asked again later, it is checked.
    expect(held.asked).not.toContain(LINKS[2]);
    expect([...store.entries.keys()].some((key) => key.endsWith(LINKS[2] as string))).toBe(false);
  });

  it("cancelTab withdraws the tab's waiting links; its running one finishes into the cache", async () => {
    const held = heldFetch(routes());
    const store = mapStore();
    const service = createVerifierService({
      fetch: held.fetch,
      now: fixedClock(),
      store,
      limits: oneAtATime,
    });
    const outcomes = LINKS.map((url) =>
      service.verifyLink(credentialMatch(url), { visible: true, tabId: 9 }),
    );
    await until(() => held.asked.length === 1);
    expect(service.cancelTab(9)).toBe(2);
    await expect(outcomes[1]).resolves.toEqual({ notChecked: true, reason: 'cancelled' });
    await expect(outcomes[2]).resolves.toEqual({ notChecked: true, reason: 'cancelled' });
    expect(parseResponse('verifyLink', { notChecked: true, reason: 'cancelled' })).toBeDefined();
    held.release();
    expect(viewOf(await (outcomes[0] as Promise<LinkOutcome>)).verdict).toBe('verified');
    expect(held.asked).toEqual([LINKS[0]]);
    expect([...store.entries.keys()].some((key) => key.endsWith(LINKS[0] as string))).toBe(true);
  });

  it('checks a link two tabs ask for once, and still answers one tab after the other cancels', async () => {
    const held = heldFetch(routes());
    const service = createVerifierService({
      fetch: held.fetch,
      now: fixedClock(),
      store: mapStore(),
      limits: oneAtATime,
    });
    const blocker = service.verifyLink(credentialMatch(LINKS[0]), { visible: true, tabId: 3 });
    const fromA = service.verifyLink(credentialMatch(LINKS[1]), { visible: false, tabId: 1 });
    const fromB = service.verifyLink(credentialMatch(LINKS[1]), { visible: true, tabId: 2 });
    await until(() => held.asked.length === 1);
    service.cancelTab(1);
    await expect(fromA).resolves.toEqual({ notChecked: true, reason: 'cancelled' });
    held.release();
    expect(viewOf(await fromB).verdict).toBe('verified');
    await blocker;
    expect(held.asked.filter((url) => url === LINKS[1])).toHaveLength(1);
  });

  it('counts every fetch of a verification against its host: status lists on a shared host too', async () => {
    const key = await testKey(1);
    const urls = [1, 2, 3, 4].map((n) => `https://issuer${n}.example/badge.json`);
    const credentials = await Promise.all(
      urls.map((_, i) => withStatusList(key, `https://status.example/lists/${i}`)),
    );
    const served = fakeFetch(
      Object.fromEntries(urls.map((url, i) => [url, { json: credentials[i] }])),
    );
    const inFlight = new Map<string, number>();
    const most = new Map<string, number>();
    const heldStatus: Array<() => void> = [];
    const fetch: FetchLike = async (input, init) => {
      const host = new URL(input).host;
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      most.set(host, Math.max(most.get(host) ?? 0, inFlight.get(host) ?? 0));
      try {
        if (host === 'status.example') await new Promise<void>((go) => heldStatus.push(go));
        return await served(input, init);
      } finally {
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
      }
    };
    const service = createVerifierService({ fetch, now: fixedClock(), store: mapStore() });
    const outcomes = urls.map((url) =>
      service.verifyLink(credentialMatch(url), { visible: true, tabId: 1 }),
    );
    let answered = 0;
    while (answered < urls.length) {
      await until(() => heldStatus.length >= Math.min(FETCHES_PER_HOST, urls.length - answered));
      // Time for every other verification to reach its own status list: none gets through.
      for (let i = 0; i < 200; i++) await flush();
      expect(inFlight.get('status.example')).toBeLessThanOrEqual(FETCHES_PER_HOST);
      const go = heldStatus.shift() as () => void;
      go();
      answered++;
    }
    await Promise.all(outcomes);
    expect(served.requests.filter((url) => url.startsWith('https://status.example/'))).toHaveLength(
      4,
    );
    expect(most.get('status.example')).toBe(FETCHES_PER_HOST);
  });
});

describe('verifyLink time limits and fairness under a flood', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // safeFetch's AbortSignal.timeout runs on the real clock; rebuilt here on the fake one.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
      return controller.signal;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("gives up on a generic link's silent server after GENERIC_FETCH_TIMEOUT_MS, not 8 s", async () => {
    expect(GENERIC_FETCH_TIMEOUT_MS).toBe(4_000);
    const silent = silentFetch();
    const service = createVerifierService({
      fetch: silent.fetch,
      now: fixedClock(),
      store: mapStore(),
    });
    const outcome = service.verifyLink(credentialMatch(GENERIC_URL, { generic: true }), {
      visible: true,
      tabId: 1,
    });
    const state = settledYet(outcome);
    await until(() => silent.calls.length === 1);
    await vi.advanceTimersByTimeAsync(GENERIC_FETCH_TIMEOUT_MS - 1);
    expect(state).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    await until(() => state.value !== undefined);
    const view = viewOf(await outcome);
    expect(view.verdict).toBe('unverifiable');
  });

  it('keeps the default fetch timeout for a link that names a credential', async () => {
    const silent = silentFetch();
    const service = createVerifierService({
      fetch: silent.fetch,
      now: fixedClock(),
      store: mapStore(),
    });
    const outcome = service.verifyLink(credentialMatch(), { visible: true, tabId: 1 });
    const state = settledYet(outcome);
    await until(() => silent.calls.length === 1);
    await vi.advanceTimersByTimeAsync(GENERIC_FETCH_TIMEOUT_MS);
    await flush();
    expect(state).toEqual({});
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - GENERIC_FETCH_TIMEOUT_MS);
    await until(() => state.value !== undefined);
    expect(viewOf(await outcome).verdict).toBe('unverifiable');
  });

  it('answers "could not check" at the deadline when a server holds on regardless, and frees the slot', async () => {
    expect(VERIFICATION_DEADLINE_MS).toBe(20_000);
    const OTHER = 'https://answers.example/badge.json';
    const silent = silentFetch({ ignoreAbort: true });
    const served = fakeFetch({ [OTHER]: { json: signed } });
    const fetch: FetchLike = (input, init) =>
      input === OTHER ? served(input, init) : silent.fetch(input, init);
    const service = createVerifierService({
      fetch,
      now: fixedClock(),
      store: mapStore(),
      limits: { total: 1, perTab: 1 },
    });
    const stuck = service.verifyLink(credentialMatch(), { visible: true, tabId: 1 });
    const next = service.verifyLink(credentialMatch(OTHER), { visible: true, tabId: 2 });
    const state = settledYet(stuck);
    await until(() => silent.calls.length === 1);
    await vi.advanceTimersByTimeAsync(VERIFICATION_DEADLINE_MS - 1);
    expect(state).toEqual({});
    expect(served.requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const view = viewOf(await stuck);
    expect(view).toMatchObject({ verdict: 'unverifiable', headline: 'Could not check' });
    expect(view.checks.every((c) => c.outcome !== 'pass' && c.outcome !== 'fail')).toBe(true);
    // The deadline aborted the request it gave up on (its host slot and socket go with it).
    expect(silent.calls[0]?.signal?.aborted).toBe(true);
    expect(viewOf(await next).verdict).toBe('verified');
  });

  it("finishes another tab's links while a flooding tab's silent servers hold on", async () => {
    const silent = silentFetch();
    const answering = [1, 2, 3, 4, 5].map((n) => `https://quick${n}.example/badge.json`);
    const served = fakeFetch(Object.fromEntries(answering.map((url) => [url, { json: signed }])));
    const fetch: FetchLike = (input, init) =>
      input.includes('://quick') ? served(input, init) : silent.fetch(input, init);
    const service = createVerifierService({ fetch, now: fixedClock(), store: mapStore() });
    const flood = Array.from({ length: 400 }, (_, i) =>
      service.verifyLink(credentialMatch(`https://silent${i}.example/badge.json`), {
        visible: true,
        tabId: 1,
      }),
    );
    await until(() => silent.calls.length > 0);
    const quick = answering.map((url) =>
      service.verifyLink(credentialMatch(url), { visible: false, tabId: 2 }),
    );
    const views = await Promise.all(quick);
    expect(views.map((outcome) => viewOf(outcome).verdict)).toEqual(Array(5).fill('verified'));
    // No time has passed: the flood's running checks still wait on their servers, and the rest
    // of its 400 links either wait their turn or were turned away as queue_full.
    const turnedAway = (await Promise.all(flood.slice(-50))).every(
      (outcome) => 'notChecked' in outcome && outcome.reason === 'queue_full',
    );
    expect(turnedAway).toBe(true);
    expect(silent.calls.length).toBeLessThanOrEqual(4);
    expect(service.cancelTab(1)).toBeGreaterThan(0);
  });
});
