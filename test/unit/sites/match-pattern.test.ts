// Match patterns as the popup uses them to decide whether Credlens already runs on a page: the
// manifest's content scripts (matches minus exclude_matches) and the sites the user enabled.

import { describe, expect, it } from 'vitest';
import { coveredBy, matchesPattern, RECRUITING_SITE_MATCHES } from '../../../lib/sites';

describe('matchesPattern', () => {
  it.each([
    ['https://www.linkedin.com/*', 'https://www.linkedin.com/in/ada/', true],
    ['https://www.linkedin.com/*', 'http://www.linkedin.com/in/ada/', false],
    ['https://www.linkedin.com/*', 'https://linkedin.com/in/ada/', false],
    ['https://*.indeed.com/*', 'https://uk.indeed.com/viewjob?jk=1', true],
    ['https://*.indeed.com/*', 'https://indeed.com/', true],
    ['https://*.indeed.com/*', 'https://evilindeed.com/', false],
    ['https://*.indeed.com/*', 'https://indeed.com.evil.example/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8787/in/ada/', true],
    ['http://127.0.0.1/other-site/*', 'http://127.0.0.1:8787/other-site/page.html', true],
    ['http://127.0.0.1/other-site/*', 'http://127.0.0.1:8787/in/ada/', false],
    ['*://example.com/*', 'https://example.com/x', true],
    ['*://example.com/*', 'ftp://example.com/x', false],
    ['https://example.com/a.b*', 'https://example.com/aXb', false],
    ['not a pattern', 'https://example.com/', false],
    ['https://example.com/*', 'not a url', false],
  ])('%s against %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe('coveredBy', () => {
  it('takes the matches of any script minus its exclusions', () => {
    const scripts = [
      {
        matches: [...RECRUITING_SITE_MATCHES, 'http://127.0.0.1/*'],
        exclude_matches: ['http://127.0.0.1/other-site/*'],
      },
    ];
    expect(coveredBy(scripts, 'https://jobs.lever.co/acme/1')).toBe(true);
    expect(coveredBy(scripts, 'http://127.0.0.1:8787/in/ada/')).toBe(true);
    expect(coveredBy(scripts, 'http://127.0.0.1:8787/other-site/')).toBe(false);
    expect(coveredBy(scripts, 'https://portfolio.example/')).toBe(false);
    expect(coveredBy([], 'https://www.linkedin.com/')).toBe(false);
  });
});
