// Every Ed25519 vector through all three backends: node:crypto (the CLI's verifier, on the main
// thread and in libuv's pool), WebCrypto
// (the MV3 worker) and @noble/ed25519 (where WebCrypto lacks Ed25519).
//
// Policy: a credential verifies everywhere or nowhere. All backends answer as strict RFC 8032
// §5.1.7 with the cofactorless equation [S]B = R + [k]A (what OpenSSL and BoringSSL check):
// S < L, R canonical, and a public key that is a canonical encoding (y < p) of a point not of
// small order — checked on the bytes before any backend (isAcceptedEd25519Key), because OpenSSL
// accepts such keys and with them e.g. A = 01 00…00, sig = 01 00…00 ‖ 0 verifies every message.
// The noble fallback adds the cofactorless check to its cofactored one. Mixed-order keys (aB + T)
// are not rejected; under one equation everywhere they verify alike. ZIP-215 is not followed:
// its 196 small-order cases are all key_malformed here.

import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import * as noble from '@noble/ed25519';
import { hexToBytes } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeEd25519Verifier } from '../../../lib/cli/node-crypto';
import { type SignatureOutcome, verifyEd25519 } from '../../../lib/verify/proofs/ed25519';
import {
  constructedCases,
  type EdgeCase,
  zip215Cases,
  zip215Encodings,
} from '../../vectors/ed25519/edge-cases';
import rfc8032 from '../../vectors/ed25519/rfc8032-7.1.json';
import wycheproof from '../../vectors/ed25519/wycheproof-ed25519-excerpt.json';

type Vector = {
  name: string;
  publicKey: Uint8Array;
  message: Uint8Array;
  signature: Uint8Array;
  expected: SignatureOutcome;
};

const SPKI_PREFIX = hexToBytes('302a300506032b6570032100');

const RFC_VECTORS: Vector[] = rfc8032.vectors.map((v) => ({
  name: `RFC 8032 ${v.name}`,
  publicKey: hexToBytes(v.publicKey),
  message: hexToBytes(v.message),
  signature: hexToBytes(v.signature),
  expected: 'valid',
}));

const WYCHEPROOF_VECTORS: Vector[] = wycheproof.testGroups.flatMap((group) =>
  group.tests.map((test) => ({
    name: `Wycheproof tcId ${test.tcId} ${test.flags.join(',')} ${test.comment}`.trim(),
    publicKey: hexToBytes(group.pk),
    message: hexToBytes(test.msg),
    signature: hexToBytes(test.sig),
    expected: test.result === 'valid' ? 'valid' : 'invalid',
  })),
);

/** Policy outcome of each constructed case, by category (see edge-cases.ts). */
const CONSTRUCTED_EXPECTED: Record<string, SignatureOutcome> = {
  'mixed-order key, k ≢ 0 mod 8': 'invalid',
  'mixed-order key, k ≡ 0 mod 8': 'valid',
  'mixed-order R, honest key': 'invalid',
  'honest signature (control)': 'valid',
};

function withExpected(cases: EdgeCase[], fallback: SignatureOutcome): Vector[] {
  return cases.map((c) => ({ ...c, expected: CONSTRUCTED_EXPECTED[c.name] ?? fallback }));
}

const ZIP215_VECTORS = withExpected(zip215Cases(), 'key_malformed');
const CONSTRUCTED_VECTORS = withExpected(constructedCases(), 'key_malformed');
const ALL_VECTORS = [
  ...RFC_VECTORS,
  ...WYCHEPROOF_VECTORS,
  ...ZIP215_VECTORS,
  ...CONSTRUCTED_VECTORS,
];

const nodeBackend = createNodeEd25519Verifier();
const nodePoolBackend = createNodeEd25519Verifier({ inPool: true });

const BACKENDS = {
  'node:crypto': async (v: Vector) => nodeBackend(v.publicKey, v.message, v.signature),
  "node:crypto in libuv's pool (the CLI's batches)": async (v: Vector) =>
    nodePoolBackend(v.publicKey, v.message, v.signature),
  WebCrypto: async (v: Vector) => verifyEd25519(v.publicKey, v.message, v.signature),
  '@noble/ed25519': async (v: Vector) => {
    const importKey = vi
      .spyOn(crypto.subtle, 'importKey')
      .mockRejectedValue(new DOMException('Ed25519 unsupported', 'NotSupportedError'));
    try {
      return await verifyEd25519(v.publicKey, v.message, v.signature);
    } finally {
      importKey.mockRestore();
    }
  },
} satisfies Record<string, (v: Vector) => Promise<SignatureOutcome>>;

