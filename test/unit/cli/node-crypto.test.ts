// The CLI's SHA-2 (node:crypto) must hash exactly as the default (@noble/hashes) does: a proof's
// hash data is built from it, so any difference would turn valid signatures invalid in one host.

import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { nodeTextDigest } from '../../../lib/cli/node-crypto';

const TEXTS = [
  '',
  '<https://example.org/a> <https://schema.org/name> "Ada" .\n',
  // Non-ASCII: the digest is of UTF-8 bytes, not of UTF-16 code units or Latin-1.
  '_:c14n0 <https://schema.org/name> "Zoë Ürün 李明 👩‍💻"@und .\n',
  'x'.repeat(100_000),
];

describe('nodeTextDigest', () => {
  it.each(TEXTS.map((text) => [text.slice(0, 24), text]))(
    'equals @noble/hashes for SHA-256 and SHA-384 (%j)',
    (_, text) => {
      const bytes = new TextEncoder().encode(text);
      expect(nodeTextDigest('SHA-256', text)).toEqual(sha256(bytes));
      expect(nodeTextDigest('SHA-384', text)).toEqual(sha384(bytes));
    },
  );

  it('returns a plain Uint8Array of the algorithm length', () => {
    const digest = nodeTextDigest('SHA-384', 'a');
    expect(digest.constructor).toBe(Uint8Array);
    expect(digest.length).toBe(48);
    expect(nodeTextDigest('SHA-256', 'a').length).toBe(32);
  });
});
