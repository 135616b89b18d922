/**
 * Public surface of lib/roles: detect the job posting being viewed (schema.org JobPosting JSON-LD,
 * then per-site DOM adapters for LinkedIn Jobs, Greenhouse, Lever, Indeed, Workday and Ashby) and
 * return its plain text for lib/skills (`splitRequirements`, `SkillMatcher.find`).
 * PROVIDERS.md §2.3–2.4.
 *
 * @example
 * const posting = detectJobPosting(document, new URL(location.href));
 * if (posting) matcher.find(splitRequirements(posting.text).required);
 * @module
 */

export { detectJobPosting } from './detect-role';
export {
  elementText,
  isHidden,
  type RoleElement,
  type RoleNode,
  type RoleRoot,
} from './dom';
export { extractJsonLdJobPosting, jobPostingFromJson } from './json-ld';
export { looksLikeHtml, type PostingOfString, postingOfString } from './posting-markup';
export { ROLE_ADAPTERS, roleAdapterFor } from './registry';
export {
  type JobPostingInfo,
  type JobPostingSource,
  MAX_LABEL_TEXT,
  MAX_POSTING_TEXT,
  type RoleAdapter,
  type RoleAdapterId,
} from './types';
