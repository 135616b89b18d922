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
