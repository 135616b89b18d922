// Decodes the public-key encodings a verification method may carry (CID 1.0 §2.2, vc-di-eddsa
// §2.1.1): Multikey / Ed25519VerificationKey2020 `publicKeyMultibase`, JsonWebKey(2020)
// `publicKeyJwk`, and the legacy Ed25519VerificationKey2018 `publicKeyBase58`; P-256 / P-384
// keys for the ECDSA suites are decoded by ecdsa-key.ts.

import { base58, base64urlnopad } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';
import { asRecord } from '../../shared/text';
import { decodeEcdsaMultikeyBytes, decodeEcJwk, type EcdsaPublicKey } from './ecdsa-key';
import { decodeLegacyEd25519Key } from './legacy-keys';

export type Ed25519PublicKey = { algorithm: 'Ed25519'; bytes: Uint8Array };

/** Any public key a Data Integrity proof can be checked with. */
export type VerificationKey = Ed25519PublicKey | EcdsaPublicKey;

export type KeyError = { code: 'key_malformed' | 'key_private_exposed'; detail: string };

/** Multicodec varint header of an Ed25519 public key (0xed, varint-encoded). */
const ED25519_PUB_HEADER = [0xed, 0x01] as const;

/** Decodes `z` + base58btc(0xed01 ‖ 32 bytes). Any other multicodec is not an Ed25519 key. */
export function decodeEd25519Multikey(multibase: string): Result<Ed25519PublicKey, KeyError> {
  if (!multibase.startsWith('z')) {
    return err({ code: 'key_malformed', detail: 'publicKeyMultibase must be base58btc (z…)' });
  }
  const bytes = decodeBase58(multibase.slice(1));
  if (bytes === undefined)
    return err({ code: 'key_malformed', detail: 'publicKeyMultibase is not valid base58' });
  if (
    bytes.length !== 34 ||
    bytes[0] !== ED25519_PUB_HEADER[0] ||
    bytes[1] !== ED25519_PUB_HEADER[1]
  ) {
    return err({
      code: 'key_malformed',
      detail: 'not an Ed25519 public key (expected multicodec 0xed01 and 32 bytes)',
    });
  }
  return ok({ algorithm: 'Ed25519', bytes: bytes.slice(2) });
}

/** Decodes a Multikey value of any supported kind: Ed25519 (`z6Mk…`), P-256 (`zDn…`), P-384 (`z82…`). */
export function decodeMultikey(multibase: string): Result<VerificationKey, KeyError> {
  const bytes = multibase.startsWith('z') ? decodeBase58(multibase.slice(1)) : undefined;
  if (bytes !== undefined && bytes[0] !== ED25519_PUB_HEADER[0])
    return decodeEcdsaMultikeyBytes(bytes);
  return decodeEd25519Multikey(multibase);
}

/** Encodes raw Ed25519 public key bytes as a Multikey value (`z6Mk…`). */
export function encodeEd25519Multikey(publicKey: Uint8Array): string {
  const prefixed = new Uint8Array(34);
  prefixed.set(ED25519_PUB_HEADER, 0);
  prefixed.set(publicKey, 2);
  return `z${base58.encode(prefixed)}`;
}

/** Decodes an OKP/Ed25519 JWK; a JWK carrying private members is refused. */
export function decodeEd25519Jwk(jwk: unknown): Result<Ed25519PublicKey, KeyError> {
  const fields = asRecord(jwk);
  if (fields === undefined)
    return err({ code: 'key_malformed', detail: 'publicKeyJwk is not an object' });
  // Policy: a published private key proves nothing; refuse rather than ignore it.
  if ('d' in fields)
    return err({ code: 'key_private_exposed', detail: 'the JWK contains a private key' });
  if (fields.kty !== 'OKP' || fields.crv !== 'Ed25519' || typeof fields.x !== 'string') {
    return err({ code: 'key_malformed', detail: 'not an Ed25519 JWK (kty OKP, crv Ed25519)' });
  }
  const bytes = decodeBase64url(fields.x);
  if (bytes?.length !== 32)
    return err({ code: 'key_malformed', detail: 'JWK x is not 32 bytes of base64url' });
  return ok({ algorithm: 'Ed25519', bytes });
}

/** Decodes a raw base58 Ed25519 key (Ed25519VerificationKey2018). */
export function decodeEd25519Base58(value: string): Result<Ed25519PublicKey, KeyError> {
  const bytes = decodeBase58(value);
  if (bytes?.length !== 32)
    return err({ code: 'key_malformed', detail: 'publicKeyBase58 is not a 32-byte key' });
  return ok({ algorithm: 'Ed25519', bytes });
}

/** Reads the public key out of a verification method object, whatever its encoding. */
export function publicKeyOfMethod(
  method: Record<string, unknown>,
): Result<VerificationKey, KeyError> {
  if (
    'secretKeyMultibase' in method ||
    'privateKeyMultibase' in method ||
    'secretKeyJwk' in method ||
    'privateKeyJwk' in method
  ) {
    return err({
      code: 'key_private_exposed',
      detail: 'the verification method publishes a private key',
    });
  }
  const legacy = decodeLegacyEd25519Key(method);
  if (legacy !== undefined) return legacy;
  if (typeof method.publicKeyMultibase === 'string')
    return decodeMultikey(method.publicKeyMultibase);
  const jwk = method.publicKeyJwk;
  const ec = asRecord(jwk);
  if (ec?.kty === 'EC') return decodeEcJwk(ec, decodeBase64url);
  if (jwk !== undefined) return decodeEd25519Jwk(jwk);
  if (typeof method.publicKeyBase58 === 'string')
    return decodeEd25519Base58(method.publicKeyBase58);
  return err({
    code: 'key_malformed',
    detail: 'the verification method has no supported public key',
  });
}

/** base58btc decode; undefined for invalid input or absurd lengths. */
export function decodeBase58(value: string): Uint8Array | undefined {
  // base58 decoding is quadratic: refuse lengths no key or signature needs.
  if (value.length === 0 || value.length > 256) return undefined;
  try {
    return base58.decode(value);
  } catch {
    return undefined;
  }
}

/** base64url (no padding) decode; undefined for invalid input. */
export function decodeBase64url(value: string): Uint8Array | undefined {
  try {
    return base64urlnopad.decode(value);
  } catch {
    return undefined;
  }
}
