/**
 * SEEK (Australia, New Zealand): `seek.com.au/job/<id>`, `au.seek.com/job/<id>`,
 * `seek.co.nz/job/<id>`, `nz.seek.com/job/<id>`. SEEK marks its job page with stable
 * `data-automation` ids: `job-detail-title`, `advertiser-name`, `job-detail-location` and
 * `jobAdDetails` (the description); its JSON-LD is only a WebSite search box.
 * @module
 */
import { elementText, first, firstLabel, hostIs } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

export const seek: RoleAdapter = {
  id: 'seek',
  label: 'SEEK',
  examples: [
    'https://www.seek.com.au/job/93856863',
    'https://au.seek.com/job/93856863?type=standard',
    'https://www.seek.co.nz/job/81234567',
  ],
  matches(url) {
    if (!hostIs(url, 'seek.com.au') && !hostIs(url, 'seek.co.nz') && !hostIs(url, 'seek.com'))
      return false;
    return /^\/job\/\d{5,}\/?$/.test(url.pathname);
  },
  extract(root) {
    const description = first(root, '[data-automation="jobAdDetails"]');
    if (!description) return undefined;
    return postingInfo('seek', {
      title: firstLabel(root, '[data-automation="job-detail-title"]'),
      company: firstLabel(root, '[data-automation="advertiser-name"]'),
      location: firstLabel(root, '[data-automation="job-detail-location"]'),
      text: elementText(description),
    });
  },
};
