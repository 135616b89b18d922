/**
 * Workday: `<tenant>.wd<N>.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<reqId>`
 * (and `myworkdaysite.com`). Note the host is *myworkdayjobs.com*, not workday.com. DOM:
 * `[data-automation-id="jobPostingHeader"]`, `[data-automation-id="jobPostingDescription"]`
 * (PROVIDERS.md §2.3).
 * @module
 */
import { elementText, first, firstLabel, hostIs } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

export const workday: RoleAdapter = {
  id: 'workday',
  label: 'Workday',
  examples: [
    'https://acme.wd5.myworkdayjobs.com/en-US/AcmeCareers/job/Remote-USA/Senior-Data-Engineer_R-12345',
    'https://acme.wd1.myworkdayjobs.com/External/job/London/Platform-Engineer_JR0042',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Backend-Engineer_R-777',
  ],
  matches(url) {
    if (!hostIs(url, 'myworkdayjobs.com') && !hostIs(url, 'myworkdaysite.com')) return false;
    return /\/job\/[^/]+\/[^/]+_[^/]+\/?$/.test(url.pathname);
  },
  extract(root) {
    const description = first(root, '[data-automation-id="jobPostingDescription"]');
    if (!description) return undefined;
    return postingInfo('workday', {
      title: firstLabel(root, '[data-automation-id="jobPostingHeader"]'),
      company: firstLabel(
        root,
        '[data-automation-id="company"], [data-automation-id="jobPostingCompany"]',
      ),
      text: elementText(description),
    });
  },
};
