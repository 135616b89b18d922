// The parsers behind the newer suites: Ed25519Signature2018's detached JWS, the ecdsa-sd-2023
// proofValue header and CBOR shape, and which proof types and cryptosuites are recognised.

import { describe, expect, it } from 'vitest';
import { parseDetachedJws } from '../../../../lib/verify/proofs/detached-jws';
import { parseProof } from '../../../../lib/verify/proofs/parse-proof';
import { parseSdProofValue } from '../../../../lib/verify/proofs/sd-proof-value';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64url');
const HEADER = b64('{"alg":"EdDSA","b64":false,"crit":["b64"]}');
const SIGNATURE = b64(new Uint8Array(64).fill(7));
const NOW = new Date('2026-11-23T12:00:00Z');

describe('parseDetachedJws', () => {
  it('keeps the header exactly as written, since it is signed as ASCII', () => {
    const spaced = b64('{"alg": "EdDSA", "b64": false, "crit": ["b64"]}');
    const parsed = parseDetachedJws(`${spaced}..${SIGNATURE}`);
    expect(parsed.ok && parsed.value.encodedHeader).toBe(spaced);
  });

  it.each([
    ['an attached payload', `${HEADER}.eyJ9.${SIGNATURE}`],
    ['b64 true', `${b64('{"alg":"EdDSA","b64":true,"crit":["b64"]}')}..${SIGNATURE}`],
    ['another alg', `${b64('{"alg":"ES256","b64":false,"crit":["b64"]}')}..${SIGNATURE}`],
    [
      'an extra header member',
      `${b64('{"alg":"EdDSA","b64":false,"crit":["b64"],"kid":"x"}')}..${SIGNATURE}`,
    ],
    ['a short signature', `${HEADER}..${b64(new Uint8Array(63))}`],
    ['no jws', undefined],
  ])('refuses %s', (_, jws) => {
    expect(parseDetachedJws(jws).ok).toBe(false);
  });
});

describe('parseSdProofValue', () => {
  it('recognises a base proof by its header 0xd9 0x5d 0x00', () => {
    expect(parseSdProofValue(`u${b64(new Uint8Array([0xd9, 0x5d, 0x00, 0x85]))}`).kind).toBe(
      'base',
    );
  });

  it('decodes a derived proof and decompresses the label map', () => {
    const cbor = [
      0xd9,
      0x5d,
      0x01,
      0x85, // tag header, array(5)
      0x58,
      0x40,
      ...new Array(64).fill(1), // base signature
      0x58,
      0x23,
      0x80,
      0x24,
      ...new Array(33).fill(2), // proof-scoped P-256 multikey
      0x81,
      0x58,
      0x40,
      ...new Array(64).fill(3), // one statement signature
      0xa1,
      0x00,
      0x42,
      0xab,
      0xcd, // {0: h'abcd'}
      0x81,
      0x01, // mandatory index 1
    ];
    const parsed = parseSdProofValue(`u${b64(new Uint8Array(cbor))}`);
    expect(parsed.kind).toBe('derived');
    if (parsed.kind !== 'derived') return;
    expect(parsed.disclosure.signatures).toHaveLength(1);
    expect(parsed.disclosure.labelMap.get('c14n0')).toBe(`u${b64(new Uint8Array([0xab, 0xcd]))}`);
    expect(parsed.disclosure.mandatoryIndexes).toEqual([1]);
  });

  it.each([
    ['not multibase u', 'zabc'],
    ['another tag', `u${b64(new Uint8Array([0xd9, 0x5d, 0x02]))}`],
    ['truncated CBOR', `u${b64(new Uint8Array([0xd9, 0x5d, 0x01, 0x85, 0x58, 0x40, 1]))}`],
  ])('returns malformed for %s', (_, value) => {
    expect(parseSdProofValue(value).kind).toBe('malformed');
  });
});

describe('parseProof suite table', () => {
  const base = { verificationMethod: 'did:key:z6Mk#z6Mk', proofPurpose: 'assertionMethod' };
  it.each([
    [{ type: 'Ed25519Signature2018', jws: `${HEADER}..${SIGNATURE}` }, 'eddsa-jws'],
    [
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'ecdsa-rdfc-2019',
        proofValue: `z${'2'.repeat(88)}`,
      },
      'ecdsa',
    ],
    [
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'ecdsa-jcs-2019',
        proofValue: `z${'2'.repeat(88)}`,
      },
      'ecdsa',
    ],
  ])('reads %j as %s', (proof, scheme) => {
    const parsed = parseProof({ ...base, ...proof }, NOW);
    expect(parsed.kind === 'supported' && parsed.proof.scheme).toBe(scheme);
  });

  it('leaves jws out of the signed proof options of a 2018 proof', () => {
    const parsed = parseProof(
      { ...base, type: 'Ed25519Signature2018', jws: `${HEADER}..${SIGNATURE}` },
      NOW,
    );
    expect(parsed.kind === 'supported' && 'jws' in parsed.proof.config).toBe(false);
  });

  it('is unverifiable (not invalid) for an ecdsa-sd-2023 base proof', () => {
    const proofValue = `u${b64(new Uint8Array([0xd9, 0x5d, 0x00, 0x85]))}`;
    const parsed = parseProof(
      { ...base, type: 'DataIntegrityProof', cryptosuite: 'ecdsa-sd-2023', proofValue },
      NOW,
    );
    expect(parsed).toMatchObject({ kind: 'unverifiable', code: 'proof_sd_base_not_derived' });
  });
});
