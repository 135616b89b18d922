/**
 * Detects the job being viewed: schema.org JobPosting JSON-LD first (on any page), then the DOM
 * adapter for the page's site. Never reads `document` or `location` (STYLE.md §4).
 * @module
 */
import type { RoleRoot } from './dom';
import { extractJsonLdJobPosting } from './json-ld';
import { roleAdapterFor } from './registry';
import type { JobPostingInfo } from './types';

/**
 * The job posting shown on the page, or `undefined` when the page is not a job page.
 *
 * JSON-LD wins when it has description text; a missing title or company is then filled from the
 * site adapter. Without usable JSON-LD the adapter matching `url` reads the DOM. Adapter errors
 * (unexpected page shapes) are treated as "no posting".
 */
export function detectJobPosting(root: RoleRoot, url: URL): JobPostingInfo | undefined {
  const fromJsonLd = extractJsonLdJobPosting(root);
  const adapter = roleAdapterFor(url);
  let fromDom: JobPostingInfo | undefined;
  const readDom = (): JobPostingInfo | undefined => {
    if (!adapter || fromDom) return fromDom;
    try {
      fromDom = adapter.extract(root, url);
    } catch {
      fromDom = undefined;
    }
    return fromDom;
  };
  if (fromJsonLd && fromJsonLd.text !== '') {
    if (fromJsonLd.title !== undefined && fromJsonLd.company !== undefined) return fromJsonLd;
    const dom = readDom();
    const title = fromJsonLd.title ?? dom?.title;
    const company = fromJsonLd.company ?? dom?.company;
    return {
      ...(title === undefined ? {} : { title }),
      ...(company === undefined ? {} : { company }),
      text: fromJsonLd.text,
      source: 'json-ld',
    };
  }
  return readDom();
}
