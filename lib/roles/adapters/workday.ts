/**
 * Workday: `<tenant>.wd<N>.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<reqId>`
 * (and `myworkdaysite.com`). Note the host is *myworkdayjobs.com*, not workday.com. DOM:
 * `[data-automation-id="jobPostingHeader"]`, `[data-automation-id="jobPostingDescription"]`
 * (PROVIDERS.md §2.3). Workday pages seldom name the company: it is then read from the career
 * site's name when that is the tenant plus a suffix ("NVIDIAExternalCareerSite" on tenant
 * "nvidia" → "NVIDIA"), never guessed from the tenant alone.
 * @module
 */
import { elementText, first, firstLabel, hostIs } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

const SITE_SUFFIX = /(?:External|Career|Careers|Site|Jobs|Job|Global|Ext)+$/i;

export const workday: RoleAdapter = {
  id: 'workday',
  label: 'Workday',
  examples: [
    'https://acme.wd5.myworkdayjobs.com/en-US/AcmeCareers/job/Remote-USA/Senior-Data-Engineer_R-12345',
    'https://acme.wd1.myworkdayjobs.com/External/job/London/Platform-Engineer_JR0042',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Backend-Engineer_R-777',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Senior-Test-Engineer_JR2019510-1',
  ],
  matches(url) {
    if (!hostIs(url, 'myworkdayjobs.com') && !hostIs(url, 'myworkdaysite.com')) return false;
    // The location segment is missing from the canonical form of the address.
    return /\/job\/(?:[^/]+\/)?[^/]+_[^/]+\/?$/.test(url.pathname);
  },
  extract(root, url) {
    const description = first(root, '[data-automation-id="jobPostingDescription"]');
    if (!description) return undefined;
    return postingInfo('workday', {
      title: firstLabel(root, '[data-automation-id="jobPostingHeader"]'),
      company:
        firstLabel(
          root,
          '[data-automation-id="company"], [data-automation-id="jobPostingCompany"]',
        ) ?? companyOfSite(url),
      location: firstLabel(
        root,
        '[data-automation-id="locations"] dd, [data-automation-id="locations"]',
      )?.replace(/^locations\s*/i, ''),
      text: elementText(description),
    });
  },
};

function companyOfSite(url: URL): string | undefined {
  const tenant = url.hostname.split('.')[0]?.toLowerCase() ?? '';
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const site = segments[segments.indexOf('job') - 1] ?? '';
  const name = site.replace(SITE_SUFFIX, '');
  return name !== '' && name.toLowerCase() === tenant ? name : undefined;
}
