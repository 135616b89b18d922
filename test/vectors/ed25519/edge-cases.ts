// Ed25519 edge cases built here, not downloaded: ZIP-215's 196 small-order combinations and the
// Wycheproof categories the excerpt lacks (mixed-order keys and R, non-canonical keys, wrong
// lengths). Every value is derived below from the curve itself, so the file explains its output.

import { Point } from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '@noble/hashes/utils.js';

/** An edge case: what an Ed25519 verifier is given, and the category it belongs to. */
export type EdgeCase = {
  name: string;
  category: string;
  publicKey: Uint8Array;
  message: Uint8Array;
  signature: Uint8Array;
};

/** The field prime p and the group order L (RFC 8032 §5.1). */
const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
/** RFC 8032 §7.1 TEST 1's secret key: a real, honest key pair to build the mixed-order cases. */
const SEED = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');

/**
 * The eight points of small order, as multiples 0T..7T of a point T of order 8. T is found as
 * [L]Q for the first decodable y = 2, 3, …: [L] kills the prime-order part of Q and leaves its
 * torsion part. This order matches ZIP-215's published list (identity, then T, 2T, …, 7T).
 */
export function smallOrderPoints(): Point[] {
  for (let y = 2n; ; y++) {
    const q = decode(encodeLE(y));
    if (q === undefined) continue;
    const t = q.multiply(L - 1n, false).add(q);
    if (t.multiply(4n, false).is0()) continue;
    return Array.from({ length: 8 }, (_, i) => (i === 0 ? Point.ZERO : t.multiply(BigInt(i), false)));
  }
}

/**
 * The 14 encodings ZIP-215 uses: the 8 canonical encodings of the small-order points, then the 6
 * non-canonical ones that still decode to a small-order point when y is reduced mod p and the
 * sign bit is ignored for x = 0: y = 1 and y = p - 1 with the sign bit set, y = p (≡ 0) and
 * y = p + 1 (≡ 1) with and without it.
 */
export function zip215Encodings(): Uint8Array[] {
  const canonical = smallOrderPoints().map((point) => point.toBytes());
  const withSign = (bytes: Uint8Array) => {
    const copy = bytes.slice();
    copy[31] = (copy[31] ?? 0) | 0x80;
    return copy;
  };
  const nonCanonical = [
    withSign(encodeLE(1n)),
    withSign(encodeLE(P - 1n)),
    encodeLE(P),
    withSign(encodeLE(P)),
    encodeLE(P + 1n),
    withSign(encodeLE(P + 1n)),
  ];
  return [...canonical, ...nonCanonical];
}

/**
 * ZIP-215's 196 cases: every (A, R) pair from the 14 encodings, S = 0, message "Zcash". All are
 * valid under ZIP-215 (cofactored, permissive decoding); Credlens rejects them all (small-order
 * or non-canonical A).
 */
export function zip215Cases(): EdgeCase[] {
  const encodings = zip215Encodings();
  const message = new TextEncoder().encode('Zcash');
  return encodings.flatMap((publicKey, a) =>
    encodings.map((r, i) => {
      const signature = new Uint8Array(64);
      signature.set(r, 0);
      return {
        name: `ZIP-215 A#${a} R#${i}`,
        category: a < 8 ? 'small-order key' : 'non-canonical small-order key',
        publicKey,
        message,
        signature,
      };
    }),
  );
}

