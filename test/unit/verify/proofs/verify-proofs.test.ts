// Proof-level outcomes through the pipeline (vc-data-integrity §4.3): proof purpose, expiry,
// malformed values, missing and unsupported proofs, proof sets, and the cost of large sets.

import * as ed from '@noble/ed25519';
import { base58 } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDocumentLoader,
  type VerificationResult,
  type VerifyOptions,
  verifyCredential,
} from '../../../../lib/verify';
import { hashDataRdfc } from '../../../../lib/verify/proofs/hash-data';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../../../helpers/issue';

let issuer: TestKey;
let rdfc: Record<string, unknown>;
beforeAll(async () => {
  issuer = await testKey(1);
  rdfc = await issue(openBadge(issuer.did), { key: issuer });
});

const TIME_LIMIT_MS = 2_000;
const codes = (result: VerificationResult) => result.checks.map((c) => c.code);
const verify = (value: unknown, options: Partial<VerifyOptions> = {}) =>
  verifyCredential({ kind: 'json', value }, { fetch: fakeFetch(), now: fixedClock(), ...options });

/** eddsa-rdfc-2022 with extra proof options (issue() has no `expires`). */
async function issueWithProofOptions(
  unsigned: Record<string, unknown>,
  key: TestKey,
  extra: Record<string, unknown>,
) {
  const config = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2026-01-01T00:00:00Z',
    verificationMethod: key.methodId,
    proofPurpose: 'assertionMethod',
    ...extra,
  };
  const hash = await hashDataRdfc({
    unsecured: unsigned,
    proofConfig: config,
    loader: createDocumentLoader(),
  });
  if (!hash.ok) throw new Error(hash.error.detail);
  return {
    ...unsigned,
    proof: { ...config, proofValue: `z${base58.encode(await ed.signAsync(hash.value, key.seed))}` },
  };
}

describe('verifyCredential proofs', () => {
  it('returns invalid with proof_purpose_invalid for an authentication proof', async () => {
    const result = await verify(
      await issue(openBadge(issuer.did), { key: issuer, proofPurpose: 'authentication' }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('proof_purpose_invalid');
  });

  it('returns invalid with proof_expired when the proof itself has expired', async () => {
    const result = await verify(
      await issueWithProofOptions(openBadge(issuer.did), issuer, {
        expires: '2026-06-01T00:00:00Z',
      }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('proof_expired');
  });

  it('returns verified for a proof that expires in the future', async () => {
    const result = await verify(
      await issueWithProofOptions(openBadge(issuer.did), issuer, {
        expires: '2027-01-01T00:00:00Z',
      }),
    );
    expect(result.status).toBe('verified');
  });

  // Regression: a zone-less `expires` was once read in the host's local zone, so west of UTC an
  // expired proof passed.
  it('reads a zone-less proof expires as UTC whatever the host time zone', async () => {
    const signed = await issueWithProofOptions(openBadge(issuer.did), issuer, {
      expires: '2026-11-23T11:00:00',
    });
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const result = await verify(signed);
      expect(codes(result)).toContain('proof_expired');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('returns invalid with proof_malformed for a proofValue that is not a signature', async () => {
    const signed = await issue(openBadge(issuer.did), { key: issuer });
    const result = await verify({ ...signed, proof: { ...signed.proof, proofValue: 'zabc' } });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('proof_malformed');
  });

  it('returns unverifiable with proof_missing for an unsigned credential', async () => {
    const result = await verify(openBadge(issuer.did));
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toContain('proof_missing');
    expect(result.format.securing).toBe('none');
  });

  it('returns unverifiable with proof_type_unsupported for an unknown proof type', async () => {
    const signed = await issue(openBadge(issuer.did), { key: issuer });
    const result = await verify({
      ...signed,
      proof: { ...signed.proof, type: 'RsaSignature2018' },
    });
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toContain('proof_type_unsupported');
  });

  it('returns verified for a proof set of two valid proofs', async () => {
    const badge = openBadge(issuer.did);
    const a = await issue(badge, { key: issuer });
    const b = await issue(badge, {
      key: issuer,
      suite: 'eddsa-jcs-2022',
      created: '2026-02-01T00:00:00Z',
    });
    const result = await verify({ ...a, proof: [a.proof, b.proof] });
    expect(result.status).toBe('verified');
    expect(codes(result).filter((c) => c === 'signature_valid')).toHaveLength(2);
  });

  it('returns verified when a valid proof sits beside a proof of an unknown type', async () => {
    const signed = await issue(openBadge(issuer.did), { key: issuer });
    const unknown = {
      type: 'BbsBlsSignature2020',
      proofPurpose: 'assertionMethod',
      proofValue: 'xyz',
    };
    const result = await verify({ ...signed, proof: [signed.proof, unknown] });
    expect(result.status).toBe('verified');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ outcome: 'skipped', code: 'proof_type_ignored' }),
    );
  });

  it('returns invalid when a valid proof sits beside an invalid one', async () => {
    const signed = await issue(openBadge(issuer.did), { key: issuer });
    const forged = await issue(openBadge(issuer.did, { name: 'Something else' }), {
      key: issuer,
      created: '2026-02-01T00:00:00Z',
    });
    const result = await verify({ ...signed, proof: [signed.proof, forged.proof] });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toEqual(expect.arrayContaining(['signature_valid', 'signature_invalid']));
  });
});

describe('verifyCredential bounds work on large proof sets', () => {
  // Regression: proof sets were once unbounded; 7 000 minimal proofs (42 000 JSON nodes, under
  // MAX_NODES) cost 7 000 RDFC runs and 3–5 s. MAX_PROOFS now caps the work.
  it('answers within the time bound for 7 000 proofs', async () => {
    const { created: _created, ...proof } = rdfc.proof as Record<string, unknown>;
    const proofs = Array.from({ length: 7_000 }, () => ({ ...proof }));
    const started = performance.now();
    const result = await verify({ ...rdfc, proof: proofs });
    expect(result.status).toBe('unverifiable');
    expect(result.checks.map((c) => c.code)).toContain('proof_set_too_large');
    expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  });

  // Regression: each proof may name its own did:web controller, so an unbounded proof set made
  // the verifier fetch from as many hosts as it had proofs.
  it('fetches a bounded number of controller documents for one credential', async () => {
    const proof = rdfc.proof as Record<string, unknown>;
    const proofs = Array.from({ length: 1_000 }, (_, i) => ({
      ...proof,
      verificationMethod: `did:web:host${i}.example#k`,
    }));
    const fetch = fakeFetch();
    const result = await verify({ ...rdfc, proof: proofs }, { fetch });
    expect(result.status).not.toBe('verified');
    expect(fetch.requests.length).toBeLessThanOrEqual(16);
  });
});
