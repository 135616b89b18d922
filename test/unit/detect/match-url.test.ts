// matchCredentialUrl itself: relative hrefs, schemes that are never matched, the length cap.
// STYLE.md §7 (DOM input is untrusted).

import { describe, expect, it } from 'vitest';
import { matchCredentialUrl } from '../../../lib/detect';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const UUID = '1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c';

describe('matchCredentialUrl', () => {
  it('resolves relative hrefs against the page URL', () => {
    const page = new URL('https://www.credly.com/users/jane-doe');
    expect(matchCredentialUrl(`/badges/${UUID}`, page)?.sourceUrl).toBe(
      `https://www.credly.com/badges/${UUID}`,
    );
    const issuer = new URL('https://issuer.example/people/jane/');
    expect(matchCredentialUrl('vc/1.json', issuer)?.fetchUrl).toBe(
      'https://issuer.example/people/jane/vc/1.json',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)//.json',
    ' javascript:fetch("https://www.credly.com/badges/x")',
    'data:application/json,{"a":1}.json',
    'blob:https://www.credly.com/1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c',
    'file:///home/jane/diploma.json',
    'mailto:jane@example.com',
    '',
    'http://[::1',
  ])('rejects %s', (href) => {
    expect(matchCredentialUrl(href, PAGE)).toBeUndefined();
  });

  it('rejects hrefs longer than 2048 characters', () => {
    const href = `https://issuer.example/${'a'.repeat(2048)}.json`;
    expect(matchCredentialUrl(href, PAGE)).toBeUndefined();
    expect(
      matchCredentialUrl(`https://issuer.example/${'a'.repeat(1990)}.json`, PAGE),
    ).toBeDefined();
  });
});
