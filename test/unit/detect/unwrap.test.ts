// LinkedIn redirect wrappers: unwrapped before matching, nested ones too; targets that are not
// http(s) (javascript:, data:) or are missing give no match at all. PROVIDERS.md §2.1.

import { describe, expect, it } from 'vitest';
import { matchCredentialUrl, unwrapRedirect } from '../../../lib/detect';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const CREDLY =
  'https://www.credly.com/badges/1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c/linked_in_profile';
const wrap = (target: string, path = '/redir/redirect') =>
  `https://www.linkedin.com${path}?url=${encodeURIComponent(target)}&urlhash=Ab3x&trk=public_profile_see-credential`;

describe('unwrapRedirect', () => {
  it('returns a URL that is not a wrapper unchanged', () => {
    const url = new URL(CREDLY);
    expect(unwrapRedirect(url)).toBe(url);
  });

  it.each(['/redir/redirect', '/redir/redirect/', '/safety/go', '/safety/go/'])(
    'unwraps %s',
    (path) => {
      expect(unwrapRedirect(new URL(wrap(CREDLY, path)))?.href).toBe(CREDLY);
    },
  );

  it('unwraps on LinkedIn subdomains and over http', () => {
    const encoded = encodeURIComponent(CREDLY);
    expect(
      unwrapRedirect(new URL(`https://linkedin.com/redir/redirect?url=${encoded}`))?.href,
    ).toBe(CREDLY);
    expect(
      unwrapRedirect(new URL(`http://de.linkedin.com/redir/redirect?url=${encoded}`))?.href,
    ).toBe(CREDLY);
  });

  it('decodes LinkedIn-style encoded dots and double-encoded targets', () => {
    const dots =
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Ecredly%2Ecom%2Fbadges%2Fx';
    expect(unwrapRedirect(new URL(dots))?.href).toBe('https://www.credly.com/badges/x');
    const twice = `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(encodeURIComponent(CREDLY))}`;
    expect(unwrapRedirect(new URL(twice))?.href).toBe(CREDLY);
  });

  it('unwraps nested wrappers up to a bound', () => {
    expect(unwrapRedirect(new URL(wrap(wrap(CREDLY))))?.href).toBe(CREDLY);
    const deep = wrap(wrap(wrap(wrap(CREDLY))));
    expect(unwrapRedirect(new URL(deep))).toBeUndefined();
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'not a url',
    '',
  ])('gives nothing for a wrapper around %s', (target) => {
    expect(unwrapRedirect(new URL(wrap(target)))).toBeUndefined();
  });

  it('gives nothing for a wrapper without a url parameter or with an overlong one', () => {
    expect(
      unwrapRedirect(new URL('https://www.linkedin.com/redir/redirect?urlhash=x')),
    ).toBeUndefined();
    expect(
      unwrapRedirect(new URL(wrap(`https://issuer.example/${'a'.repeat(2100)}.json`))),
    ).toBeUndefined();
  });

  it.each([
    `https://linkedin.com.evil.example/redir/redirect?url=${encodeURIComponent(CREDLY)}`,
    `https://evil.example/redir/redirect?url=${encodeURIComponent(CREDLY)}`,
    `https://www.linkedin.com/redir/other?url=${encodeURIComponent(CREDLY)}`,
  ])('does not treat %s as a LinkedIn wrapper', (href) => {
    const url = new URL(href);
    expect(unwrapRedirect(url)).toBe(url);
  });
});

describe('matchCredentialUrl with wrappers', () => {
  it('matches the wrapped target and reports it as the source URL', () => {
    expect(matchCredentialUrl(wrap(CREDLY), PAGE)).toMatchObject({
      providerId: 'credly',
      sourceUrl: CREDLY,
    });
  });

  it('matches a relative wrapper on a LinkedIn page', () => {
    const relative = `/redir/redirect?url=${encodeURIComponent(CREDLY)}&urlhash=x`;
    expect(matchCredentialUrl(relative, PAGE)?.providerId).toBe('credly');
  });

  it('never matches a wrapper whose target is javascript: even if it mentions a provider', () => {
    const target = `javascript:location='${CREDLY}'`;
    expect(matchCredentialUrl(wrap(target), PAGE)).toBeUndefined();
  });

  it('does not unwrap lookalike wrappers: their link is matched as is', () => {
    const href = `https://linkedin.com.evil.example/redir/redirect?url=${encodeURIComponent(CREDLY)}`;
    expect(matchCredentialUrl(href, PAGE)).toBeUndefined();
  });
});