describe('the vectors themselves', () => {
  it('reproduces every RFC 8032 §7.1 signature from its secret key with node:crypto', async () => {
    const { sign, createPrivateKey } = await import('node:crypto');
    for (const v of rfc8032.vectors) {
      const secret = createPrivateKey({
        key: Buffer.concat([
          hexToBytes('302e020100300506032b657004220420'),
          hexToBytes(v.secretKey),
        ]),
        format: 'der',
        type: 'pkcs8',
      });
      expect(sign(null, hexToBytes(v.message), secret).toString('hex'), v.name).toBe(v.signature);
    }
  });

  it('has every valid Wycheproof test verify with raw node:crypto (no transcription errors)', () => {
    for (const v of WYCHEPROOF_VECTORS.filter((w) => w.expected === 'valid')) {
      expect(rawNode(v), v.name).toBe(true);
    }
  });

  it('derives the S + nL malleability tests (tcId 63–66) from tcId 3', () => {
    const base = WYCHEPROOF_VECTORS.find((v) => v.name.startsWith('Wycheproof tcId 3 '));
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    const s = toNumberLE(base?.signature.subarray(32) ?? new Uint8Array());
    const derived = [1n, 2n, 4n, 8n].map((n) => toHexLE(s + n * L));
    const published = [63, 64, 65, 66].map((id) =>
      Buffer.from(
        WYCHEPROOF_VECTORS.find((v) =>
          v.name.startsWith(`Wycheproof tcId ${id} `),
        )?.signature.subarray(32) ?? [],
      ).toString('hex'),
    );
    expect(published).toEqual(derived);
  });

  it('builds ZIP-215’s 14 encodings in its published order', () => {
    const hex = zip215Encodings().map((e) => Buffer.from(e).toString('hex'));
    expect(hex.slice(0, 3)).toEqual([
      '0100000000000000000000000000000000000000000000000000000000000000',
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
      '0000000000000000000000000000000000000000000000000000000000000080',
    ]);
    expect(hex.slice(8)).toEqual([
      '0100000000000000000000000000000000000000000000000000000000000080',
      'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    ]);
    expect(ZIP215_VECTORS).toHaveLength(196);
  });

  it('has all 196 ZIP-215 cases valid under @noble/ed25519’s ZIP-215 mode', async () => {
    for (const v of ZIP215_VECTORS) {
      expect(await noble.verifyAsync(v.signature, v.message, v.publicKey), v.name).toBe(true);
    }
  });
});

describe.each(Object.entries(BACKENDS))('%s under the Credlens policy', (_name, run) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(ALL_VECTORS)('$name → $expected', async (v) => {
    expect(await run(v)).toBe(v.expected);
  });
});

// What the raw libraries do without the policy: the divergences the wrapper removes.
describe('raw backends, without the policy', () => {
  it('OpenSSL accepts 12 ZIP-215 cases (small-order keys, some non-canonical); strict noble none', async () => {
    const openssl = ZIP215_VECTORS.filter((v) => rawNode(v));
    expect(openssl.map((v) => v.name)).toEqual([
      'ZIP-215 A#0 R#0',
      'ZIP-215 A#1 R#2',
      'ZIP-215 A#1 R#5',
      'ZIP-215 A#2 R#0',
      'ZIP-215 A#3 R#1',
      'ZIP-215 A#5 R#3',
      'ZIP-215 A#5 R#5',
      'ZIP-215 A#5 R#6',
      'ZIP-215 A#8 R#0',
      'ZIP-215 A#9 R#4',
      'ZIP-215 A#12 R#0',
      'ZIP-215 A#13 R#0',
    ]);
    for (const v of openssl) expect(await rawWebCrypto(v), v.name).toBe(true);
    for (const v of ZIP215_VECTORS) expect(await rawNobleStrict(v), v.name).toBe(false);
  });

  it('lets the identity key verify any message under OpenSSL', () => {
    const identity = zip215Encodings()[0] ?? new Uint8Array();
    const signature = new Uint8Array(64);
    signature.set(identity, 0);
    const message = new TextEncoder().encode('any credential at all');
    expect(
      rawNode({ name: '', publicKey: identity, message, signature, expected: 'invalid' }),
    ).toBe(true);
  });

  it('splits on mixed-order keys and R: noble is cofactored, OpenSSL cofactorless', async () => {
    const byName = (name: string) => CONSTRUCTED_VECTORS.find((v) => v.name === name) as Vector;
    const cases = [
      'mixed-order key, k ≢ 0 mod 8',
      'mixed-order key, k ≡ 0 mod 8',
      'mixed-order R, honest key',
    ].map(byName);
    expect(cases.map(rawNode)).toEqual([false, true, false]);
    expect(await Promise.all(cases.map(rawWebCrypto))).toEqual([false, true, false]);
    expect(await Promise.all(cases.map(rawNobleStrict))).toEqual([true, true, true]);
  });

  it('refuses every non-canonical key under strict noble', async () => {
    const keys = CONSTRUCTED_VECTORS.filter((v) => v.name.startsWith('non-canonical key'));
    expect(keys.length).toBeGreaterThan(0);
    for (const v of keys) expect(await rawNobleStrict(v), v.name).toBe(false);
  });
});

function rawNode(v: Vector): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, v.publicKey]),
      format: 'der',
      type: 'spki',
    });
    return nodeVerify(null, v.message, key, v.signature);
  } catch {
    return false;
  }
}

async function rawWebCrypto(v: Vector): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      new Uint8Array(v.publicKey),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      new Uint8Array(v.signature),
      new Uint8Array(v.message),
    );
  } catch {
    return false;
  }
}

async function rawNobleStrict(v: Vector): Promise<boolean> {
  try {
    return await noble.verifyAsync(v.signature, v.message, v.publicKey, { zip215: false });
  } catch {
    return false;
  }
}

function toNumberLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  return n;
}

function toHexLE(value: bigint): string {
  const bytes = new Uint8Array(32);
  let rest = value;
  for (let i = 0; i < 32; i++) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return Buffer.from(bytes).toString('hex');
}
