// Reads an ecdsa-sd-2023 proofValue (vc-di-ecdsa §3.5.2 / §3.5.7): multibase `u` + base64url of a
// 3-byte CBOR tag header (0xd9 0x5d 0x00 base, 0xd9 0x5d 0x01 derived) and a CBOR array. Only the
// derived shape is decoded — [baseSignature, publicKey, signatures, compressedLabelMap,
// mandatoryIndexes] — by a reader that accepts exactly those definite-length CBOR items.

import { base64urlnopad } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';
import { decodeBase64url } from '../keys';

export type SdDisclosure = {
  baseSignature: Uint8Array;
  /** The proof-scoped key, multicodec-prefixed (P-256 0x8024 ‖ 33 bytes). */
  publicKey: Uint8Array;
  signatures: Uint8Array[];
  /** Canonical blank-node label (`c14n3`) → the issuer's HMAC label (`u…`). */
  labelMap: Map<string, string>;
  mandatoryIndexes: number[];
};

export type SdProofValue =
  | { kind: 'base' }
  | { kind: 'derived'; disclosure: SdDisclosure }
  | { kind: 'malformed'; detail: string };

/** Most statements and labels read: far beyond any credential, small enough to stay cheap. */
const MAX_ITEMS = 4096;
/** Longest proofValue read (a derived proof costs ~70 bytes per disclosed statement). */
const MAX_PROOF_VALUE = 400_000;

/** Classifies and decodes an ecdsa-sd-2023 proofValue. */
export function parseSdProofValue(value: unknown): SdProofValue {
  if (typeof value !== 'string' || !value.startsWith('u') || value.length > MAX_PROOF_VALUE)
    return { kind: 'malformed', detail: 'proofValue must be multibase base64url (u…)' };
  const bytes = decodeBase64url(value.slice(1));
  if (bytes === undefined || bytes.length < 3 || bytes[0] !== 0xd9 || bytes[1] !== 0x5d)
    return { kind: 'malformed', detail: 'proofValue is not an ecdsa-sd-2023 proof' };
  if (bytes[2] === 0x00) return { kind: 'base' };
  if (bytes[2] !== 0x01) return { kind: 'malformed', detail: 'unknown ecdsa-sd-2023 proof mode' };
  const decoded = readDisclosure(cborReader(bytes, 3));
  return decoded.ok
    ? { kind: 'derived', disclosure: decoded.value }
    : { kind: 'malformed', detail: `derived proofValue: ${decoded.error}` };
}

function readDisclosure(reader: CborReader): Result<SdDisclosure, string> {
  try {
    if (reader.header(4) !== 5) return err('expected five components');
    const baseSignature = reader.bytes();
    const publicKey = reader.bytes();
    const signatures = Array.from({ length: reader.header(4) }, () => reader.bytes());
    const labelMap = new Map<string, string>();
    const labels = reader.header(5);
    for (let i = 0; i < labels; i++) {
      const label = reader.header(0);
      labelMap.set(`c14n${label}`, `u${base64urlnopad.encode(reader.bytes())}`);
    }
    const mandatoryIndexes = Array.from({ length: reader.header(4) }, () => reader.header(0));
    if (!reader.done()) return err('trailing bytes');
    if (baseSignature.length !== 64) return err('the base signature is not 64 bytes');
    if (publicKey.length !== 35) return err('the proof-scoped key is not a P-256 multikey');
    return ok({ baseSignature, publicKey, signatures, labelMap, mandatoryIndexes });
  } catch (error) {
    return err(error instanceof RangeError ? error.message : 'invalid CBOR');
  }
}

type CborReader = {
  /** Reads an item head of `major` type and returns its argument (a length or an integer). */
  header(major: number): number;
  bytes(): Uint8Array;
  done(): boolean;
};

/** A strict reader for the few definite-length CBOR items a derived proof holds (RFC 8949 §3). */
function cborReader(data: Uint8Array, start: number): CborReader {
  let offset = start;
  const byte = (): number => {
    const value = data[offset++];
    if (value === undefined) throw new RangeError('truncated');
    return value;
  };
  const header = (major: number): number => {
    let initial = byte();
    // Tag 64 (a typed Uint8Array) wraps a byte string in some encoders; read through it.
    if (major === 2 && initial === 0xd8 && data[offset] === 64) {
      offset++;
      initial = byte();
    }
    if (initial >> 5 !== major) throw new RangeError(`expected CBOR major type ${major}`);
    const info = initial & 0x1f;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = byte();
    else if (info === 25) value = byte() * 0x100 + byte();
    else if (info === 26) value = byte() * 0x1000000 + byte() * 0x10000 + byte() * 0x100 + byte();
    else throw new RangeError('unsupported CBOR length');
    if (major !== 0 && major !== 2 && value > MAX_ITEMS) throw new RangeError('too many items');
    return value;
  };
  return {
    header,
    bytes: () => {
      const length = header(2);
      if (offset + length > data.length) throw new RangeError('truncated');
      offset += length;
      return data.slice(offset - length, offset);
    },
    done: () => offset === data.length,
  };
}
