// Baked PNG badges (STANDARDS §4.5, §1 point 8): extractFromPng reads iTXt (plain or deflated,
// UTF-8) and tEXt, prefers iTXt and OB 3.0 keywords, and refuses broken or hostile files as
// image_malformed. End to end, a baked credential verifies exactly like the JSON it carries.

import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../../../lib/verify';
import { extractFromPng, MAX_BAKED_TEXT_BYTES } from '../../../../lib/verify/baked/png';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../../helpers/issue';
import {
  buildPng,
  corruptCrc,
  itxt,
  itxtRaw,
  overstateLength,
  text,
  truncate,
  ztxt,
} from '../../../helpers/png';

const UNICODE = '{"name":"Kubernetes® Administrator 🚀","note":"Ünïcödé ✓"}';

async function extracted(png: Uint8Array) {
  const found = await extractFromPng(png);
  if (!found.ok) throw new Error(`expected a credential, got ${found.error.code}`);
  return found.value;
}

async function failure(png: Uint8Array) {
  const found = await extractFromPng(png);
  if (found.ok) throw new Error('expected extraction to fail');
  return found.error;
}

describe('extractFromPng', () => {
  it('reads an uncompressed iTXt openbadgecredential chunk as UTF-8 (® and emoji intact)', async () => {
    expect(await extracted(buildPng([itxt('openbadgecredential', UNICODE)]))).toEqual({
      keyword: 'openbadgecredential',
      text: UNICODE,
    });
  });

  it('reads a compressed iTXt chunk with a language tag and translated keyword', async () => {
    const png = buildPng([
      itxt('openbadgecredential', UNICODE, { compressed: true, language: 'en', translated: 'Ä' }),
    ]);
    expect((await extracted(png)).text).toBe(UNICODE);
  });

  it('reads a chunk placed after IDAT', async () => {
    const png = buildPng([], { afterIdat: [itxt('clrcredential', '{"a":1}')] });
    expect(await extracted(png)).toEqual({ keyword: 'clrcredential', text: '{"a":1}' });
  });

  it('falls back to a tEXt openbadges chunk (the legacy hosted-URL form)', async () => {
    const png = buildPng([text('Software', 'Badgr'), text('openbadges', 'https://a.example/1')]);
    expect(await extracted(png)).toEqual({ keyword: 'openbadges', text: 'https://a.example/1' });
  });

  it('prefers iTXt over tEXt, whatever their order', async () => {
    const png = buildPng([
      text('openbadgecredential', 'from-text'),
      itxt('openbadges', 'from-itxt'),
    ]);
    expect(await extracted(png)).toEqual({ keyword: 'openbadges', text: 'from-itxt' });
  });

  it('prefers openbadgecredential over openbadges, whatever their order', async () => {
    const png = buildPng([itxt('openbadges', 'ob2'), itxt('openbadgecredential', 'ob3')]);
    expect(await extracted(png)).toEqual({ keyword: 'openbadgecredential', text: 'ob3' });
  });

  it('ignores text chunks with other keywords and reads keywords case-sensitively', async () => {
    const png = buildPng([itxt('Description', 'hi'), itxt('OpenBadges', 'x'), text('Title', 'y')]);
    expect(await failure(png)).toMatchObject({ code: 'image_no_credential' });
  });

  it('returns image_no_credential for a plain PNG', async () => {
    expect(await failure(buildPng())).toMatchObject({ code: 'image_no_credential' });
  });

  it('reads a zTXt openbadges chunk (STANDARDS §4.5: accept tEXt/zTXt)', async () => {
    // Regression (fixed): lib/verify/baked/png.ts extractFromPng handles only iTXt and tEXt chunks. Input: a
    // valid PNG whose only badge chunk is zTXt keyword `openbadges`, text `https://a.example/1`.
    // Expected (STANDARDS §4.5 "Be lenient: accept tEXt/zTXt"): { keyword: 'openbadges', text:
    // 'https://a.example/1' }. Actual: image_no_credential.
    const png = buildPng([ztxt('openbadges', 'https://a.example/1')]);
    expect(await extracted(png)).toEqual({ keyword: 'openbadges', text: 'https://a.example/1' });
  });

  it.each([
    ['a bad CRC on the badge chunk', () => corruptCrc(buildPng([itxt('openbadges', 'x')]), 'iTXt')],
    ['a bad CRC on another chunk', () => corruptCrc(buildPng([itxt('openbadges', 'x')]), 'IDAT')],
    ['a file truncated inside a chunk', () => truncate(buildPng([itxt('openbadges', 'xyz')]), 50)],
    ['a file cut before IEND', () => truncate(buildPng([itxt('openbadges', 'x')]), -12)],
    [
      'a chunk length past the end',
      () => overstateLength(buildPng([itxt('openbadges', 'x')]), 'iTXt'),
    ],
    ['a file that is only the signature', () => truncate(buildPng(), 8)],
    ['a JPEG', () => Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46)],
    [
      'an iTXt chunk with compression method 1',
      () => buildPng([itxtRaw('openbadges', Uint8Array.of(0x78), 1, { method: 1 })]),
    ],
    [
      'a compressed iTXt chunk with corrupt zlib data',
      () => buildPng([itxtRaw('openbadges', Uint8Array.of(1, 2, 3, 4), 1)]),
    ],
    [
      'an iTXt chunk whose text is not UTF-8',
      () => buildPng([itxtRaw('openbadges', Uint8Array.of(0x7b, 0xff, 0x7d), 0)]),
    ],
  ])('returns image_malformed for %s', async (_, make) => {
    expect(await failure(make())).toMatchObject({ code: 'image_malformed' });
  });

  it('returns image_malformed quickly for a deflate bomb in a compressed iTXt chunk', async () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024));
    const png = buildPng([itxtRaw('openbadgecredential', bomb, 1)]);
    const started = performance.now();
    const error = await failure(png);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe('image_malformed');
    expect(error.detail).toContain(`inflates beyond ${MAX_BAKED_TEXT_BYTES} bytes`);
  });

  it('returns input_too_large for an uncompressed payload over the cap', async () => {
    const png = buildPng([itxt('openbadges', 'x'.repeat(MAX_BAKED_TEXT_BYTES + 1))]);
    expect(await failure(png)).toMatchObject({ code: 'input_too_large' });
  });
});

