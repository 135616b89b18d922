/**
 * Ashby: `jobs.ashbyhq.com/<org>/<uuid>`. A SPA with hashed CSS-module classes, so the title is
 * the `h1` (`.ashby-job-posting-heading` when present) and the description is
 * `.ashby-job-posting-description`, a `descriptionText` module class, or the Overview tab panel
 * (PROVIDERS.md §2.3). With the Application tab open the Overview is not in the DOM; the page's
 * `og:description` then holds the whole posting as text. The location is the paragraph under the
 * left pane's "Location" heading.
 * @module
 */
import {
  all,
  elementText,
  first,
  firstLabel,
  hostIs,
  labelText,
  metaContent,
  pageTitle,
} from '../dom';
import { postingInfo } from '../posting';
import { richText } from '../rich-text';
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
    const meta = description
      ? undefined
      : metaContent(root, ['og:description', 'description', 'twitter:description']);
    const docTitle = pageTitle(root) ?? '';
    return postingInfo('ashby', {
      title: firstLabel(root, 'h1.ashby-job-posting-heading, h1'),
      company:
        / @ (.+)$/.exec(docTitle)?.[1] ??
        first(root, 'img[class*="logo"][alt]')?.getAttribute('alt') ??
        undefined,
      location: sectionValue(root, 'Location'),
      text: description ? elementText(description) : meta ? richText(meta) : '',
    });
  },
};

/** The text after the left pane's `<h2>{heading}</h2>` ("Location" → "San Francisco, CA"). */
function sectionValue(root: Parameters<RoleAdapter['extract']>[0], heading: string) {
  const h2 = all(root, '.ashby-job-posting-left-pane h2').find(
    (h) => labelText(h.textContent) === heading,
  );
  const section = h2?.parentElement;
  if (!section) return undefined;
  return labelText(elementText(section).replace(heading, ''));
}
