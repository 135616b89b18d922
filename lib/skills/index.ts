/**
 * Public surface of lib/skills: extract job text → normalise → match skills against the pack
 * (ESCO 1.2.0 + O*NET 29.3 + curated aliases). See PROVIDERS.md §4.
 * @module
 */

export { SKILL_ALIASES } from './data/aliases';
export { decodeEntities, htmlToText } from './html-text';
export { type RequirementsSplit, splitRequirements } from './job-text';
export { createDefaultSkillMatcher, loadSkillsPack } from './load-pack';
export { createSkillMatcher, type SkillMatcher } from './matcher';
export { normalise, normaliseToken, type Token, tokenize } from './normalize';
export type { SkillAlias, SkillEntry, SkillHit, SkillKind, SkillsPack } from './types';