describe('verifyCredential on a baked PNG', () => {
  const BAKED_URL = 'https://badges.example/assertions/7.json';
  let signed: Record<string, unknown>;
  beforeAll(async () => {
    const key = await testKey(21);
    signed = await issue(openBadge(key.did, { name: 'Kubernetes® Administrator 🚀' }), { key });
  });

  const verifyPng = (png: Uint8Array, fetch = fakeFetch()) =>
    verifyCredential({ kind: 'bytes', bytes: png }, { fetch, now: fixedClock() });

  it('returns verified for a signed credential with non-ASCII text baked in iTXt', async () => {
    const result = await verifyPng(buildPng([itxt('openbadgecredential', JSON.stringify(signed))]));
    expect(result.status).toBe('verified');
    expect(result.format.container).toBe('png');
    const format = result.checks.find((c) => c.id === 'format');
    expect(format).toMatchObject({ outcome: 'pass', code: 'format_ok' });
    expect(format?.detail).toContain('PNG');
  });

  it('returns verified for the same credential baked in a compressed iTXt chunk', async () => {
    const chunk = itxt('openbadgecredential', JSON.stringify(signed), { compressed: true });
    expect((await verifyPng(buildPng([chunk]))).status).toBe('verified');
  });

  it('returns invalid for a baked credential altered after signing', async () => {
    const tampered = JSON.stringify({ ...signed, name: 'Kubernetes Administrator (Gold)' });
    const result = await verifyPng(buildPng([itxt('openbadgecredential', tampered)]));
    expect(result.status).toBe('invalid');
    expect(result.format.container).toBe('png');
    expect(result.checks.map((c) => c.code)).toContain('signature_invalid');
  });

  it('follows a baked https URL once and verifies the credential it serves', async () => {
    const fetch = fakeFetch({ [BAKED_URL]: { json: signed } });
    const result = await verifyPng(buildPng([itxt('openbadgecredential', BAKED_URL)]), fetch);
    expect(result.status).toBe('verified');
    expect(result.format.container).toBe('png');
    expect(result.url).toBe(BAKED_URL);
    expect(fetch.requests).toEqual([BAKED_URL]);
  });

  it('returns malformed with image_malformed for a baked PNG with a bad CRC', async () => {
    const png = corruptCrc(buildPng([itxt('openbadgecredential', JSON.stringify(signed))]), 'iTXt');
    const result = await verifyPng(png);
    expect(result.status).toBe('malformed');
    expect(result.checks.map((c) => c.code)).toEqual(['image_malformed']);
  });
});
