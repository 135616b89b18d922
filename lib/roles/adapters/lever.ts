/**
 * Lever: `jobs.lever.co/<company>/<uuid>` and `jobs.eu.lever.co/…`, and the same posting's
 * `/apply` page. Title in `.posting-headline h2`; the posting is the `.section-wrapper .section`
 * blocks (each with an `h3` heading and a list), without the header and apply sections
 * (PROVIDERS.md §2.3). The apply page shows only the headline and the form: its description is
 * the page's `og:description` (Lever cuts it at 1,000 characters).
 * @module
 */
import { all, elementsText, firstLabel, hostIs, metaContent, pageTitle } from '../dom';
import { postingInfo } from '../posting';
import { richText } from '../rich-text';
import type { RoleAdapter } from '../types';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PATH = new RegExp(`^/[\\w.-]+/${UUID}(?:/apply)?/?$`, 'i');

export const lever: RoleAdapter = {
  id: 'lever',
  label: 'Lever',
  examples: [
    'https://jobs.lever.co/acme/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f',
    'https://jobs.eu.lever.co/acme/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f/',
    'https://jobs.lever.co/acme/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f/apply',
  ],
  matches(url) {
    const host = url.hostname.toLowerCase();
    return (
      hostIs(url, 'lever.co') &&
      (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') &&
      PATH.test(url.pathname)
    );
  },
  extract(root) {
    const sections = all(root, '.section-wrapper .section').filter(
      (s) =>
        !/(?:^|\s)(?:posting-header|last-section-apply|application-form)(?:\s|$)/.test(
          s.getAttribute('class') ?? '',
        ) && !s.querySelector('.posting-headline, form'),
    );
    const meta = metaContent(root, ['og:description', 'twitter:description', 'description']);
    const text = sections.length > 0 ? elementsText(sections) : meta ? richText(meta) : '';
    const [docCompany] = (pageTitle(root) ?? '').split(' - ');
    return postingInfo('lever', {
      title: firstLabel(root, '.posting-headline h2, .posting-header h2'),
      company: docCompany,
      location: firstLabel(root, '.posting-categories .location'),
      text,
    });
  },
};
