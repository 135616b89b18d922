// The other status methods end to end through verifyCredential — StatusList2021Entry (VC 1.1)
// and 1EdTechRevocationList — plus the rules that hold across methods: an unknown method is
// unverifiable, and a list's "revoked" never outranks a credential that cannot be authenticated.

import { beforeAll, describe, expect, it } from 'vitest';
import { issue, openBadge, type TestKey, testKey } from '../../../helpers/issue';
import {
  bitstringEntry,
  bitstringList,
  encodeList,
  LIST_URL,
  statusList2021,
  vc11WithStatusList2021,
  verifyWith,
} from './lists';

const SL2021_URL = 'https://status.example/2021/list-1';
const REVOCATION_LIST_URL = 'https://issuer.example/revocations';
const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const CREDENTIAL_ID = 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002';

let issuer: TestKey;
let revokedList: Record<string, unknown>;
beforeAll(async () => {
  issuer = await testKey(13);
  revokedList = await issue(
    bitstringList(issuer.did, LIST_URL, 'revocation', encodeList({ 42: 1 })),
    { key: issuer },
  );
});

const revokedEntry = () => bitstringEntry(LIST_URL, 'revocation', '42');

describe('StatusList2021Entry', () => {
  it.each([
    ['revoked', [3, 1234], 'status_revoked'],
    ['verified', [3, 1235], 'status_valid'],
  ])(
    'returns %s for a VC 1.1 credential against a signed StatusList2021Credential',
    async (verdict, set, code) => {
      const list = await issue(statusList2021(issuer.did, SL2021_URL, set), { key: issuer });
      const credential = await issue(vc11WithStatusList2021(issuer.did, SL2021_URL, '1234'), {
        key: issuer,
      });
      const { result, status } = await verifyWith(credential, { [SL2021_URL]: { json: list } });
      expect(result.status).toBe(verdict);
      expect(status.map((c) => c.code)).toEqual([code]);
    },
  );

  it('returns unverifiable with status_list_invalid when a BitstringStatusListCredential is served instead', async () => {
    const credential = await issue(vc11WithStatusList2021(issuer.did, LIST_URL, '42'), {
      key: issuer,
    });
    const { result, status } = await verifyWith(credential, { [LIST_URL]: { json: revokedList } });
    expect(result.status).toBe('unverifiable');
    expect(status.map((c) => c.code)).toEqual(['status_list_invalid']);
  });
});

describe('1EdTechRevocationList', () => {
  const badge = () =>
    issue(
      openBadge(issuer.did, {
        '@context': [...(openBadge(issuer.did)['@context'] as string[]), EXTENSIONS],
        credentialStatus: { id: REVOCATION_LIST_URL, type: '1EdTechRevocationList' },
      }),
      { key: issuer },
    );

  it.each([
    ['revoked', [{ id: CREDENTIAL_ID }], 'status_revoked'],
    ['revoked', [{ id: 'urn:uuid:other' }, { id: CREDENTIAL_ID, revoked: true }], 'status_revoked'],
    ['verified', [{ id: 'urn:uuid:other' }], 'status_valid'],
    ['verified', [{ id: CREDENTIAL_ID, revoked: false }], 'status_valid'],
  ])('returns %s when revokedCredential is %j', async (verdict, revokedCredential, code) => {
    const { result, status, fetch } = await verifyWith(await badge(), {
      [REVOCATION_LIST_URL]: { json: { revokedCredential } },
    });
    expect(result.status).toBe(verdict);
    expect(status.map((c) => c.code)).toEqual([code]);
    expect(fetch.requests).toEqual([REVOCATION_LIST_URL]);
  });

  it('returns unverifiable with status_unreachable when the list answers 404', async () => {
    const { result, status } = await verifyWith(await badge());
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([
      expect.objectContaining({ outcome: 'unknown', code: 'status_unreachable' }),
    ]);
  });

  it('returns unverifiable with status_list_invalid when the list has no revokedCredential array', async () => {
    const { result, status } = await verifyWith(await badge(), {
      [REVOCATION_LIST_URL]: { json: { revoked: CREDENTIAL_ID } },
    });
    expect(result.status).toBe('unverifiable');
    expect(status.map((c) => c.code)).toEqual(['status_list_invalid']);
  });
});

describe('status rules across methods', () => {
  it('returns unverifiable with status_unsupported for an unknown status type', async () => {
    const credential = await issue(
      openBadge(issuer.did, {
        credentialStatus: {
          id: 'https://status.example/x',
          type: 'https://status.example/ns#Example2099',
        },
      }),
      { key: issuer },
    );
    const { result, status } = await verifyWith(credential);
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([
      expect.objectContaining({ outcome: 'unknown', code: 'status_unsupported' }),
    ]);
  });

  it('returns invalid, never revoked, for a tampered credential whose list says revoked', async () => {
    const signed = await issue(openBadge(issuer.did, { credentialStatus: revokedEntry() }), {
      key: issuer,
    });
    const { result } = await verifyWith(
      { ...signed, name: 'Forged Achievement' },
      { [LIST_URL]: { json: revokedList } },
    );
    expect(result.status).toBe('invalid');
    expect(result.checks.map((c) => c.code)).toContain('signature_invalid');
    expect(result.checks.map((c) => c.code)).not.toContain('status_revoked');
  });

  it('never returns revoked for an unsigned credential whose list says revoked', async () => {
    const { result } = await verifyWith(
      openBadge(issuer.did, { credentialStatus: revokedEntry() }),
      {
        [LIST_URL]: { json: revokedList },
      },
    );
    expect(['invalid', 'unverifiable']).toContain(result.status);
  });

  it('returns unverifiable, not revoked, when the key cannot be resolved but the list says revoked', async () => {
    const didWeb = 'did:web:unreachable.example';
    const signed = await issue(openBadge(didWeb, { credentialStatus: revokedEntry() }), {
      key: issuer,
      verificationMethod: `${didWeb}#key-1`,
    });
    const { result } = await verifyWith(signed, { [LIST_URL]: { json: revokedList } });
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'key', outcome: 'unknown' }),
    );
  });

  it('checks every credentialStatus entry: a revoked ninth entry is not reported verified', async () => {
    // Regression (fixed): lib/verify/status/check-status.ts checkCredentialStatus keeps only the first 8 entries
    // (`.slice(0, 8)`) and silently drops the rest. Input: an OB 3.0 credential with 9
    // BitstringStatusListEntry entries on one signed revocation list, indexes 0–7 clear and
    // index 42 (the 9th entry) set. Expected: revoked (or at least unverifiable, an `unknown`
    // status check for the entries not checked). Actual: verified — a revocation is ignored.
    const entries = [0, 1, 2, 3, 4, 5, 6, 7, 42].map((i) =>
      bitstringEntry(LIST_URL, 'revocation', String(i)),
    );
    const signed = await issue(openBadge(issuer.did, { credentialStatus: entries }), {
      key: issuer,
    });
    const { result } = await verifyWith(signed, { [LIST_URL]: { json: revokedList } });
    expect(result.status).not.toBe('verified');
  });
});
