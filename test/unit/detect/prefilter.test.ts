import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchCredentialUrl, PROVIDER_ADAPTERS } from '../../../lib/detect';
import { mightMatch } from '../../../lib/detect/prefilter';
import { ADAPTER_EXAMPLES } from '../../fixtures/detect/examples';

const BASE = new URL('https://www.linkedin.com/in/someone/');

describe('the scan prefilter', () => {
  it('lets every adapter example through', () => {
    expect(Object.keys(ADAPTER_EXAMPLES).sort()).toEqual(PROVIDER_ADAPTERS.map((a) => a.id).sort());
    for (const adapter of PROVIDER_ADAPTERS) {
      for (const example of ADAPTER_EXAMPLES[adapter.id] ?? [])
        expect(mightMatch(example), `${adapter.id}: ${example}`).toBe(true);
    }
  });

  it('lets every fixture link that some adapter matches through', () => {
    const folder = new URL('../../fixtures/detect/', import.meta.url);
    const hrefs = readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        [...readFileSync(new URL(file, folder), 'utf8').matchAll(/(?:href|src)="([^"]+)"/g)].map(
          (m) => (m[1] ?? '').replace(/&amp;/g, '&'),
        ),
      );
    expect(hrefs.length).toBeGreaterThan(50);
    for (const href of hrefs) {
      if (
        matchCredentialUrl(href, BASE, { isImage: /\.(png|svg)$/i.test(href), alt: 'badge' }) !==
        undefined
      ) {
        expect(mightMatch(href), href).toBe(true);
      }
    }
  });

  it('never hides a link that would match (property over generated provider-like URLs)', () => {
    const uuid = fc.uuid();
    const url = fc.oneof(
      uuid.map((id) => `https://www.credly.com/badges/${id}`),
      fc
        .stringMatching(/^[A-Za-z0-9_-]{22}$/)
        .map((id) => `https://badgr.com/public/assertions/${id}`),
      fc
        .webUrl()
        .map((inner) => `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(inner)}`),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(url, (href) => {
        if (matchCredentialUrl(href, BASE) !== undefined) expect(mightMatch(href)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('skips ordinary links', () => {
    expect(mightMatch('https://example.com/about')).toBe(false);
    expect(mightMatch('/in/someone-else/')).toBe(false);
  });
});
