// Property tests for baked images: random bytes behind a PNG signature, byte flips and
// truncations of a valid baked PNG, a re-baked credential with one byte changed, and random text
// inside <svg>. Extraction never throws or hangs, and verifyCredential never says `verified` for
// anything but the intact original.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CredentialInput,
  type VerificationStatus,
  verifyCredential,
} from '../../../../lib/verify';
import { extractFromPng } from '../../../../lib/verify/baked/png';
import { extractFromSvg } from '../../../../lib/verify/baked/svg';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../../helpers/issue';
import { buildPng, itxt, PNG_SIGNATURE } from '../../../helpers/png';

const OB3 = 'https://purl.imsglobal.org/ob/v3p0';
const LIMIT_MS = 1_000;

let credentialText: string;
let baked: Uint8Array;
beforeAll(async () => {
  const key = await testKey(23);
  credentialText = JSON.stringify(
    await issue(openBadge(key.did, { name: 'Kubernetes® Administrator 🚀' }), { key }),
  );
  baked = buildPng([itxt('openbadgecredential', credentialText)]);
});

async function bounded<T>(work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const value = await work();
  expect(performance.now() - started).toBeLessThan(LIMIT_MS);
  return value;
}

async function statusOf(input: CredentialInput): Promise<VerificationStatus> {
  const result = await bounded(() =>
    verifyCredential(input, { fetch: fakeFetch(), now: fixedClock() }),
  );
  return result.status;
}

/** Extraction resolves to a result within the bound, never throwing. */
async function extractsSafely(png: Uint8Array): Promise<void> {
  const found = await bounded(() => extractFromPng(png));
  expect(typeof found.ok).toBe('boolean');
  if (!found.ok)
    expect(['image_malformed', 'image_no_credential', 'input_too_large']).toContain(
      found.error.code,
    );
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

describe('baked PNG properties', () => {
  it('verifies the intact baked PNG (the control)', async () => {
    expect(await statusOf({ kind: 'bytes', bytes: baked })).toBe('verified');
  });

  it('never throws or verifies random bytes after a PNG signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (tail) => {
        const png = new Uint8Array([...PNG_SIGNATURE, ...tail]);
        await extractsSafely(png);
        expect(await statusOf({ kind: 'bytes', bytes: png })).not.toBe('verified');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, and verifies only the original, under byte flips and truncations', async () => {
    const flips = fc.array(
      fc.record({ at: fc.nat({ max: 1_000_000 }), xor: fc.integer({ min: 1, max: 255 }) }),
      { minLength: 1, maxLength: 4 },
    );
    const mutation = fc.oneof(
      flips.map((list) => ({ flips: list, cut: undefined as number | undefined })),
      fc.nat({ max: 1_000_000 }).map((cut) => ({ flips: [], cut })),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ flips: list, cut }) => {
        const png = baked.slice(0, cut === undefined ? baked.length : cut % baked.length);
        for (const { at, xor } of list) {
          const i = at % png.length;
          png[i] = (png[i] as number) ^ xor;
        }
        await extractsSafely(png);
        const status = await statusOf({ kind: 'bytes', bytes: png });
        if (sameBytes(png, baked)) expect(status).toBe('verified');
        else expect(status).not.toBe('verified');
      }),
      { numRuns: 200 },
    );
  });

  it('never verifies a credential re-baked (valid CRCs) with one byte of its text changed', async () => {
    const bytes = new TextEncoder().encode(credentialText);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const changed = bytes.slice();
          changed[at] = (changed[at] as number) ^ xor;
          const text = new TextDecoder().decode(changed);
          const png = buildPng([itxt('openbadgecredential', text)]);
          const status = await statusOf({ kind: 'bytes', bytes: png });
          if (text === credentialText) expect(status).toBe('verified');
          else expect(status).not.toBe('verified');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('baked SVG properties', () => {
  const markup = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '/',
        '"',
        "'",
        '=',
        '&',
        ';',
        '#',
        '[',
        ']',
        '!',
        '-',
        ' ',
        '{',
        '}',
      ),
      fc.constantFrom('openbadges:credential', 'verify', 'CDATA', 'xmlns:ob', OB3, '&amp;', '&#'),
      fc.string({ maxLength: 3 }),
    ),
    maxLength: 60,
  });
  const document = fc.oneof(
    fc.string({ maxLength: 300 }).map((s) => `<svg>${s}</svg>`),
    markup.map((s) => `<svg xmlns:openbadges="${OB3}">${s}</svg>`),
    markup.map(
      (s) =>
        `<svg xmlns:openbadges="${OB3}"><openbadges:credential>${s}</openbadges:credential></svg>`,
    ),
    markup.map(
      (s) => `<svg xmlns:openbadges="${OB3}"><openbadges:credential verify="${s}"/></svg>`,
    ),
  );

  it('never throws, hangs or verifies random content inside <svg>', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const found = await bounded(() => extractFromSvg(text));
        expect(typeof found.ok).toBe('boolean');
        expect(await statusOf({ kind: 'text', text })).not.toBe('verified');
      }),
      { numRuns: 200 },
    );
  });
});
