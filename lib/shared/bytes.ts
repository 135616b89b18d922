// Small byte helpers shared by the streaming readers (network bodies, inflated data).

/** One array holding `chunks` back to back; `total` is their summed length. */
export function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Everything `reader` yields, or `undefined` as soon as it passes `maxBytes` (the reader is then
 * cancelled, so a huge body or a compression bomb costs at most the cap). Read errors propagate.
 */
export async function readAtMost(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return concatChunks(chunks, total);
}
