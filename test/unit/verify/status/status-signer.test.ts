// Who vouches for a status list: a list signed by its own issuer who is not the credential's
// issuer counts (its proof verified) with a note naming the signer; a list whose proof Credlens
// cannot check (an unsupported suite) means "could not check", never "not revoked".

import { beforeAll, describe, expect, it } from 'vitest';
import { issue, openBadge, type TestKey, testKey } from '../../../helpers/issue';
import { bitstringEntry, bitstringList, encodeList, LIST_URL, verifyWith } from './lists';

let issuer: TestKey;
let service: TestKey;

beforeAll(async () => {
  [issuer, service] = await Promise.all([testKey(21), testKey(22)]);
});

const credential = () =>
  issue(openBadge(issuer.did, { credentialStatus: bitstringEntry(LIST_URL, 'revocation', 7) }), {
    key: issuer,
  });

describe('status lists signed by someone other than the credential issuer', () => {
  it('accepts a list that verifies under its own issuer, with status_signed_by_other naming it', async () => {
    const list = await issue(bitstringList(service.did, LIST_URL, 'revocation', encodeList({})), {
      key: service,
    });
    const { result, status } = await verifyWith(await credential(), { [LIST_URL]: { json: list } });
    expect(result.status).toBe('verified');
    expect(status.map((c) => `${c.outcome}:${c.code}`)).toEqual([
      'pass:status_valid',
      'pass:status_signed_by_other',
    ]);
    expect(status[1]?.detail).toContain(service.did);
  });

  it('still reports revoked from such a list, with the note', async () => {
    const list = await issue(
      bitstringList(service.did, LIST_URL, 'revocation', encodeList({ 7: 1 })),
      { key: service },
    );
    const { result, status } = await verifyWith(await credential(), { [LIST_URL]: { json: list } });
    expect(result.status).toBe('revoked');
    expect(status.map((c) => c.code)).toContain('status_signed_by_other');
  });

  it('adds no note when the credential issuer signs its own list', async () => {
    const list = await issue(bitstringList(issuer.did, LIST_URL, 'revocation', encodeList({})), {
      key: issuer,
    });
    const { result, status } = await verifyWith(await credential(), { [LIST_URL]: { json: list } });
    expect(result.status).toBe('verified');
    expect(status.map((c) => c.code)).toEqual(['status_valid']);
  });
});

describe('status lists signed with a suite Credlens cannot check', () => {
  it.each([
    ['EcdsaSecp256k1Signature2019', undefined],
    ['DataIntegrityProof', 'ecdsa-sd-2023'],
    ['BbsBlsSignature2020', undefined],
  ])(
    'a %s %s list means could not check (status_list_invalid), never not revoked',
    async (type, cryptosuite) => {
      const list = {
        ...bitstringList(service.did, LIST_URL, 'revocation', encodeList({})),
        proof: {
          type,
          ...(cryptosuite === undefined ? {} : { cryptosuite }),
          created: '2026-01-01T00:00:00Z',
          verificationMethod: `${service.did}#key-1`,
          proofPurpose: 'assertionMethod',
          jws: 'eyJhbGciOiJFUzI1NksifQ..c2lnbmF0dXJl',
        },
      };
      const { result, status } = await verifyWith(await credential(), {
        [LIST_URL]: { json: list },
      });
      expect(result.status).toBe('unverifiable');
      expect(status.map((c) => `${c.outcome}:${c.code}`)).toEqual(['unknown:status_list_invalid']);
    },
  );
});
