// The service worker's verification service over a fake fetch and a Map-backed result store:
// each provider kind's verdict and view, generic links that are not credentials dropped, the
// result cache (reuse, expiry, surviving a worker restart) and in-flight dedupe.

import { beforeAll, describe, expect, it } from 'vitest';
import { createVerifierService, type LinkOutcome, RESULT_TTL_MS } from '../../../lib/background';
import type { BadgeView, ProviderMatchMessage } from '../../../lib/messaging';
import { BadgeViewSchema } from '../../../lib/messaging';
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
    const view = viewOf(await service.verifyLink(match, true));
    expect(view).toMatchObject({ verdict: 'link-only', providerLabel: 'Coursera' });
    expect(fetch.requests).toEqual([]);
    expect(store.entries.size).toBe(0);
  });

  it('verifies a signed credential served at the fetchUrl', async () => {
    const { fetch, service } = setup({ [CREDENTIAL_URL]: { json: signed } });
    const view = viewOf(await service.verifyLink(credentialMatch(), true));
    expect(fetch.requests).toEqual([CREDENTIAL_URL]);
    expect(view).toMatchObject({
      verdict: 'verified',
      headline: 'Verified',
      name: 'Kubernetes Administrator',
      issuerName: 'Credlens Test University',
      skills: ['Kubernetes'],
      sourceUrl: CREDENTIAL_URL,
    });
    expect(view.checks.map((c) => c.text)).toContainEqual(
      expect.stringMatching(
        /^The digital signature is valid: nothing was changed after signing \(/,
      ),
    );
    expect(view.checks.every((c) => c.outcome === 'pass')).toBe(true);
  });

  it('confirms a hosted OB 2.0 assertion in the name of the provider', async () => {
    const { service } = setup(hostedRoutes());
    const view = viewOf(await service.verifyLink(credlyMatch, true));
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
    const view = viewOf(await service.verifyLink(credlyMatch, true));
    expect(view).toMatchObject({ verdict: 'revoked', headline: 'Revoked' });
  });

  it.each([
    ['confirmed', {}, 'Confirmed by Accredible'],
    ['revoked', { revoked: true }, 'Revoked'],
    ['expired', { expired: true }, 'Expired'],
    ['expired', { expired_on: '2026-03-01' }, 'Expired'],
  ] as const)('returns %s for Accredible JSON %j', async (verdict, overrides, headline) => {
    const { service } = setup({ [ACCREDIBLE_URL]: { json: accredibleBody(overrides) } });
    const view = viewOf(await service.verifyLink(accredibleMatch, true));
    expect(view).toMatchObject({ verdict, headline, issuerName: 'Example Academy' });
    expect(view.name).toBe('Data Analysis Certificate');
    expect(view.issuedOn).toBe('2026-02-01');
  });

  it('returns unverifiable when the Accredible API answers 404', async () => {
    const { service } = setup({});
    const view = viewOf(await service.verifyLink(accredibleMatch, true));
    expect(view).toMatchObject({ verdict: 'unverifiable', headline: 'Could not check' });
  });

  it('verifies the .credential member of a VerifierPlus share', async () => {
    const { service } = setup({ [SHARE_URL]: { json: { credential: signed, sharedBy: 'x' } } });
    const match = credentialMatch(SHARE_URL, { providerId: 'verifier-plus', unwrap: 'credential' });
    const view = viewOf(await service.verifyLink(match, true));
    expect(view).toMatchObject({ verdict: 'verified', name: 'Kubernetes Administrator' });
  });

  it('hides a generic link whose URL serves JSON that is not a credential', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await expect(service.verifyLink(match, true)).resolves.toEqual({ hidden: true });
  });

  it('hides a generic link whose URL answers 404', async () => {
    const { service } = setup({});
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await expect(service.verifyLink(match, true)).resolves.toEqual({ hidden: true });
  });

  it('shows a generic link that does serve a credential', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: signed } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    expect(viewOf(await service.verifyLink(match, false)).verdict).toBe('verified');
  });

  it('shows a non-generic link to non-credential JSON as could not check', async () => {
    const { service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const view = viewOf(await service.verifyLink(credentialMatch(GENERIC_URL), true));
    expect(view.verdict).toBe('unverifiable');
  });
});

