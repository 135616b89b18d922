// Extracts a baked credential from a PNG (Open Badges 2.0 §Baking, OB 3.0 §5.3.1, CLR 2.0):
// iTXt chunks with keyword `openbadgecredential`, `clrcredential` or `openbadges` (compressed
// or not, UTF-8), tEXt and zTXt as fallbacks. Every chunk's CRC is checked; a truncated or corrupt
// file is malformed, and sizes are capped so a hostile image cannot exhaust memory.

import { err, ok, type Result } from '../../shared/result';
import { inflateCapped } from './inflate';

export const BADGE_KEYWORDS = ['openbadgecredential', 'clrcredential', 'openbadges'] as const;
export type BadgeKeyword = (typeof BADGE_KEYWORDS)[number];

/** Largest baked payload accepted (after decompression). */
export const MAX_BAKED_TEXT_BYTES = 1024 * 1024;
/** Largest image accepted. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

export type Baked = { keyword: BadgeKeyword; text: string };
export type BakedError = {
  code: 'image_malformed' | 'image_no_credential' | 'input_too_large';
  detail: string;
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** True when `bytes` starts with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** The first baked credential in a PNG; iTXt wins over tEXt, OB 3.0 keywords over OB 2.0. */
export async function extractFromPng(bytes: Uint8Array): Promise<Result<Baked, BakedError>> {
  if (bytes.length > MAX_IMAGE_BYTES)
    return err({ code: 'input_too_large', detail: `image larger than ${MAX_IMAGE_BYTES} bytes` });
  if (!isPng(bytes)) return malformed('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Array<Baked & { rank: number }> = [];
  let offset = 8;
  for (;;) {
    if (offset + 12 > bytes.length) return malformed('the PNG is truncated');
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length)
      return malformed(`chunk ${sanitize(type)} runs past the end of the file`);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (
      crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)
    ) {
      return malformed(`chunk ${sanitize(type)} fails its CRC check`);
    }
    if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') {
      const text =
        type === 'iTXt'
          ? await readItxt(data)
          : type === 'zTXt'
            ? await readZtxt(data)
            : readText(data);
      if (!text.ok) return text;
      if (text.value !== undefined)
        found.push({
          ...text.value,
          rank: (type === 'iTXt' ? 0 : 10) + BADGE_KEYWORDS.indexOf(text.value.keyword),
        });
    }
    if (type === 'IEND') break;
    offset = end;
  }
  found.sort((a, b) => a.rank - b.rank);
  const best = found[0];
  if (best === undefined)
    return err({ code: 'image_no_credential', detail: 'the image carries no baked credential' });
  return ok({ keyword: best.keyword, text: best.text });
}

async function readItxt(data: Uint8Array): Promise<Result<Baked | undefined, BakedError>> {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return malformed('an iTXt chunk has no keyword');
  const keyword = badgeKeyword(latin1(data.subarray(0, keywordEnd)));
  if (keyword === undefined) return ok(undefined);
  const compressed = data[keywordEnd + 1];
  const method = data[keywordEnd + 2];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd === -1 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd === -1 || (compressed !== 0 && compressed !== 1) || method !== 0)
    return malformed('an iTXt chunk is malformed');
  let text = data.subarray(translatedEnd + 1);
  if (compressed === 1) {
    const inflated = await inflateCapped(text, 'deflate', MAX_BAKED_TEXT_BYTES);
    if (!inflated.ok) return malformed(`the baked credential ${inflated.error}`);
    text = inflated.value;
  }
  if (text.length > MAX_BAKED_TEXT_BYTES)
    return err({ code: 'input_too_large', detail: 'the baked credential is too large' });
  try {
    // iTXt text is UTF-8 by definition; decoding it as Latin-1 breaks names such as "®".
    return ok({ keyword, text: new TextDecoder('utf-8', { fatal: true }).decode(text) });
  } catch {
    return malformed('the baked credential is not UTF-8 text');
  }
}

/** zTXt: keyword, NUL, compression method 0, zlib data (Latin-1 text); accepted leniently. */
async function readZtxt(data: Uint8Array): Promise<Result<Baked | undefined, BakedError>> {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return malformed('a zTXt chunk has no keyword');
  const keyword = badgeKeyword(latin1(data.subarray(0, keywordEnd)));
  if (keyword === undefined) return ok(undefined);
  if (data[keywordEnd + 1] !== 0)
    return malformed('a zTXt chunk uses an unknown compression method');
  const inflated = await inflateCapped(
    data.subarray(keywordEnd + 2),
    'deflate',
    MAX_BAKED_TEXT_BYTES,
  );
  if (!inflated.ok) return malformed(`the baked credential ${inflated.error}`);
  return ok({ keyword, text: latin1(inflated.value) });
}

function readText(data: Uint8Array): Result<Baked | undefined, BakedError> {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return malformed('a tEXt chunk has no keyword');
  const keyword = badgeKeyword(latin1(data.subarray(0, keywordEnd)));
  if (keyword === undefined) return ok(undefined);
  const text = data.subarray(keywordEnd + 1);
  if (text.length > MAX_BAKED_TEXT_BYTES)
    return err({ code: 'input_too_large', detail: 'the baked credential is too large' });
  return ok({ keyword, text: latin1(text) });
}

function badgeKeyword(keyword: string): BadgeKeyword | undefined {
  return BADGE_KEYWORDS.find((candidate) => candidate === keyword);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function sanitize(type: string): string {
  return /^[A-Za-z]{4}$/.test(type) ? type : '(invalid)';
}

function malformed(detail: string): Result<never, BakedError> {
  return err({ code: 'image_malformed', detail });
}

/** CRC-32 (ISO 3309, as PNG uses it). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
