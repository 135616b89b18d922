/**
 * Types of job-posting detection: what a page yields (`JobPostingInfo`) and the per-site DOM
 * adapters (`RoleAdapter`) that produce it when a page has no schema.org JobPosting JSON-LD.
 * @module
 */
import type { RoleRoot } from './dom';

/** Ids of the per-site DOM adapters, one file each in lib/roles/adapters/. */
export type RoleAdapterId =
  | 'linkedin-jobs'
  | 'greenhouse'
  | 'lever'
  | 'indeed'
  | 'workday'
  | 'ashby'
  | 'seek'
  | 'workable';

/**
 * Where a posting was read from: JSON-LD on any page, a site adapter's DOM reading, or the generic
 * reader (microdata, `og:` tags, the main heading and main content) on a page that looks like a job.
 */
export type JobPostingSource = 'json-ld' | RoleAdapterId | 'generic';

/** The job being viewed, as plain text ready for lib/skills. */
export interface JobPostingInfo {
  readonly title?: string;
  readonly company?: string;
  /** Where the job is ("Melbourne VIC", "Remote"), kept apart from the title. */
  readonly location?: string;
  /**
   * Description, qualifications, skills etc. as plain text. Section headings stay on their own
   * lines and list items start with "• ", so `splitRequirements` can split required/preferred.
   * Capped at {@link MAX_POSTING_TEXT} characters.
   */
  readonly text: string;
  readonly source: JobPostingSource;
}

/** One recruiting site's DOM reader. Pure: reads `root` and `url`, never `document`/`location`. */
export interface RoleAdapter {
  readonly id: RoleAdapterId;
  readonly label: string;
  /** True when `url` is a job-posting page of this site. */
  matches(url: URL): boolean;
  /** Real-shaped job URLs that must match this adapter and no other. */
  readonly examples: readonly string[];
  /** Reads the posting from the page; `undefined` when the page holds no posting text. */
  extract(root: RoleRoot, url: URL): JobPostingInfo | undefined;
}

export { MAX_LABEL_TEXT, MAX_POSTING_TEXT } from './limits';
