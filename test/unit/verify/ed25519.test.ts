// The Ed25519 wrapper: RFC 8032 vectors through WebCrypto, and the same answers through the
// @noble/ed25519 fallback when the runtime lacks Ed25519 in WebCrypto.

import * as noble from '@noble/ed25519';
import { hexToBytes } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyEd25519 } from '../../../lib/verify/proofs/ed25519';

// RFC 8032 §7.1 "Test Vectors for Ed25519", TEST 1–3 (public key, message, signature).
const RFC8032_VECTORS = [
  {
    name: 'TEST 1 (empty message)',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2 (one byte)',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3 (two bytes)',
    publicKey: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
].map((v) => ({
  name: v.name,
  publicKey: hexToBytes(v.publicKey),
  message: hexToBytes(v.message),
  signature: hexToBytes(v.signature),
}));

function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index >> 3] = (copy[index >> 3] ?? 0) ^ (1 << (index & 7));
  return copy;
}

type Case = {
  label: string;
  args: readonly [Uint8Array, Uint8Array, Uint8Array];
  expected: 'valid' | 'invalid';
};

/** Every case the wrapper must answer identically on both paths. */
function cases(): Case[] {
  return RFC8032_VECTORS.flatMap((v) => [
    {
      label: `${v.name} verifies`,
      args: [v.publicKey, v.message, v.signature] as const,
      expected: 'valid' as const,
    },
    {
      label: `${v.name} with a flipped signature bit`,
      args: [v.publicKey, v.message, flipBit(v.signature, 5)] as const,
      expected: 'invalid' as const,
    },
    {
      label: `${v.name} with a flipped S bit`,
      args: [v.publicKey, v.message, flipBit(v.signature, 300)] as const,
      expected: 'invalid' as const,
    },
    {
      label: `${v.name} with a changed message`,
      args: [v.publicKey, flipBit(new Uint8Array([...v.message, 0]), 0), v.signature] as const,
      expected: 'invalid' as const,
    },
    {
      label: `${v.name} with another vector's key`,
      args: [
        RFC8032_VECTORS[(RFC8032_VECTORS.indexOf(v) + 1) % 3]?.publicKey ?? v.publicKey,
        v.message,
        v.signature,
      ] as const,
      expected: 'invalid' as const,
    },
  ]);
}

describe('verifyEd25519 (WebCrypto)', () => {
  it.each(cases())('$label → $expected', async ({ args, expected }) => {
    expect(await verifyEd25519(args[0], args[1], args[2])).toBe(expected);
  });

  it('returns key_malformed for a key that is not 32 bytes', async () => {
    const v = RFC8032_VECTORS[0];
    if (v === undefined) throw new Error('no vector');
    expect(await verifyEd25519(v.publicKey.slice(0, 31), v.message, v.signature)).toBe(
      'key_malformed',
    );
    expect(await verifyEd25519(new Uint8Array(33), v.message, v.signature)).toBe('key_malformed');
    expect(await verifyEd25519(new Uint8Array(0), v.message, v.signature)).toBe('key_malformed');
  });

  it('returns invalid for a signature that is not 64 bytes', async () => {
    const v = RFC8032_VECTORS[1];
    if (v === undefined) throw new Error('no vector');
    expect(await verifyEd25519(v.publicKey, v.message, v.signature.slice(0, 63))).toBe('invalid');
    expect(await verifyEd25519(v.publicKey, v.message, new Uint8Array([...v.signature, 0]))).toBe(
      'invalid',
    );
  });

  it('verifies a key held in a view over a larger buffer', async () => {
    const v = RFC8032_VECTORS[2];
    if (v === undefined) throw new Error('no vector');
    const backing = new Uint8Array(100);
    backing.set(v.publicKey, 10);
    expect(await verifyEd25519(backing.subarray(10, 42), v.message, v.signature)).toBe('valid');
  });
});

describe('verifyEd25519 (noble fallback)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const withoutWebCryptoEd25519 = () =>
    vi
      .spyOn(crypto.subtle, 'importKey')
      .mockRejectedValue(new DOMException('Ed25519 unsupported', 'NotSupportedError'));

  it.each(cases())('$label → $expected', async ({ args, expected }) => {
    const importKey = withoutWebCryptoEd25519();
    expect(await verifyEd25519(args[0], args[1], args[2])).toBe(expected);
    expect(importKey).toHaveBeenCalled();
  });

  it('agrees with @noble/ed25519 in strict RFC 8032 mode', async () => {
    for (const v of RFC8032_VECTORS) {
      expect(await noble.verifyAsync(v.signature, v.message, v.publicKey, { zip215: false })).toBe(
        true,
      );
      expect(
        await noble.verifyAsync(flipBit(v.signature, 5), v.message, v.publicKey, { zip215: false }),
      ).toBe(false);
    }
  });

  it('returns key_malformed when WebCrypto refuses the key for another reason', async () => {
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(
      new DOMException('bad key', 'DataError'),
    );
    const v = RFC8032_VECTORS[0];
    if (v === undefined) throw new Error('no vector');
    expect(await verifyEd25519(v.publicKey, v.message, v.signature)).toBe('key_malformed');
  });
});
