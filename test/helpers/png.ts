// A tiny PNG builder for baking tests: the signature, a 1x1 greyscale IHDR/IDAT, IEND and any
// text chunks (iTXt compressed or not, tEXt, zTXt), each with a correct CRC-32 — plus ways to
// break a file (bad CRC, truncation, a length that runs past the end). CRC-32 is computed here
// rather than taken from the code under test, so a shared bug cannot cancel itself out.

import { deflateSync } from 'node:zlib';

export type PngChunk = { type: string; data: Uint8Array };

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG uses it (ISO 3309, table-driven). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (text: string) => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** One chunk as bytes: length, type, data, CRC over type and data. */
export function encodeChunk({ type, data }: PngChunk): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An iTXt chunk (text is UTF-8); `compressed` deflates it with zlib. */
export function itxt(
  keyword: string,
  text: string,
  options: { compressed?: boolean; language?: string; translated?: string } = {},
): PngChunk {
  const body = options.compressed ? deflateSync(utf8(text)) : utf8(text);
  return itxtRaw(keyword, body, options.compressed ? 1 : 0, options);
}

/** An iTXt chunk with a raw payload and compression flag (for bombs and corrupt streams). */
export function itxtRaw(
  keyword: string,
  payload: Uint8Array,
  compressionFlag: number,
  options: { language?: string; translated?: string; method?: number } = {},
): PngChunk {
  const head = concat(
    latin1(keyword),
    Uint8Array.of(0, compressionFlag, options.method ?? 0),
    latin1(options.language ?? ''),
    Uint8Array.of(0),
    utf8(options.translated ?? ''),
    Uint8Array.of(0),
  );
  return { type: 'iTXt', data: concat(head, payload) };
}

/** A tEXt chunk (Latin-1). */
export function text(keyword: string, value: string): PngChunk {
  return { type: 'tEXt', data: concat(latin1(keyword), Uint8Array.of(0), latin1(value)) };
}

/** A zTXt chunk (Latin-1, zlib-compressed). */
export function ztxt(keyword: string, value: string): PngChunk {
  return {
    type: 'zTXt',
    data: concat(latin1(keyword), Uint8Array.of(0, 0), deflateSync(latin1(value))),
  };
}

const IHDR: PngChunk = {
  // 1x1, bit depth 8, greyscale, deflate, no filter, no interlace.
  type: 'IHDR',
  data: Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0),
};
const IDAT: PngChunk = { type: 'IDAT', data: deflateSync(Uint8Array.of(0, 0x80)) };
const IEND: PngChunk = { type: 'IEND', data: new Uint8Array(0) };

/** A valid 1x1 PNG carrying `chunks` between IHDR and IDAT (where bakers put them). */
export function buildPng(chunks: PngChunk[] = [], options: { afterIdat?: PngChunk[] } = {}) {
  return concat(
    PNG_SIGNATURE,
    ...[IHDR, ...chunks, IDAT, ...(options.afterIdat ?? []), IEND].map(encodeChunk),
  );
}

/** Where each chunk starts (its length field) in `png`, in file order. */
export function chunkOffsets(png: Uint8Array): Array<{ type: string; offset: number }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Array<{ type: string; offset: number }> = [];
  for (let offset = 8; offset + 12 <= png.length; ) {
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    found.push({ type, offset });
    offset += 12 + view.getUint32(offset);
  }
  return found;
}

function offsetOf(png: Uint8Array, type: string): number {
  const found = chunkOffsets(png).find((c) => c.type === type);
  if (found === undefined) throw new Error(`no ${type} chunk`);
  return found.offset;
}

/** A copy of `png` whose first `type` chunk has a wrong CRC. */
export function corruptCrc(png: Uint8Array, type: string): Uint8Array {
  const copy = png.slice();
  const offset = offsetOf(copy, type);
  const length = new DataView(copy.buffer).getUint32(offset);
  const at = offset + 8 + length + 3;
  copy[at] = (copy[at] as number) ^ 0xff;
  return copy;
}

/** A copy of `png` whose first `type` chunk claims `extra` more bytes than the file holds. */
export function overstateLength(png: Uint8Array, type: string, extra = 1_000): Uint8Array {
  const copy = png.slice();
  const view = new DataView(copy.buffer);
  const offset = offsetOf(copy, type);
  view.setUint32(offset, view.getUint32(offset) + extra);
  return copy;
}

/** The first `length` bytes of `png` (a negative length drops that many from the end). */
export function truncate(png: Uint8Array, length: number): Uint8Array {
  return png.slice(0, length);
}
