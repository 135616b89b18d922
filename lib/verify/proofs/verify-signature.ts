// Checks a proof's signature with its resolved key, by scheme: Ed25519 over the hash data
// (eddsa-*, Ed25519Signature2020), Ed25519 over the detached-JWS signing input
// (Ed25519Signature2018), ECDSA P-256/P-384 over the hash data (ecdsa-rdfc-2019, ecdsa-jcs-2019).

import type { VerificationKey } from '../keys';
import { jwsSigningInput } from './detached-jws';
import { verifyEcdsa } from './ecdsa';
import { type Ed25519Verifier, type SignatureOutcome, verifyEd25519 } from './ed25519';
import { type CanonicalParts, type HashAlgorithm, hashData, type TextDigest } from './hash-data';
import type { KeyCache } from './key-cache';
import type { SupportedProof } from './parse-proof';

export type SchemeOutcome = SignatureOutcome | 'key_suite_mismatch';

export type SignatureInput = {
  proof: SupportedProof;
  key: VerificationKey;
  parts: CanonicalParts;
  keyCache?: KeyCache | undefined;
  ed25519?: Ed25519Verifier | undefined;
  digest?: TextDigest | undefined;
};

/** Verifies a non-selective-disclosure proof; the hash is the one the key's curve calls for. */
export async function verifySignature(input: SignatureInput): Promise<SchemeOutcome> {
  const { proof, key } = input;
  if (proof.scheme === 'ecdsa') {
    if (key.algorithm === 'Ed25519') return 'key_suite_mismatch';
    const message = hashData(input.parts, hashOfCurve(key.algorithm), input.digest);
    return verifyEcdsa(key, message, proof.signature, input.keyCache);
  }
  if (key.algorithm !== 'Ed25519') return 'key_suite_mismatch';
  const verifyData = hashData(input.parts, 'SHA-256', input.digest);
  const message =
    proof.jwsHeader === undefined ? verifyData : jwsSigningInput(proof.jwsHeader, verifyData);
  return input.ed25519 === undefined
    ? verifyEd25519(key.bytes, message, proof.signature, input.keyCache)
    : input.ed25519(key.bytes, message, proof.signature);
}

/** vc-di-ecdsa §3.2.4: SHA-256 for P-256 keys, SHA-384 for P-384 keys. */
export function hashOfCurve(curve: 'P-256' | 'P-384'): HashAlgorithm {
  return curve === 'P-384' ? 'SHA-384' : 'SHA-256';
}
