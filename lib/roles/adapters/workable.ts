/**
 * Workable: `apply.workable.com/<account>/j/<shortcode>` (and its `/apply` page). Stable
 * `data-ui` ids: `job-title`, `job-location`, `job-description`, `job-requirements`,
 * `job-benefits`. The company is the last part of `og:title` ("CRM Solutions Architect - Huble").
 * On the application tab the description is not in the DOM: only the page's `og:description`
 * (Workable's own summary, cut at about 250 characters) is there, so that is what is read.
 * @module
 */
import { all, elementsText, firstLabel, hostIs, metaContent } from '../dom';
import { postingInfo } from '../posting';
import { richText } from '../rich-text';
import type { RoleAdapter } from '../types';

export const workable: RoleAdapter = {
  id: 'workable',
  label: 'Workable',
  examples: [
    'https://apply.workable.com/huble/j/927FD30DD5',
    'https://apply.workable.com/huble/j/927FD30DD5/apply/',
  ],
  matches(url) {
    return (
      hostIs(url, 'workable.com') &&
      url.hostname.toLowerCase() === 'apply.workable.com' &&
      /^\/[\w.-]+\/j\/[0-9A-F]{6,}(?:\/apply)?\/?$/i.test(url.pathname)
    );
  },
  extract(root) {
    const sections = all(
      root,
      '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
    );
    const meta = metaContent(root, ['og:description', 'description']);
    const title = firstLabel(root, '[data-ui="job-title"], h1');
    const ogTitle = metaContent(root, ['og:title']) ?? '';
    const company =
      title !== undefined && ogTitle.startsWith(`${title} - `)
        ? ogTitle.slice(title.length + 3)
        : undefined;
    return postingInfo('workable', {
      title,
      company,
      location: firstLabel(root, '[data-ui="job-location"]'),
      text: sections.length > 0 ? elementsText(sections) : meta ? richText(meta) : '',
    });
  },
};
