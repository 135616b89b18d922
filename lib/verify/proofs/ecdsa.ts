// ECDSA signature verification for the vc-di-ecdsa suites (FIPS 186-5; vc-di-ecdsa §3.1): P-256
// with SHA-256, P-384 with SHA-384, signature raw r ‖ s (IEEE P1363). Native WebCrypto first,
// @noble/curves where the runtime lacks it. Raw library errors never leave this module.

import { curveOf, type EcdsaPublicKey } from '../keys';
import type { SignatureOutcome } from './ed25519';
import type { KeyCache } from './key-cache';

const SIGNATURE_LENGTH = { 'P-256': 64, 'P-384': 96 } as const;
const HASH = { 'P-256': 'SHA-256', 'P-384': 'SHA-384' } as const;

/** Verifies `signature` over `message` (hashed with the curve's hash) with a validated key. */
export async function verifyEcdsa(
  key: EcdsaPublicKey,
  message: Uint8Array,
  signature: Uint8Array,
  keyCache?: KeyCache,
): Promise<SignatureOutcome> {
  if (signature.length !== SIGNATURE_LENGTH[key.algorithm]) return 'invalid';
  const native = await verifyWithWebCrypto(key, message, signature, keyCache);
  if (native !== 'unsupported') return native;
  try {
    // Policy: high-S signatures are valid ECDSA (WebCrypto signers produce them half the time).
    return curveOf(key.algorithm).verify(signature, message, key.bytes, {
      lowS: false,
      prehash: true,
    })
      ? 'valid'
      : 'invalid';
  } catch {
    return 'invalid';
  }
}

async function verifyWithWebCrypto(
  key: EcdsaPublicKey,
  message: Uint8Array,
  signature: Uint8Array,
  keyCache: KeyCache | undefined,
): Promise<SignatureOutcome | 'unsupported'> {
  let imported = keyCache?.get(key.bytes);
  if (imported === undefined) {
    try {
      imported = await crypto.subtle.importKey(
        'raw',
        asBuffer(key.bytes),
        { name: 'ECDSA', namedCurve: key.algorithm },
        false,
        ['verify'],
      );
    } catch {
      // The point was validated on decoding: a refusal here means the engine cannot do it.
      return 'unsupported';
    }
    keyCache?.set(key.bytes, imported);
  }
  try {
    const valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: HASH[key.algorithm] },
      imported,
      asBuffer(signature),
      asBuffer(message),
    );
    return valid ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** WebCrypto's types want an ArrayBuffer-backed view. */
function asBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
