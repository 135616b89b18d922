// Property tests (STYLE.md §10, fast-check on URL detectors): matchCredentialUrl and
// unwrapRedirect never throw for any string or URL, only ever report http(s) sources and https
// fetch URLs, and agree with the adapter they name.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_HREF_LENGTH,
  matchCredentialUrl,
  PROVIDER_ADAPTERS,
  scanForCredentials,
  unwrapRedirect,
} from '../../../lib/detect';
import { htmlDocument } from './fixture-dom';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const RUNS = { numRuns: 1000 };

// Strings shaped like the links detectors meet: known hosts and paths mixed with noise.
const hrefLike = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'javascript:', 'data:', '//', '', 'HTTPS://', ' '),
    fc.constantFrom(
      'www.credly.com',
      'badgr.com',
      'eu.badgr.com',
      'www.credential.net',
      'openbadgefactory.com',
      'verifierplus.org',
      'www.linkedin.com',
      'learncard.app',
      'europa.eu',
      'issuer.example',
    ),
    fc.constantFrom(
      '/badges/',
      '/public/assertions/',
      '/v1/assertion/',
      '/obv3/credentials/',
      '/redir/redirect?url=',
      '/#verify?vc=',
      '/credentials/',
      '/s/',
      '/',
    ),
    fc.string({ maxLength: 80 }),
    fc.constantFrom('', '.json', '.html', '.png', '/public_url', '#acc.x', '?v=1'),
  )
  .map((parts) => parts.join(''));

function checkInvariants(href: string): void {
  const match = matchCredentialUrl(href, PAGE, { alt: 'badge' });
  if (match === undefined) return;
  expect(new URL(match.sourceUrl).protocol).toMatch(/^https?:$/);
  if (match.fetchUrl !== undefined) expect(new URL(match.fetchUrl).protocol).toBe('https:');
  expect(match.sourceUrl.length).toBeLessThanOrEqual(MAX_HREF_LENGTH);
  const adapter = PROVIDER_ADAPTERS.find((candidate) => candidate.id === match.providerId);
  expect(adapter?.match(new URL(match.sourceUrl), { alt: 'badge' })).toEqual(match);
}

describe('matchCredentialUrl properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (href) => {
        checkInvariants(href);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary web URLs, keeping its invariants', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), checkInvariants),
      RUNS,
    );
  });

  it('never throws on provider-shaped strings, keeping its invariants', () => {
    fc.assert(fc.property(hrefLike, checkInvariants), RUNS);
  });

  it('never throws on LinkedIn wrappers around anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), hrefLike, fc.webUrl()), (target) => {
        const href = `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(target)}`;
        checkInvariants(href);
        expect(() => unwrapRedirect(new URL(href))).not.toThrow();
      }),
      RUNS,
    );
  });

  it('never throws for arbitrary base URLs', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.string({ maxLength: 100 }), (base, href) => {
        expect(() => matchCredentialUrl(href, new URL(base))).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('scanForCredentials properties', () => {
  it('never throws on arbitrary attribute values and text', () => {
    const escapeHtml = (text: string) =>
      text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(hrefLike, fc.string()), fc.string({ maxLength: 40 })), {
          maxLength: 8,
        }),
        (links) => {
          const html = links
            .map(
              ([href, text]) =>
                `<li><a href="${escapeHtml(href)}"><img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">${escapeHtml(text)}</a></li>`,
            )
            .join('');
          expect(() => scanForCredentials(htmlDocument(`<ul>${html}</ul>`), PAGE)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
