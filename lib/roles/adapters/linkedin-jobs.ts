/**
 * LinkedIn jobs (logged-in SPA and guest pages): `/jobs/view/<id>` and any `/jobs/…?currentJobId=`.
 * The SPA has no JSON-LD and generated class names, so the description is found by its
 * "About the job" heading and the title by the nearest `h1` around it (PROVIDERS.md §2.3).
 * @module
 */
import {
  all,
  elementText,
  first,
  firstLabel,
  hostIs,
  labelText,
  pageTitle,
  type RoleElement,
} from '../dom';
import { postingInfo } from '../posting';
import type { RoleAdapter } from '../types';

const ABOUT_THE_JOB = /^about (?:the|this) job$/i;
/** Class-name fallbacks from public extensions; used only when the heading is not found. */
const DESCRIPTION_FALLBACKS =
  '#job-details, .jobs-description__content, .jobs-description-content__text, .jobs-box__html-content, .show-more-less-html__markup, .description__text';

export const linkedinJobs: RoleAdapter = {
  id: 'linkedin-jobs',
  label: 'LinkedIn Jobs',
  examples: [
    'https://www.linkedin.com/jobs/view/3912345678/',
    'https://www.linkedin.com/jobs/view/senior-platform-engineer-at-acme-3912345678',
    'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=platform%20engineer',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
  ],
  matches(url) {
    if (!hostIs(url, 'linkedin.com')) return false;
    if (/^\/jobs\/view\/(?:[^/]*-)?\d{5,}\/?$/.test(url.pathname)) return true;
    return (
      url.pathname.startsWith('/jobs/') &&
      /^\d{5,}$/.test(url.searchParams.get('currentJobId') ?? '')
    );
  },
  extract(root) {
    const heading = all(root, 'h1, h2, h3').find((h) =>
      ABOUT_THE_JOB.test((h.textContent ?? '').trim()),
    );
    const description = heading ? headingSection(heading) : first(root, DESCRIPTION_FALLBACKS);
    if (!description) return undefined;
    const card = heading ? enclosing(heading, 'h1') : undefined;
    const h1 = card?.querySelector('h1') ?? first(root, 'h1');
    const [docTitle, docCompany] = (pageTitle(root) ?? '').split(' | ');
    const company =
      firstLabel(
        root,
        '.job-details-jobs-unified-top-card__company-name, .topcard__org-name-link',
      ) ??
      (card ? companyLink(card) : undefined) ??
      (docCompany === undefined ? undefined : docCompany);
    return postingInfo('linkedin-jobs', {
      title: labelText(h1?.textContent) ?? docTitle,
      company,
      location:
        firstLabel(
          root,
          '.topcard__flavor--bullet, .job-details-jobs-unified-top-card__bullet, .jobs-unified-top-card__bullet',
        ) ?? locationOfTitle(pageTitle(root) ?? ''),
      text: elementText(description),
    });
  },
};

/**
 * The place in the document title: "… at Atos — Amstelveen, North Holland, Netherlands | LinkedIn
 * Jobs" or "Heidi hiring … in Melbourne, Victoria, Australia | LinkedIn".
 */
function locationOfTitle(title: string): string | undefined {
  return (
    / at [^—|]+ — ([^|]+) \|/.exec(title)?.[1] ??
    / hiring .+ in ([^|]+) \| LinkedIn/.exec(title)?.[1]
  );
}

/** The container of a section heading: its parent, widened until it holds more than the heading. */
function headingSection(heading: RoleElement): RoleElement {
  const own = (heading.textContent ?? '').trim().length;
  let section = heading.parentElement ?? heading;
  for (let i = 0; i < 3; i++) {
    if ((section.textContent ?? '').trim().length > own + 40 || !section.parentElement) break;
    section = section.parentElement;
  }
  return section;
}

/** The nearest ancestor of `el` that contains a match for `selectors`. */
function enclosing(el: RoleElement, selectors: string): RoleElement | undefined {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.querySelector(selectors)) return node;
  }
  return undefined;
}

function companyLink(card: RoleElement): string | undefined {
  for (const a of all(card, 'a[href*="/company/"]')) {
    const text = labelText(elementText(a, 400));
    if (text) return text;
  }
  return undefined;
}
