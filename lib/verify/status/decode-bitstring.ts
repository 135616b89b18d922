// Decodes a status list's `encodedList` (Bitstring Status List §3.2 / StatusList2021): multibase
// `u` + base64url of a GZIP-compressed bitstring. Decoding is lenient (a missing `u`, padding,
// standard base64 characters — all seen in published fixtures) and bounded: inflating stops at
// a size cap, so a gzip bomb is a clear error rather than a hang or an out-of-memory crash.

import { base64 } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';
import { inflateCapped } from '../baked';

/** Largest uncompressed bitstring accepted: 32 Mi entries of one bit. */
export const MAX_BITSTRING_BYTES = 4 * 1024 * 1024;
/** Longest `encodedList` accepted before decoding. */
export const MAX_ENCODED_LIST_CHARS = 2 * 1024 * 1024;

export type DecodedList = { bits: Uint8Array; hadMultibasePrefix: boolean };
export type DecodeError = { code: 'status_list_invalid'; detail: string };

/** The uncompressed bitstring of an encodedList. */
export async function decodeEncodedList(
  encoded: string,
): Promise<Result<DecodedList, DecodeError>> {
  if (encoded.length === 0 || encoded.length > MAX_ENCODED_LIST_CHARS) {
    return err({ code: 'status_list_invalid', detail: 'encodedList is empty or too long' });
  }
  const hadMultibasePrefix = encoded.startsWith('u');
  const body = hadMultibasePrefix ? encoded.slice(1) : encoded;
  const compressed = decodeLenientBase64(body);
  if (compressed === undefined)
    return err({ code: 'status_list_invalid', detail: 'encodedList is not base64url' });
  if (compressed[0] !== 0x1f || compressed[1] !== 0x8b) {
    return err({ code: 'status_list_invalid', detail: 'encodedList is not GZIP data' });
  }
  const bits = await inflateCapped(compressed, 'gzip', MAX_BITSTRING_BYTES);
  if (!bits.ok)
    return err({ code: 'status_list_invalid', detail: `the status list ${bits.error}` });
  return ok({ bits: bits.value, hadMultibasePrefix });
}

/** The value of entry `index` when each entry is `size` bits wide (MSB-first), or undefined out of range. */
export function readEntry(bits: Uint8Array, index: number, size = 1): number | undefined {
  const first = index * size;
  if (!Number.isSafeInteger(first) || first < 0 || first + size > bits.length * 8) return undefined;
  let value = 0;
  for (let bit = first; bit < first + size; bit++) {
    value = (value << 1) | (((bits[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
  }
  return value;
}

function decodeLenientBase64(text: string): Uint8Array | undefined {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(standard) || standard.length % 4 === 1) return undefined;
  try {
    return base64.decode(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
}
