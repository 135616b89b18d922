/**
 * The generic job-posting reader for sites no adapter knows and that publish no JSON-LD:
 * schema.org microdata (`itemtype=…/JobPosting`), otherwise — only on a page whose address says
 * it is a job (`/job/`, `/careers/`, `/vacancies/`, … and not a profile site) — the `og:` tags,
 * the main heading and the main content. Conservative on purpose: a page read as a job posting
 * names no person (lib/holder), so a profile must never look like a job.
 * @module
 */
import {
  elementText,
  first,
  firstLabel,
  labelText,
  metaContent,
  type RoleElement,
  type RoleRoot,
} from './dom';
import { postingInfo } from './posting';
import { richText } from './rich-text';
import type { JobPostingInfo } from './types';

/** Path words of job pages in English, French, Spanish, German and Dutch. */
const JOB_PATH =
  /\/(?:jobs?|careers?|vacanc(?:y|ies)|positions?|openings?|postings?|emplois?|offres?|empleos?|ofertas?|stellen(?:angebote?)?|vacatures?)(?:\/|$|[-_.?])/i;
/** Sites whose pages are people's profiles or code, never a job read generically. */
const NOT_GENERIC =
  /(?:^|\.)(?:linkedin\.com|github\.com|gitlab\.com|credly\.com|x\.com|twitter\.com|facebook\.com)$/i;
/** Less description than this is a teaser or navigation, not a posting. */
const MIN_TEXT = 200;

/** The posting read generically, or `undefined` when the page does not look like one. */
export function readGenericPosting(root: RoleRoot, url: URL): JobPostingInfo | undefined {
  const micro = first(root, '[itemtype*="schema.org/JobPosting"]');
  if (micro) return microdataPosting(micro);
  if (!JOB_PATH.test(url.pathname) || NOT_GENERIC.test(url.hostname)) return undefined;
  const main = first(root, 'main, [role="main"], article');
  const heading = (main ? first(main, 'h1') : undefined) ?? first(root, 'h1');
  const mainText = main ? elementText(main) : '';
  const meta = metaContent(root, ['og:description', 'description']);
  const text = mainText.length >= MIN_TEXT ? mainText : meta ? richText(meta) : '';
  if (text.length < MIN_TEXT) return undefined;
  const ogTitle = metaContent(root, ['og:title']);
  return postingInfo('generic', {
    title: labelText(heading?.textContent) ?? ogTitle,
    company: metaContent(root, ['og:site_name']),
    text,
  });
}

function microdataPosting(scope: RoleElement): JobPostingInfo | undefined {
  const prop = (name: string) => first(scope, `[itemprop="${name}"]`);
  const org = prop('hiringOrganization');
  const orgName = org ? (first(org, '[itemprop="name"]') ?? org) : undefined;
  const place = prop('jobLocation');
  const description = prop('description');
  return postingInfo('generic', {
    title: firstLabel(scope, '[itemprop="title"]'),
    company: orgName ? labelText(elementText(orgName, 1_000)) : undefined,
    location: place ? labelText(elementText(place, 1_000)) : undefined,
    text: description ? elementText(description) : '',
  });
}
