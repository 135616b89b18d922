// Legacy and foreign formats say what they are, on real-world credentials (provenance in
// test/fixtures/real-world/README.md): OB 1.1 hosted assertions (Acclaim sandbox) are checked
// like OB 2.0 hosted ones; Blockcerts (blockchain-anchored) and BBS credentials are recognised and
// unverifiable with their own codes, their dates only claims; unsigned credentials say so; status
// lists signed with a suite Credlens cannot check mean "could not check", never "not revoked".
// Offline: every request goes to a fake fetch; documents the sources do not ship (Acclaim's
// BadgeClass and issuer) are built here and say so.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type VerificationResult, verifyCredential } from '../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../helpers/fake-fetch';

const DIR = new URL('../fixtures/real-world/legacy/', import.meta.url);

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Record<string, unknown>;
}

async function verify(
  document: Record<string, unknown>,
  routes: Record<string, Route> = {},
  now = '2026-11-23T12:00:00Z',
): Promise<VerificationResult & { requests: string[] }> {
  const fetch = fakeFetch(routes);
  const result = await verifyCredential(
    { kind: 'json', value: document },
    { fetch, now: fixedClock(now) },
  );
  return { ...result, requests: fetch.requests };
}

function codes(result: VerificationResult): string[] {
  return result.checks.map((c) => `${c.id}:${c.outcome}:${c.code}`);
}

// ─── OB 1.1 hosted (Acclaim sandbox, issues #33/#34 of openbadges-validator-core) ──────────

const VALID = fixture('ob11-acclaim-sandbox-assertion-VALID.json');
const EXPIRED = fixture('ob11-acclaim-sandbox-assertion-EXPIRED.json');
/** Constructed: Acclaim's sandbox issuer (not published with the assertions). */
const ACCLAIM_ISSUER = 'https://sandbox-api.youracclaim.com/v1/obi/issuers/credlens-test';

function acclaimRoutes(
  assertion: Record<string, unknown>,
  overrides: Record<string, Route> = {},
): Record<string, Route> {
  const badge = assertion.badge as string;
  return {
    [assertion.id as string]: { json: assertion },
    // Constructed BadgeClass and issuer in the OB 1.1 shape, at the URLs the assertion names.
    [badge]: {
      json: {
        '@context': 'https://w3id.org/openbadges/v1',
        type: 'BadgeClass',
        id: badge,
        name: 'Autodesk 3ds Max User',
        description: 'Constructed for Credlens tests',
        image: assertion.image,
        criteria: 'https://example.org/criteria',
        issuer: ACCLAIM_ISSUER,
      },
    },
    [ACCLAIM_ISSUER]: {
      json: {
        '@context': 'https://w3id.org/openbadges/v1',
        type: 'Issuer',
        id: ACCLAIM_ISSUER,
        name: 'Acclaim sandbox',
        url: 'https://sandbox-api.youracclaim.com',
      },
    },
    ...overrides,
  };
}

