// ES256K (RFC 8812 §3.2): ECDSA on secp256k1 with SHA-256, the JWS signature being the 64
// bytes r ‖ s (RFC 7518 §3.4). WebCrypto has no secp256k1, so jose cannot check it in the
// service worker; @noble/curves does, identically in the worker, Node and the CLI.

import { secp256k1 } from '@noble/curves/secp256k1.js';
import { decodeSecp256k1Jwk } from '../keys';

/** r ‖ s, 32 bytes each (RFC 7518 §3.4); DER or recovered forms are not JWS signatures. */
const SIGNATURE_BYTES = 64;

export type Es256kInput = {
  /** ASCII(BASE64URL(header) || '.' || BASE64URL(payload)). */
  signingInput: Uint8Array;
  signature: Uint8Array;
  /** The public JWK (`kty: EC`, `crv: secp256k1`). */
  jwk: Record<string, unknown>;
};

/**
 * True when `signature` is a valid ES256K signature of `signingInput` by `jwk`; false for a bad
 * signature, a malformed one or a key that is not a secp256k1 point.
 *
 * Policy: high-S signatures are accepted (`lowS: false`). RFC 8812 does not require low-S, and
 * OpenSSL-backed signers (Node's crypto, so jose on Node) produce high S half the time. ECDSA
 * malleability lets anyone turn a valid (r, s) into (r, n − s) for the same message and key, so
 * refusing one of the two proves nothing about authenticity; Credlens never uses a signature
 * as an identifier, which is the only place malleability matters (Bitcoin transaction ids).
 */
export function verifyEs256k(input: Es256kInput): boolean {
  if (input.signature.length !== SIGNATURE_BYTES) return false;
  const key = decodeSecp256k1Jwk(input.jwk);
  if (!key.ok) return false;
  try {
    // prehash: noble hashes the input with SHA-256, as ES256K's "SHA-256" requires.
    return secp256k1.verify(input.signature, input.signingInput, key.value.bytes, {
      prehash: true,
      lowS: false,
      format: 'compact',
    });
  } catch {
    return false;
  }
}
