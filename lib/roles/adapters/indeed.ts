/**
 * Indeed: `indeed.com/viewjob?jk=<16 hex>` (any country subdomain), `/rc/clk?jk=`, `/m/viewjob`
 * and search pages with a `vjk` job pane. Description `#jobDescriptionText`, title `h1`
 * (PROVIDERS.md §2.3).
 * @module
 */
import { elementText, first, firstLabel, hostIs } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

const JOB_KEY = /^[0-9a-f]{16}$/i;

export const indeed: RoleAdapter = {
  id: 'indeed',
  label: 'Indeed',
  examples: [
    'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp',
    'https://www.indeed.com/rc/clk?jk=0a1b2c3d4e5f6789&fccid=abc',
    'https://www.indeed.com/jobs?q=data+engineer&l=Remote&vjk=0a1b2c3d4e5f6789',
  ],
  matches(url) {
    if (!hostIs(url, 'indeed.com')) return false;
    const path = url.pathname.replace(/\/$/, '');
    if (['/viewjob', '/m/viewjob', '/rc/clk', '/pagead/clk'].includes(path)) {
      return JOB_KEY.test(url.searchParams.get('jk') ?? '');
    }
    return path === '/jobs' && JOB_KEY.test(url.searchParams.get('vjk') ?? '');
  },
  extract(root) {
    const description = first(root, '#jobDescriptionText');
    if (!description) return undefined;
    const title = firstLabel(
      root,
      '[data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title, h1',
    )?.replace(/\s*-\s*job post$/i, '');
    return postingInfo('indeed', {
      title,
      company: firstLabel(
        root,
        '[data-testid="inlineHeader-companyName"], [data-company-name="true"], .jobsearch-CompanyInfoContainer a',
      ),
      text: elementText(description),
    });
  },
};
