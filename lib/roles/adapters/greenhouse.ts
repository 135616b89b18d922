/**
 * Greenhouse job boards: `boards.greenhouse.io/<board>/jobs/<id>` (classic: `#app_body`,
 * `.app-title`, `.company-name`, `#content`) and `job-boards.greenhouse.io/<board>/jobs/<id>`
 * (new: `.job__title h1`, `.job__description`), EU hosts included (PROVIDERS.md §2.3).
 * @module
 */
import { elementText, first, firstLabel, hostIs, pageTitle } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

const HOSTS = new Set([
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'boards.eu.greenhouse.io',
  'job-boards.eu.greenhouse.io',
]);

export const greenhouse: RoleAdapter = {
  id: 'greenhouse',
  label: 'Greenhouse',
  examples: [
    'https://boards.greenhouse.io/acme/jobs/4567890',
    'https://job-boards.greenhouse.io/acme/jobs/4567890?gh_src=abc123',
    'https://job-boards.eu.greenhouse.io/acme/jobs/4567890',
  ],
  matches(url) {
    return (
      hostIs(url, 'greenhouse.io') &&
      HOSTS.has(url.hostname.toLowerCase()) &&
      /^\/[\w.-]+\/jobs\/\d+\/?$/.test(url.pathname)
    );
  },
  extract(root) {
    const description = first(root, '#app_body #content, .job__description, #content');
    if (!description) return undefined;
    const company =
      firstLabel(root, '#app_body .company-name, #header .company-name')?.replace(/^at\s+/i, '') ??
      / at (.+)$/.exec(pageTitle(root) ?? '')?.[1] ??
      first(root, '.logo img[alt], .job__header img[alt], img[alt$=" Logo"]')
        ?.getAttribute('alt')
        ?.replace(/\s+logo$/i, '');
    return postingInfo('greenhouse', {
      // The new board's `.job__title` also holds the location: its heading alone is the title.
      title: firstLabel(
        root,
        '#app_body .app-title, .app-title, .job__title h1, h1.section-header',
      ),
      company,
      location: firstLabel(root, '#app_body .location, .job__location'),
      text: elementText(description),
    });
  },
};
