// Decodes NIST P-256 / P-384 public keys for the ECDSA Data Integrity suites (vc-di-ecdsa §2.1.1,
// CID 1.0 §2.2): Multikey `publicKeyMultibase` (multicodec p256-pub 0x1200 / p384-pub 0x1201,
// compressed SEC1 point; did:key `zDn…` / `z82…`) and JWK `kty: EC`. Points are validated on the
// curve here, so a bad key is `key_malformed`, never a late signature failure.

import { p256, p384 } from '@noble/curves/nist.js';
import { base58 } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';

/** The same shape as public-key.ts' KeyError, declared here so the two files do not import each other. */
type KeyError = { code: 'key_malformed' | 'key_private_exposed'; detail: string };

export type EcdsaCurve = 'P-256' | 'P-384';

/** A validated NIST public key: `bytes` is the uncompressed SEC1 point (0x04 ‖ x ‖ y). */
export type EcdsaPublicKey = { algorithm: EcdsaCurve; bytes: Uint8Array };

/** Multicodec varint headers: p256-pub 0x1200, p384-pub 0x1201. */
const HEADERS: Record<EcdsaCurve, readonly [number, number]> = {
  'P-256': [0x80, 0x24],
  'P-384': [0x81, 0x24],
};

/** Coordinate length in bytes. */
const SIZE: Record<EcdsaCurve, number> = { 'P-256': 32, 'P-384': 48 };

/** The curve a multikey's header names, or undefined when it is not a NIST P-256/P-384 key. */
export function ecdsaCurveOfMultikey(bytes: Uint8Array): EcdsaCurve | undefined {
  for (const curve of ['P-256', 'P-384'] as const) {
    const [first, second] = HEADERS[curve];
    if (bytes[0] === first && bytes[1] === second) return curve;
  }
  return undefined;
}

/** Decodes a multicodec-prefixed P-256/P-384 key (already base58-decoded) and checks the point. */
export function decodeEcdsaMultikeyBytes(bytes: Uint8Array): Result<EcdsaPublicKey, KeyError> {
  const curve = ecdsaCurveOfMultikey(bytes);
  if (curve === undefined)
    return err({ code: 'key_malformed', detail: 'not a P-256 or P-384 multikey' });
  const point = bytes.slice(2);
  if (point.length !== SIZE[curve] + 1) {
    return err({
      code: 'key_malformed',
      detail: `a ${curve} multikey must hold a ${SIZE[curve] + 1}-byte compressed point`,
    });
  }
  return validatedPoint(curve, point);
}

/** Encodes a P-256/P-384 public key (any SEC1 form) as a Multikey value (`zDn…` / `z82…`). */
export function encodeEcdsaMultikey(key: EcdsaPublicKey): string {
  const compressed = curveOf(key.algorithm).Point.fromBytes(key.bytes).toBytes(true);
  const prefixed = new Uint8Array(2 + compressed.length);
  prefixed.set(HEADERS[key.algorithm], 0);
  prefixed.set(compressed, 2);
  return `z${base58.encode(prefixed)}`;
}

/** Decodes an EC JWK on P-256 or P-384 (RFC 7518 §6.2.1); private members are refused. */
export function decodeEcJwk(
  fields: Record<string, unknown>,
  decode: (value: string) => Uint8Array | undefined,
): Result<EcdsaPublicKey, KeyError> {
  if ('d' in fields)
    return err({ code: 'key_private_exposed', detail: 'the JWK contains a private key' });
  const curve = fields.crv;
  if (curve !== 'P-256' && curve !== 'P-384') {
    return err({ code: 'key_malformed', detail: 'only P-256 and P-384 EC keys are supported' });
  }
  const x = typeof fields.x === 'string' ? decode(fields.x) : undefined;
  const y = typeof fields.y === 'string' ? decode(fields.y) : undefined;
  if (x?.length !== SIZE[curve] || y?.length !== SIZE[curve]) {
    return err({
      code: 'key_malformed',
      detail: `JWK x and y must be ${SIZE[curve]} bytes of base64url`,
    });
  }
  const point = new Uint8Array(1 + 2 * SIZE[curve]);
  point[0] = 0x04;
  point.set(x, 1);
  point.set(y, 1 + SIZE[curve]);
  return validatedPoint(curve, point);
}

/** noble's curve for a NIST curve name. */
export function curveOf(curve: EcdsaCurve): typeof p256 {
  return curve === 'P-256' ? p256 : p384;
}

function validatedPoint(curve: EcdsaCurve, point: Uint8Array): Result<EcdsaPublicKey, KeyError> {
  try {
    const decoded = curveOf(curve).Point.fromBytes(point);
    decoded.assertValidity();
    return ok({ algorithm: curve, bytes: decoded.toBytes(false) });
  } catch {
    return err({ code: 'key_malformed', detail: `not a point on ${curve}` });
  }
}
