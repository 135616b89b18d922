/**
 * The one job-posting reader (popup, side panel and CLI): schema.org JobPosting JSON-LD first
 * (on any page), then the DOM adapter for the page's site, then the generic reader (microdata,
 * `og:` tags, main heading and content). Never reads `document` or `location` (STYLE.md §4).
 * @module
 */
import type { RoleRoot } from './dom';
import { readGenericPosting } from './generic';
import { extractJsonLdJobPosting } from './json-ld';
import { roleAdapterFor } from './registry';
import type { JobPostingInfo } from './types';

/**
 * The job posting shown on the page, or `undefined` when the page is not a job page.
 *
 * The first reading with description text wins (JSON-LD, the site adapter, the generic reader);
 * a title, company or location it lacks is filled from the readings after it. Adapter errors
 * (unexpected page shapes) are treated as "no posting".
 */
export function detectJobPosting(root: RoleRoot, url: URL): JobPostingInfo | undefined {
  const readings: Array<() => JobPostingInfo | undefined> = [
    () => extractJsonLdJobPosting(root),
    () => roleAdapterFor(url)?.extract(root, url),
    () => readGenericPosting(root, url),
  ];
  let found: JobPostingInfo | undefined;
  for (const read of readings) {
    let next: JobPostingInfo | undefined;
    try {
      next = read();
    } catch {
      next = undefined;
    }
    if (next === undefined) continue;
    if (found === undefined) {
      if (next.text !== '') found = next;
      continue;
    }
    found = fill(found, next);
    if (complete(found)) break;
  }
  return found;
}

function fill(found: JobPostingInfo, more: JobPostingInfo): JobPostingInfo {
  const title = found.title ?? more.title;
  const company = found.company ?? more.company;
  const location = found.location ?? more.location;
  return {
    ...(title === undefined ? {} : { title }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
    text: found.text,
    source: found.source,
  };
}

function complete(info: JobPostingInfo): boolean {
  return info.title !== undefined && info.company !== undefined && info.location !== undefined;
}
