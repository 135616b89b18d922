// A credential cannot make Credlens probe the intranet: a did:web issuer, a status list, a
// revocation list or the credential link itself on a private, loopback or intranet host ends in
// fetch_blocked_private_host and "unverifiable" — never verified, never revoked — without a
// request. Each fake fetch serves a valid answer at the private URL, so a missing check fails.

import { beforeAll, describe, expect, it } from 'vitest';
import { describeCheck, diagnoseCheck } from '../../../lib/present';
import { type VerificationResult, type VerifyOptions, verifyCredential } from '../../../lib/verify';
import { controllerDocument, fakeFetch, fixedClock, type Route } from '../../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../../helpers/issue';
import { bitstringEntry, bitstringList, encodeList } from './status/lists';

let issuer: TestKey;
beforeAll(async () => {
  issuer = await testKey(21);
});

const BLOCKED = 'fetch_blocked_private_host';
const byId = (result: VerificationResult, id: string) => result.checks.filter((c) => c.id === id);
const verify = (
  value: unknown,
  routes: Record<string, Route>,
  options: Partial<VerifyOptions> = {},
) => {
  const fetch = fakeFetch(routes);
  return verifyCredential({ kind: 'json', value }, { fetch, now: fixedClock(), ...options }).then(
    (result) => ({ result, fetch }),
  );
};

/** A badge issued by `did` (a did:web) whose DID document the fake fetch serves at `url`. */
async function didWebBadge(did: string, url: string) {
  const signed = await issue(openBadge(did), { key: issuer, verificationMethod: `${did}#key-1` });
  const routes = { [url]: { json: controllerDocument(did, issuer.multikey, 'key-1') } };
  return { signed, routes };
}

describe('a did:web issuer on a private host', () => {
  it('is verified on a public host (control: the same set-up passes when the host is public)', async () => {
    const { signed, routes } = await didWebBadge(
      'did:web:issuer.example',
      'https://issuer.example/.well-known/did.json',
    );
    const { result } = await verify(signed, routes);
    expect(result.status).toBe('verified');
  });

  it.each([
    [
      'did:web:192.168.50.2%3A9443',
      'https://192.168.50.2:9443/.well-known/did.json',
      '192.168.50.2',
    ],
    ['did:web:10.0.0.1:users:alice', 'https://10.0.0.1/users/alice/did.json', '10.0.0.1'],
    ['did:web:169.254.169.254', 'https://169.254.169.254/.well-known/did.json', '169.254.169.254'],
    ['did:web:127.0.0.1', 'https://127.0.0.1/.well-known/did.json', '127.0.0.1'],
    ['did:web:localhost%3A8443', 'https://localhost:8443/.well-known/did.json', 'localhost'],
    ['did:web:intranet', 'https://intranet/.well-known/did.json', 'intranet'],
    [
      'did:web:issuer.corp.internal',
      'https://issuer.corp.internal/.well-known/did.json',
      'issuer.corp.internal',
    ],
    ['did:web:printer.local', 'https://printer.local/.well-known/did.json', 'printer.local'],
  ])('returns unverifiable with %s without a request', async (did, url, host) => {
    const { signed, routes } = await didWebBadge(did, url);
    const { result, fetch } = await verify(signed, routes);
    expect(result.status).toBe('unverifiable');
    expect(byId(result, 'key')).toEqual([
      expect.objectContaining({ outcome: 'unknown', code: BLOCKED }),
    ]);
    expect(byId(result, 'key')[0]?.detail).toContain(`host ${host}`);
    expect(fetch.requests).toEqual([]);
  });

  it('stays refused with insecureLocalhost unless the host is loopback', async () => {
    const refused = await didWebBadge(
      'did:web:192.168.50.2%3A9443',
      'https://192.168.50.2:9443/.well-known/did.json',
    );
    const onPrivate = await verify(refused.signed, refused.routes, { insecureLocalhost: true });
    expect(onPrivate.result.status).toBe('unverifiable');
    expect(onPrivate.fetch.requests).toEqual([]);
    // The demo's loopback issuer keeps working behind the switch (plain http, as didWebToUrl maps it).
    const loopback = await didWebBadge(
      'did:web:127.0.0.1%3A8787',
      'http://127.0.0.1:8787/.well-known/did.json',
    );
    const onLoopback = await verify(loopback.signed, loopback.routes, { insecureLocalhost: true });
    expect(onLoopback.result.status).toBe('verified');
  });
});

