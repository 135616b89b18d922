// Public surface of lib/matching: a role's skills and how a candidate's credentials cover them.

/** A page's candidate: credentials with skills, grouped by evidence. */
export {
  type CandidateSkills,
  candidateSkills,
  type PageCredential,
  type SkillEvidence,
} from './candidate';
/** Coverage of a role by verified and confirmed credentials. */
export {
  type CandidateCredential,
  type Coverage,
  type Covered,
  type CredentialSkills,
  computeCoverage,
  coverageFromSkills,
  skillsOfCredential,
} from './coverage';
/** Skills of a badge view's evidence. */
export { skillsOfEvidence } from './evidence-skills';
/** Skills a job posting requires and prefers. */
export { analyzeRole, type Role, type RoleContext, type RoleSkill, roleFromText } from './role';
/** A role's shortlist compared: coverage, matrix, CSV. */
export {
  type ComparedCandidate,
  type CompareSort,
  cellOf,
  compareCandidates,
  type MatrixCell,
  shortlistCsv,
} from './shortlist';
/** What the popup saves: roles from pages or pasted text, shortlist entries. */
export {
  type RoleDraft,
  roleOfPastedText,
  roleOfPosting,
  savedSkillOf,
  shortlistEntryOf,
} from './to-saved';
