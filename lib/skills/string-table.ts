/**
 * The binary layout the extension ships the skills pack in: a table of strings the popup reads
 * straight out of the fetched bytes. JSON made it parse 7.8 MB into 200,000 strings before the
 * first lookup (about 100 ms of a 150 ms budget); this layout needs no parse at all, and lookups
 * compare UTF-8 bytes, whose order is the code-point order the pack is sorted in.
 *
 * Layout, little-endian: `u32 magic, u32 count, u32 byteLength`, then `i32 offsets[count + 1]`,
 * `i32 column[count]` (one integer per string: a term's owner, a skill's place in id order), then
 * the strings' UTF-8 bytes, each followed by a newline (so the whole can be decoded and split at
 * once when every string is wanted).
 * @module
 */

const MAGIC = 0x31425453; // "STB1"
const HEADER_BYTES = 12;
const NEWLINE = 0x0a;

/** A decoded table: views into the fetched buffer, nothing copied. */
export interface StringTable {
  readonly count: number;
  /** `offsets[i]` is where string `i` starts in `bytes`; it ends one byte (the newline) before `offsets[i + 1]`. */
  readonly offsets: Int32Array;
  readonly column: Int32Array;
  readonly bytes: Uint8Array;
}

/** Writes `strings` (none may hold a newline) and one integer per string. */
export function encodeStringTable(
  strings: readonly string[],
  column: readonly number[],
): Uint8Array {
  if (column.length !== strings.length) throw new Error('string table: one integer per string');
  const encoder = new TextEncoder();
  const encoded = strings.map((s) => {
    if (s.includes('\n')) throw new Error(`string table: a newline in ${JSON.stringify(s)}`);
    return encoder.encode(s);
  });
  const byteLength = encoded.reduce((sum, e) => sum + e.length + 1, 0);
  const count = strings.length;
  const start = HEADER_BYTES + 4 * (count + 1) + 4 * count;
  const out = new Uint8Array(start + byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, count, true);
  view.setUint32(8, byteLength, true);
  let at = 0;
  encoded.forEach((e, i) => {
    view.setInt32(HEADER_BYTES + 4 * i, at, true);
    view.setInt32(HEADER_BYTES + 4 * (count + 1) + 4 * i, column[i] as number, true);
    out.set(e, start + at);
    out[start + at + e.length] = NEWLINE;
    at += e.length + 1;
  });
  view.setInt32(HEADER_BYTES + 4 * count, at, true);
  return out;
}

/** Reads a table; throws when the bytes are not one (a damaged or foreign file). */
export function decodeStringTable(buffer: ArrayBuffer): StringTable {
  const head = buffer.byteLength >= HEADER_BYTES ? new Uint32Array(buffer, 0, 3) : undefined;
  const [magic, count = 0, byteLength = 0] = head ?? [];
  const start = HEADER_BYTES + 8 * count + 4;
  if (magic !== MAGIC || start + byteLength !== buffer.byteLength)
    throw new Error('skills pack: not a Credlens string table');
  return {
    count,
    offsets: new Int32Array(buffer, HEADER_BYTES, count + 1),
    column: new Int32Array(buffer, HEADER_BYTES + 4 * (count + 1), count),
    bytes: new Uint8Array(buffer, start, byteLength),
  };
}

/** String `i`'s bytes (a view). */
export function bytesAt(table: StringTable, i: number): Uint8Array {
  return table.bytes.subarray(table.offsets[i], (table.offsets[i + 1] as number) - 1);
}

/** Every string, decoded at once (for the few uses that want them all). */
export function allStrings(table: StringTable): string[] {
  const text = new TextDecoder().decode(table.bytes);
  return text === '' ? [] : text.slice(0, -1).split('\n');
}

/**
 * Compares string `i` with `key` byte by byte, up to `stop` in the string when given (a skill
 * row's id ends at its first tab): negative when string `i` sorts first.
 */
export function compareAt(table: StringTable, i: number, key: Uint8Array, stop?: number): number {
  const { bytes, offsets } = table;
  const from = offsets[i] as number;
  let end = (offsets[i + 1] as number) - 1;
  if (stop !== undefined) {
    const cut = bytes.indexOf(stop, from);
    if (cut !== -1 && cut < end) end = cut;
  }
  const length = end - from;
  const shorter = Math.min(length, key.length);
  for (let k = 0; k < shorter; k++) {
    const diff = (bytes[from + k] as number) - (key[k] as number);
    if (diff !== 0) return diff;
  }
  return length - key.length;
}

/** Does string `i` start with `prefix`? */
export function startsWithAt(table: StringTable, i: number, prefix: Uint8Array): boolean {
  const { bytes, offsets } = table;
  const from = offsets[i] as number;
  if ((offsets[i + 1] as number) - 1 - from < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (bytes[from + k] !== prefix[k]) return false;
  return true;
}

/** First index in `0..count` whose string (at `order[index]` when given) is not below `key`. */
export function lowerBoundBytes(
  table: StringTable,
  key: Uint8Array,
  order?: Int32Array,
  stop?: number,
): number {
  let lo = 0;
  let hi = table.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = order ? (order[mid] as number) : mid;
    if (compareAt(table, row, key, stop) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