describe('a status list on a private host', () => {
  const PUBLIC_LIST = 'https://status.example/lists/revocation';
  const PRIVATE_LIST = 'https://10.0.0.5/status/1';

  /** A badge whose status entry points at `url`, and a signed list there with its bit set. */
  async function revokedAt(url: string) {
    const list = await issue(bitstringList(issuer.did, url, 'revocation', encodeList({ 42: 1 })), {
      key: issuer,
    });
    const badge = await issue(
      openBadge(issuer.did, { credentialStatus: bitstringEntry(url, 'revocation', '42') }),
      { key: issuer },
    );
    return { badge, routes: { [url]: { json: list } } };
  }

  it('is revoked on a public host (control)', async () => {
    const { badge, routes } = await revokedAt(PUBLIC_LIST);
    expect((await verify(badge, routes)).result.status).toBe('revoked');
  });

  it('returns unverifiable with fetch_blocked_private_host, not revoked, without a request', async () => {
    const { badge, routes } = await revokedAt(PRIVATE_LIST);
    const { result, fetch } = await verify(badge, routes, { insecureLocalhost: true });
    expect(result.status).toBe('unverifiable');
    expect(byId(result, 'status')).toEqual([
      expect.objectContaining({ outcome: 'unknown', code: BLOCKED }),
    ]);
    expect(byId(result, 'status')[0]?.detail).toContain('host 10.0.0.5, private network');
    expect(fetch.requests).toEqual([]);
  });

  it('returns fetch_blocked_private_host for a 1EdTechRevocationList on an intranet name', async () => {
    const url = 'https://revocations.lan/list';
    const badge = await issue(
      openBadge(issuer.did, {
        '@context': [
          ...(openBadge(issuer.did)['@context'] as string[]),
          'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
        ],
        credentialStatus: { id: url, type: '1EdTechRevocationList' },
      }),
      { key: issuer },
    );
    const { result, fetch } = await verify(badge, {
      [url]: { json: { revokedCredential: [{ id: openBadge(issuer.did).id }] } },
    });
    expect(result.status).toBe('unverifiable');
    expect(byId(result, 'status').map((c) => c.code)).toEqual([BLOCKED]);
    expect(fetch.requests).toEqual([]);
  });
});

describe('a credential link on a private host', () => {
  const CREDENTIAL = 'https://credentials.example/badge.json';

  it('returns unverifiable for a link to a private address, and says so plainly', async () => {
    const badge = await issue(openBadge(issuer.did), { key: issuer });
    const fetch = fakeFetch({ 'https://192.168.1.10/badge.json': { json: badge } });
    const result = await verifyCredential(
      { kind: 'url', url: 'https://192.168.1.10/badge.json' },
      { fetch, now: fixedClock() },
    );
    expect(result.status).toBe('unverifiable');
    const [format] = byId(result, 'format');
    if (format === undefined) throw new Error('no format check');
    expect(format).toMatchObject({ outcome: 'unknown', code: BLOCKED });
    expect(fetch.requests).toEqual([]);
    // What a recruiter reads, and what a learner is told to do.
    expect(describeCheck(format).text).toMatch(
      /^The credential is at a private or local network address \(192\.168\.1\.10\), and Credlens never contacts those$/,
    );
    const advice = diagnoseCheck(format);
    expect(advice.code).toBe(BLOCKED);
    expect(advice.fix).toMatch(/public https link/);
  });

  it('returns unverifiable when a public link redirects to a private address', async () => {
    const badge = await issue(openBadge(issuer.did), { key: issuer });
    const fetch = fakeFetch({
      [CREDENTIAL]: { body: '', status: 302, headers: { location: 'https://10.20.30.40/b.json' } },
      'https://10.20.30.40/b.json': { json: badge },
    });
    const result = await verifyCredential(
      { kind: 'url', url: CREDENTIAL },
      { fetch, now: fixedClock() },
    );
    expect(result.status).toBe('unverifiable');
    expect(byId(result, 'format')[0]).toMatchObject({ code: BLOCKED });
    expect(byId(result, 'format')[0]?.detail).toContain('redirected to host 10.20.30.40');
    expect(fetch.requests).toEqual([CREDENTIAL]);
  });
});
