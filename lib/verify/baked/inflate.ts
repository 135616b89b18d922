// Bounded decompression through the platform's DecompressionStream (Node 18+, MV3 workers):
// reading stops as soon as the output passes the cap, so a compression bomb costs at most the
// cap in memory and a few milliseconds.

import { concatChunks } from '../../shared/bytes';
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
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return err(`inflates beyond ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch {
    return err('is corrupt compressed data');
  }
  return ok(concatChunks(chunks, total));
}
