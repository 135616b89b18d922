/**
 * The hand-maintained list of job-page DOM adapters (STYLE.md §4). Adding a site means one file
 * in adapters/, one line here and fixtures under test/fixtures/roles-dom/<id>/.
 * @module
 */
import { ashby } from './adapters/ashby';
import { greenhouse } from './adapters/greenhouse';
import { indeed } from './adapters/indeed';
import { lever } from './adapters/lever';
import { linkedinJobs } from './adapters/linkedin-jobs';
import { seek } from './adapters/seek';
import { workable } from './adapters/workable';
import { workday } from './adapters/workday';
import type { RoleAdapter } from './types';

/** All job-page adapters; URL patterns are disjoint, so order does not matter. */
export const ROLE_ADAPTERS: readonly RoleAdapter[] = [
  linkedinJobs,
  greenhouse,
  lever,
  indeed,
  workday,
  ashby,
  seek,
  workable,
];

/** The adapter whose `matches(url)` is true, if any. */
export function roleAdapterFor(url: URL): RoleAdapter | undefined {
  return ROLE_ADAPTERS.find((adapter) => adapter.matches(url));
}
