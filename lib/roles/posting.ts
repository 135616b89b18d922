/**
 * Builds a `JobPostingInfo` from adapter readings, omitting empty fields.
 * @module
 */
import { labelText, tidyText } from './dom';
import type { JobPostingInfo, JobPostingSource } from './types';

/** A posting, or `undefined` when there is no description text (not a job page, or not loaded). */
export function postingInfo(
  source: JobPostingSource,
  parts: { title?: string | undefined; company?: string | undefined; text: string },
): JobPostingInfo | undefined {
  const text = tidyText(parts.text);
  if (text === '') return undefined;
  const title = labelText(parts.title);
  const company = labelText(parts.company);
  return {
    ...(title === undefined ? {} : { title }),
    ...(company === undefined ? {} : { company }),
    text,
    source,
  };
}