describe('OB 1.1 hosted assertions (Acclaim sandbox)', () => {
  it('VALID, checked in 2018 → confirmed: the hosted copy at verify.url matches', async () => {
    const result = await verify(VALID, acclaimRoutes(VALID), '2018-06-01T00:00:00Z');
    expect(result.status, codes(result).join(' ')).toBe('confirmed');
    expect(codes(result)).toContain('hosted:pass:hosted_confirmed');
    expect(result.format).toEqual({ dataModel: 'ob-2.0', securing: 'hosted' });
    expect(result.checks[0]?.detail).toContain('Open Badges 1.x hosted assertion');
    expect(result.requests[0]).toBe((VALID.verify as { url: string }).url);
  });

  it('VALID, checked today → expired: its expires (2019-03-18) has passed', async () => {
    const result = await verify(VALID, acclaimRoutes(VALID));
    expect(result.status).toBe('expired');
    expect(codes(result)).toContain('validity:fail:expired');
  });

  it('EXPIRED → expired (expires 2017-03-01), as its issue says', async () => {
    const result = await verify(EXPIRED, acclaimRoutes(EXPIRED), '2018-06-01T00:00:00Z');
    expect(result.status).toBe('expired');
    expect(result.validUntil).toBe('2017-03-01T06:00:00.000Z');
  });

  it('→ revoked when verify.url answers 410 Gone', async () => {
    const routes = acclaimRoutes(VALID, { [VALID.id as string]: { json: {}, status: 410 } });
    expect((await verify(VALID, routes, '2018-06-01T00:00:00Z')).status).toBe('revoked');
  });

  it('→ revoked when the issuer revocation list (OB 1.0 uid → reason map) names it', async () => {
    const list = 'https://sandbox-api.youracclaim.com/v1/obi/revocations';
    const routes = acclaimRoutes(VALID, {
      [ACCLAIM_ISSUER]: {
        json: { id: ACCLAIM_ISSUER, name: 'Acclaim sandbox', revocationList: list },
      },
      [list]: { json: { [VALID.uid as string]: 'Issued in error' } },
    });
    const result = await verify(VALID, routes, '2018-06-01T00:00:00Z');
    expect(result.status).toBe('revoked');
    expect(result.checks.find((c) => c.code === 'status_revoked')?.detail).toContain(
      'Issued in error',
    );
  });

  it('→ invalid when the hosted copy at verify.url is another assertion', async () => {
    const other = { ...VALID, id: EXPIRED.id, verify: EXPIRED.verify };
    const routes = acclaimRoutes(VALID, { [VALID.id as string]: { json: other } });
    const result = await verify(VALID, routes, '2018-06-01T00:00:00Z');
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('hosted:fail:hosted_id_mismatch');
  });

  it('→ unverifiable when the sandbox is gone (verify.url answers 404)', async () => {
    const result = await verify(VALID, {}, '2018-06-01T00:00:00Z');
    expect(result.status).toBe('unverifiable');
  });

  it('reads OB 1.0 Unix-second dates (number or numeric string) and rejects garbage', async () => {
    const seconds = { ...VALID, issuedOn: 1458277200, expires: '1552885200' };
    const routes = acclaimRoutes(VALID, { [VALID.id as string]: { json: seconds } });
    const early = await verify(seconds, routes, '2018-06-01T00:00:00Z');
    expect(early.status, codes(early).join(' ')).toBe('confirmed');
    expect(early.issuedOn).toBe('2016-03-18T05:00:00.000Z');
    const garbage = { ...VALID, issuedOn: 'last Tuesday' };
    const bad = acclaimRoutes(VALID, { [VALID.id as string]: { json: garbage } });
    expect(codes(await verify(garbage, bad, '2018-06-01T00:00:00Z'))).toContain(
      'validity:fail:date_invalid',
    );
  });
});

// ─── Blockcerts ────────────────────────────────────────────────────────────────────────────

