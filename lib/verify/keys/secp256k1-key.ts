// secp256k1 public keys in the forms ES256K issuers publish (RFC 8812 §3.1: JWK `kty: EC`,
// `crv: secp256k1`; did-key-spec / multicodec `secp256k1-pub` 0xe7 ‖ 33-byte compressed point,
// `did:key:zQ3s…`). Every decoded point is checked to lie on the curve.

import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base58, base64urlnopad } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';
import { asRecord } from '../../shared/text';
import type { KeyError } from './public-key';

/** An uncompressed secp256k1 point (0x04 ‖ x ‖ y, 65 bytes), validated on the curve. */
export type Secp256k1PublicKey = { algorithm: 'secp256k1'; bytes: Uint8Array };

/** The public members of a secp256k1 JWK. */
export type Secp256k1Jwk = { kty: 'EC'; crv: 'secp256k1'; x: string; y: string };

/** Multicodec varint header of a secp256k1 public key (0xe7, varint-encoded). */
const SECP256K1_PUB_HEADER = [0xe7, 0x01] as const;

/** True when `multibase` is `z` + base58btc(0xe701 ‖ …): a secp256k1 Multikey, valid or not. */
export function isSecp256k1Multikey(multibase: string): boolean {
  const bytes = decodeMultibase(multibase);
  return bytes?.[0] === SECP256K1_PUB_HEADER[0] && bytes[1] === SECP256K1_PUB_HEADER[1];
}

/** Decodes `z` + base58btc(0xe701 ‖ 33-byte compressed point). */
export function decodeSecp256k1Multikey(multibase: string): Result<Secp256k1PublicKey, KeyError> {
  const bytes = decodeMultibase(multibase);
  if (
    bytes?.length !== 35 ||
    bytes[0] !== SECP256K1_PUB_HEADER[0] ||
    bytes[1] !== SECP256K1_PUB_HEADER[1]
  ) {
    return err({
      code: 'key_malformed',
      detail: 'not a secp256k1 public key (expected multicodec 0xe701 and 33 bytes)',
    });
  }
  return fromPoint(bytes.slice(2));
}

/** Encodes a secp256k1 point as a Multikey value (`zQ3s…`), compressed as did:key requires. */
export function encodeSecp256k1Multikey(key: Secp256k1PublicKey): string {
  const compressed = secp256k1.Point.fromBytes(key.bytes).toBytes(true);
  return `z${base58.encode(Uint8Array.from([...SECP256K1_PUB_HEADER, ...compressed]))}`;
}

/** Decodes an EC/secp256k1 JWK; a JWK carrying the private `d` is refused. */
export function decodeSecp256k1Jwk(jwk: unknown): Result<Secp256k1PublicKey, KeyError> {
  const fields = asRecord(jwk);
  if (fields === undefined)
    return err({ code: 'key_malformed', detail: 'the JWK is not an object' });
  // Policy: a published private key proves nothing; refuse rather than ignore it.
  if ('d' in fields)
    return err({ code: 'key_private_exposed', detail: 'the JWK contains a private key' });
  if (fields.kty !== 'EC' || fields.crv !== 'secp256k1')
    return err({ code: 'key_malformed', detail: 'not a secp256k1 JWK (kty EC, crv secp256k1)' });
  const x = typeof fields.x === 'string' ? decode64(fields.x) : undefined;
  const y = typeof fields.y === 'string' ? decode64(fields.y) : undefined;
  if (x?.length !== 32 || y?.length !== 32)
    return err({ code: 'key_malformed', detail: 'JWK x and y must be 32 bytes of base64url each' });
  return fromPoint(Uint8Array.from([0x04, ...x, ...y]));
}

/** The JWK of a decoded key (what the JOSE verifier works with). */
export function secp256k1Jwk(key: Secp256k1PublicKey): Secp256k1Jwk {
  return {
    kty: 'EC',
    crv: 'secp256k1',
    x: base64urlnopad.encode(key.bytes.slice(1, 33)),
    y: base64urlnopad.encode(key.bytes.slice(33, 65)),
  };
}

function fromPoint(bytes: Uint8Array): Result<Secp256k1PublicKey, KeyError> {
  try {
    const point = secp256k1.Point.fromBytes(bytes);
    point.assertValidity();
    return ok({ algorithm: 'secp256k1', bytes: point.toBytes(false) });
  } catch {
    return err({ code: 'key_malformed', detail: 'the secp256k1 key is not a point on the curve' });
  }
}

function decodeMultibase(multibase: string): Uint8Array | undefined {
  // base58 decoding is quadratic: a key never needs more than a few dozen characters.
  if (!multibase.startsWith('z') || multibase.length > 128) return undefined;
  try {
    return base58.decode(multibase.slice(1));
  } catch {
    return undefined;
  }
}

function decode64(value: string): Uint8Array | undefined {
  try {
    return base64urlnopad.decode(value);
  } catch {
    return undefined;
  }
}
