/**
 * Builds a `JobPostingInfo` from adapter readings, omitting empty fields.
 * @module
 */
import { labelText, tidyText } from './dom';
import type { JobPostingInfo, JobPostingSource } from './types';

/** What an adapter read; every field may be missing. */
export interface PostingParts {
  title?: string | undefined;
  company?: string | undefined;
  location?: string | undefined;
  text: string;
}

/** A posting, or `undefined` when there is no description text (not a job page, or not loaded). */
export function postingInfo(
  source: JobPostingSource,
  parts: PostingParts,
): JobPostingInfo | undefined {
  const text = tidyText(parts.text);
  if (text === '') return undefined;
  const title = labelText(parts.title);
  const company = labelText(parts.company);
  const location = labelText(parts.location);
  return {
    ...(title === undefined ? {} : { title }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
    text,
    source,
  };
}