describe('Blockcerts: anchored on a blockchain, recognised and unverifiable', () => {
  it.each([
    'blockcerts-vc2-DataIntegrityProof-merkle-proof-2019.json',
    'blockcerts-vc2-validUntil-expired.MerkleProof2019.json',
    'blockcerts-vc2-validFrom-not-yet-valid.MerkleProof2019.json',
    'blockcerts-two-independent-proofs-secp256k1+merkle.json',
  ])('%s → unverifiable (proof_blockchain_anchored), dates only as claimed', async (name) => {
    const result = await verify(fixture(name));
    expect(result.status, codes(result).join(' ')).toBe('unverifiable');
    const proof = result.checks.find((c) => c.code === 'proof_blockchain_anchored');
    expect(proof?.outcome).toBe('unknown');
    expect(proof?.detail).toContain("use the issuer's verifier");
    const validity = result.checks.filter((c) => c.id === 'validity');
    expect(validity.map((c) => c.code)).toEqual(['validity_unverified']);
    expect(validity[0]?.outcome).toBe('skipped');
  });

  it('says what the claimed dates are without judging them', async () => {
    const expired = await verify(fixture('blockcerts-vc2-validUntil-expired.MerkleProof2019.json'));
    const validity = expired.checks.find((c) => c.id === 'validity');
    expect(validity?.detail).toMatch(/^as claimed: expired on /);
    const future = await verify(
      fixture('blockcerts-vc2-validFrom-not-yet-valid.MerkleProof2019.json'),
    );
    expect(future.status).not.toBe('invalid');
  });

  it('an OB 2.0 assertion with a MerkleProof2017 signature is never fetched as hosted', async () => {
    const assertion = fixture(
      'ob2-blockcerts-v2-learningmachine-mainnet-valid.MerkleProof2017.EXCERPT.json',
    );
    const result = await verify(assertion, {
      [assertion.id as string]: { json: assertion },
    });
    expect(result.status).toBe('unverifiable');
    expect(result.requests).toEqual([]);
    expect(codes(result)).toContain('proof:unknown:proof_blockchain_anchored');
    expect(codes(result)).toContain('validity:skipped:validity_unverified');
    expect(result.format.securing).toBe('unknown');
    expect(result.checks[0]?.detail).toContain('anchored on a blockchain (Blockcerts)');
  });

  it('with also an Ed25519Signature2020 proof, it is judged by that proof', async () => {
    const result = await verify(
      fixture('blockcerts-v3-proof-chain-Ed25519Signature2020+ChainedProof2021.json'),
    );
    expect(codes(result)).not.toContain('proof:unknown:proof_blockchain_anchored');
    expect(codes(result)).toContain('proof:skipped:proof_type_ignored');
    // The Ed25519 proof decides (the Blockcerts v3 context is bundled, so it can be checked):
    // a did:key whose controller is the issuer, so verified, whatever the chain anchoring says.
    expect(result.status, codes(result).join(' ')).toBe('verified');
    expect(codes(result)).toContain('proof:pass:signature_valid');
    expect(codes(result)).not.toContain('context:unknown:context_unknown');
  });
});

// ─── BBS, unsigned ───────────────────────────────────────────────────────────────────────────

describe('BBS and unsigned credentials', () => {
  it('MATTR BbsBlsSignature2020 → unverifiable with proof_bbs_unsupported, never invalid', async () => {
    const result = await verify(fixture('vc11-mattr-prc-BbsBlsSignature2020.json'));
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toContain('proof:unknown:proof_bbs_unsupported');
  });

  it('the unsigned DCC credential says "not signed" (proof_missing) and its dates are claims', async () => {
    const result = await verify(fixture('vc11-dcc-lcw-mock-LearningCredential.UNSIGNED.json'));
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toContain('proof:unknown:proof_missing');
    expect(result.checks.find((c) => c.code === 'proof_missing')?.detail).toContain('not signed');
    expect(codes(result)).toContain('validity:skipped:validity_unverified');
  });
});

// ─── Status lists signed with an unsupported suite ───────────────────────────────────────────

describe('Blockcerts status lists (EcdsaSecp256k1Signature2019) → could not check', () => {
  const LISTS: Record<string, Route> = {
    'https://www.blockcerts.org/samples/3.0/status-list-2021.json': {
      json: fixture('blockcerts-status-list-2021.json'),
    },
    'https://www.blockcerts.org/samples/3.0/status-list-2021-suspension.json': {
      json: fixture('blockcerts-status-list-2021-suspension.json'),
    },
  };

  it.each([
    ['blockcerts-statuslist2021-revoked.json', 1],
    ['blockcerts-statuslist2021-suspended.json', 2],
  ])('%s with its lists → status unknown, never "not revoked"', async (credential, lists) => {
    const result = await verify(fixture(credential), LISTS);
    expect(result.requests.filter((url) => url in LISTS)).toHaveLength(lists);
    expect(result.status).toBe('unverifiable');
    const status = result.checks.filter((c) => c.id === 'status');
    expect(status.map((c) => `${c.outcome}:${c.code}`)).toEqual(
      Array(lists).fill('unknown:status_list_invalid'),
    );
    expect(status[0]?.detail).toMatch(/^status list https:\/\/www.blockcerts.org\//);
  });
});
