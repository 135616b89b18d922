// Public surface of lib/matching: a role's skills and how a candidate's credentials cover them.

/** Coverage of a role by verified and confirmed credentials. */
export {
  type CandidateCredential,
  type Coverage,
  type Covered,
  type CredentialSkills,
  computeCoverage,
  skillsOfCredential,
} from './coverage';
/** Skills a job posting requires and prefers. */
export { analyzeRole, type Role, type RoleSkill } from './role';