/** Cases from Wycheproof's categories that its Ed25519 file does not contain. */
export function constructedCases(): EdgeCase[] {
  const a = secretScalar(SEED);
  const publicKey = Point.BASE.multiply(a).toBytes();
  const t8 = smallOrderPoints()[1] as Point;
  const mixedKey = Point.BASE.multiply(a).add(t8).toBytes();
  const message = new TextEncoder().encode('Credlens edge case');
  return [
    // A' = aB + T: signed with a, so [8][S]B = [8]R + [8][k]A' always holds (noble's cofactored
    // equation) but [S]B = R + [k]A' only when k ≡ 0 mod 8 (OpenSSL's cofactorless one).
    {
      name: 'mixed-order key, k ≢ 0 mod 8',
      category: 'mixed-order key',
      publicKey: mixedKey,
      message,
      signature: signWith({ a, publicKey: mixedKey, message, torsion: Point.ZERO, kMod8: 'nonzero' }),
    },
    {
      name: 'mixed-order key, k ≡ 0 mod 8',
      category: 'mixed-order key',
      publicKey: mixedKey,
      message,
      signature: signWith({ a, publicKey: mixedKey, message, torsion: Point.ZERO, kMod8: 'zero' }),
    },
    // R' = rB + T with an honest key: cofactored accepts, cofactorless never does.
    {
      name: 'mixed-order R, honest key',
      category: 'mixed-order R',
      publicKey,
      message,
      signature: signWith({ a, publicKey, message, torsion: t8, kMod8: 'any' }),
    },
    {
      name: 'honest signature (control)',
      category: 'valid',
      publicKey,
      message,
      signature: signWith({ a, publicKey, message, torsion: Point.ZERO, kMod8: 'any' }),
    },
    ...nonCanonicalKeys().map((key) => ({
      name: `non-canonical key y = p + ${bytesToNumberLE(key) - P}`,
      category: 'non-canonical key',
      publicKey: key,
      message,
      signature: signWith({ a, publicKey, message, torsion: Point.ZERO, kMod8: 'any' }),
    })),
    ...[0, 31, 33, 64].map((length) => ({
      name: `${length}-byte key`,
      category: 'wrong-length key',
      publicKey: new Uint8Array(length).fill(7),
      message,
      signature: signWith({ a, publicKey, message, torsion: Point.ZERO, kMod8: 'any' }),
    })),
  ];
}

/** y = p + 2 … p + 18 that decode to a point not of small order (y ≥ p, so non-canonical). */
function nonCanonicalKeys(): Uint8Array[] {
  const keys: Uint8Array[] = [];
  for (let extra = 2n; extra < 19n; extra++) {
    const point = decode(encodeLE(extra));
    if (point !== undefined && !point.isSmallOrder()) keys.push(encodeLE(P + extra));
  }
  return keys;
}

type SignOptions = {
  a: bigint;
  publicKey: Uint8Array;
  message: Uint8Array;
  torsion: Point;
  kMod8: 'zero' | 'nonzero' | 'any';
};

/** RFC 8032 §5.1.6 signing with a chosen nonce, R = rB + torsion, grinding r until k mod 8 fits. */
function signWith({ a, publicKey, message, torsion, kMod8 }: SignOptions): Uint8Array {
  for (let counter = 0; ; counter++) {
    const r = bytesToNumberLE(sha512(new TextEncoder().encode(`nonce ${counter}`))) % L;
    const rBytes = Point.BASE.multiply(r).add(torsion).toBytes();
    const k = bytesToNumberLE(sha512(concat(rBytes, publicKey, message))) % L;
    if ((kMod8 === 'zero' && k % 8n !== 0n) || (kMod8 === 'nonzero' && k % 8n === 0n)) continue;
    return concat(rBytes, encodeLE((r + k * a) % L));
  }
}

/** RFC 8032 §5.1.5: the clamped first half of SHA-512(seed). */
function secretScalar(seed: Uint8Array): bigint {
  const head = sha512(seed).slice(0, 32);
  head[0] = (head[0] ?? 0) & 248;
  head[31] = ((head[31] ?? 0) & 127) | 64;
  return bytesToNumberLE(head) % L;
}

function decode(bytes: Uint8Array): Point | undefined {
  try {
    return Point.fromBytes(bytes, true);
  } catch {
    return undefined;
  }
}

function encodeLE(value: bigint): Uint8Array {
  const bytes = new Uint8Array(32);
  let rest = value;
  for (let i = 0; i < 32; i++) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

function bytesToNumberLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  return n;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

