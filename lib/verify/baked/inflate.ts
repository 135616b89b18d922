// Bounded decompression through the platform's DecompressionStream (Node 18+, MV3 workers):
// reading stops as soon as the output passes the cap, so a compression bomb costs at most the
// cap in memory and a few milliseconds.

import { readAtMost } from '../../shared/bytes';
import { err, ok, type Result } from '../../shared/result';

/** Inflates `data` (zlib `deflate` or `gzip`), failing once the output exceeds `maxBytes`. */
export async function inflateCapped(
  data: Uint8Array,
  format: 'deflate' | 'gzip',
  maxBytes: number,
): Promise<Result<Uint8Array, string>> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream(format))
    .getReader();
  let inflated: Uint8Array | undefined;
  try {
    inflated = await readAtMost(reader, maxBytes);
  } catch {
    return err('is corrupt compressed data');
  }
  return inflated === undefined ? err(`inflates beyond ${maxBytes} bytes`) : ok(inflated);
}