describe('verifyLink result cache', () => {
  it('answers a second call for the same match from the cache', async () => {
    const { fetch, service } = setup(hostedRoutes());
    const first = await service.verifyLink(credlyMatch, true);
    const count = fetch.requests.length;
    expect(count).toBeGreaterThan(0);
    await expect(service.verifyLink(credlyMatch, false)).resolves.toEqual(first);
    expect(fetch.requests).toHaveLength(count);
  });

  it('verifies again once the cached entry is older than RESULT_TTL_MS', async () => {
    let time = Date.parse('2026-11-23T12:00:00Z');
    const { fetch, service } = setup(hostedRoutes(), mapStore(), () => new Date(time));
    await service.verifyLink(credlyMatch, true);
    const count = fetch.requests.length;
    time += RESULT_TTL_MS - 1;
    await service.verifyLink(credlyMatch, true);
    expect(fetch.requests).toHaveLength(count);
    time += 2;
    expect(viewOf(await service.verifyLink(credlyMatch, true)).verdict).toBe('confirmed');
    expect(fetch.requests.length).toBeGreaterThan(count);
    expect(fetch.requests.slice(count)).toContain(ASSERTION_ID);
  });

  it('reuses results stored by an earlier service instance (the worker restarted)', async () => {
    const store = mapStore();
    const before = setup(hostedRoutes(), store);
    const first = await before.service.verifyLink(credlyMatch, true);
    const after = setup(hostedRoutes(), store);
    await expect(after.service.verifyLink(credlyMatch, true)).resolves.toEqual(first);
    expect(after.fetch.requests).toEqual([]);
  });

  it('caches hidden outcomes too', async () => {
    const { fetch, service } = setup({ [GENERIC_URL]: { json: { hello: 'world' } } });
    const match = credentialMatch(GENERIC_URL, { generic: true });
    await service.verifyLink(match, true);
    await expect(service.verifyLink(match, true)).resolves.toEqual({ hidden: true });
    expect(fetch.requests).toEqual([GENERIC_URL]);
  });

  it('shares one fetch sequence between concurrent identical calls', async () => {
    const single = setup(hostedRoutes());
    await single.service.verifyLink(credlyMatch, true);
    const { fetch, service } = setup(hostedRoutes());
    const outcomes = await Promise.all([
      service.verifyLink(credlyMatch, true),
      service.verifyLink(credlyMatch, false),
      service.verifyLink(credlyMatch, true),
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
    const first = viewOf(await service.verifyLink(credentialMatch(), true));
    const before = fetch.requests.length;
    const second = viewOf(await service.verifyLink(credentialMatch(OTHER_URL), true));
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
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).verdict).toBe('verified');
    body = tampered;
    time += RESULT_TTL_MS + 1;
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).verdict).toBe('invalid');
    body = signed;
    time += 1;
    // The original bytes again: known by content, answered without verifying anew.
    const before = fetch.requests.length;
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).verdict).toBe('invalid');
    time += RESULT_TTL_MS + 1;
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).verdict).toBe('verified');
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
    const view = viewOf(await service.verifyLink(credentialMatch(), true));
    expect(view.verdict).toBe('unverifiable');
    expect(view.needsAccess).toEqual(['https://status.blocked.example']);
    const granted = createVerifierService({
      fetch: refusing(),
      now: fixedClock(),
      store: mapStore(),
      hostGranted: async () => true,
    });
    const other = viewOf(await granted.verifyLink(credentialMatch(), true));
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
    await service.verifyLink(credentialMatch(), true);
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
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).issuerStanding).toEqual({
      known: false,
    });
    trusted = true;
    expect(viewOf(await service.verifyLink(credentialMatch(), true)).issuerStanding).toEqual({
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
    const view = viewOf(await service.verifyLink(credentialMatch(), true));
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
    expect(viewOf(await service.verifyLink(match, true))).not.toHaveProperty('issuerStanding');
  });

  it('clearCache forgets stored verdicts (and only those), so the next view checks again', async () => {
    const store = mapStore();
    await store.set('unrelated', 1);
    const { fetch, service } = setup({ [CREDENTIAL_URL]: { json: signed } }, store);
    await service.verifyLink(credentialMatch(), true);
    expect(store.entries.size).toBe(3);
    // One verdict as the user saw it (its content-keyed twin goes too, uncounted).
    await expect(service.clearCache()).resolves.toBe(1);
    expect([...store.entries.keys()]).toEqual(['unrelated']);
    await service.verifyLink(credentialMatch(), true);
    expect(fetch.requests).toEqual([CREDENTIAL_URL, CREDENTIAL_URL]);
  });
});
