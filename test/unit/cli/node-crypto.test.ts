// The CLI's SHA-2 (node:crypto) must hash exactly as the default (@noble/hashes) does: a proof's
// hash data is built from it, so any difference would turn valid signatures invalid in one host.

import { generateKeyPairSync, sign } from 'node:crypto';
import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { createNodeEd25519Verifier, nodeTextDigest } from '../../../lib/cli/node-crypto';

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

describe('createNodeEd25519Verifier', () => {
  it.each([false, true])(
    'verifies, rejects a forged signature, and refuses keys the policy refuses (in pool: %s)',
    async (inPool) => {
      const verifier = createNodeEd25519Verifier({ inPool });
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
      const message = new TextEncoder().encode('hash data');
      const signature = new Uint8Array(sign(null, message, privateKey));
      const forged = signature.slice();
      forged[0] = (forged[0] ?? 0) ^ 1;
      // Twice each: the second answer comes from the remembered key.
      for (let round = 0; round < 2; round++) {
        expect(await verifier(raw, message, signature)).toBe('valid');
        expect(await verifier(raw, message, forged)).toBe('invalid');
        expect(await verifier(raw, message, signature.subarray(0, 63))).toBe('invalid');
        // A small-order key (the identity point), which OpenSSL itself would take.
        const identity = new Uint8Array(32);
        identity[0] = 1;
        expect(await verifier(identity, message, signature)).toBe('key_malformed');
        expect(await verifier(raw.subarray(0, 31), message, signature)).toBe('key_malformed');
      }
    },
  );
});
