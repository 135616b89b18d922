/**
 * Ashby: `jobs.ashbyhq.com/<org>/<uuid>`. A SPA with hashed CSS-module classes, so the title is
 * the `h1` (`.ashby-job-posting-heading` when present) and the description is
 * `.ashby-job-posting-description`, a `descriptionText` module class, or the Overview tab panel
 * (PROVIDERS.md §2.3).
 * @module
 */
import { elementText, first, firstLabel, hostIs, pageTitle } from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PATH = new RegExp(`^/[^/]+/${UUID}/?$`, 'i');

export const ashby: RoleAdapter = {
  id: 'ashby',
  label: 'Ashby',
  examples: [
    'https://jobs.ashbyhq.com/acme/8d2f4a6b-1c3e-4f5a-9b7c-0d1e2f3a4b5c',
    'https://jobs.ashbyhq.com/Acme%20Labs/8d2f4a6b-1c3e-4f5a-9b7c-0d1e2f3a4b5c?utm_source=linkedin',
  ],
  matches(url) {
    return (
      hostIs(url, 'ashbyhq.com') &&
      url.hostname.toLowerCase() === 'jobs.ashbyhq.com' &&
      PATH.test(url.pathname)
    );
  },
  extract(root) {
    const description = first(
      root,
      '.ashby-job-posting-description, [class*="_descriptionText"], #overview [class*="description"], #overview',
    );
    if (!description) return undefined;
    const docTitle = pageTitle(root) ?? '';
    return postingInfo('ashby', {
      title: firstLabel(root, 'h1.ashby-job-posting-heading, h1'),
      company:
        / @ (.+)$/.exec(docTitle)?.[1] ??
        first(root, 'img[class*="logo"][alt]')?.getAttribute('alt') ??
        undefined,
      text: elementText(description),
    });
  },
};
