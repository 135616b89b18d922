/**
 * Public surface of lib/skills: extract job text → normalise → match skills against the pack
 * (complete ESCO pillar in English, French and Spanish + O*NET technology and tools + curated
 * aliases), with precision rules as data. See PROVIDERS.md §4.
 * @module
 */

export { SKILL_ALIASES } from './data/aliases';
export { decodeEntities, htmlToText } from './html-text';
export { type RequirementsSplit, splitRequirements } from './job-text';
export { detectLanguage, type PostingLanguage } from './language';
export { createDefaultSkillMatcher, loadSkillsPack } from './load-pack';
export {
  createCompactSkillMatcher,
  createSkillMatcher,
  type FindOptions,
  type SkillMatcher,
} from './matcher';
export { normalise, normaliseToken, type Token, tokenize } from './normalize';
export {
  COMMITTED_PACK_FILES,
  loadSkillMatcher,
  SHIPPED_PACK_FILES,
  type ShippedPackFile,
  shippedPackFiles,
} from './pack-files';
export { type CompactLanguageTerms, type CompactPack, readPack, writePack } from './pack-format';
export {
  BLOCKED_TERMS,
  CAPITALISED_ONLY,
  ORGANISATION_TERMS,
  PRECISION_RULES,
  type PrecisionRule,
  type RuleExample,
  WORD_RULES,
  type WordRule,
} from './rules';
export type { SkillAlias, SkillEntry, SkillHit, SkillKind, SkillsPack } from './types';
