// Public surface of lib/present: verification results as recruiters see them.

/** Badge view models for finished, pending and link-only credentials. */
export {
  checkingView,
  linkOnlyView,
  safeHttpUrl,
  toBadgeView,
  verdictWords,
} from './badge-view';
/** Plain-language wording for check codes. */
export { type CheckText, describeCheck } from './check-text';
/** Learner-facing diagnostics (preview page): each failing or unknown check as problem and fix. */
export {
  type DiagnosedCode,
  diagnose,
  diagnoseCheck,
  linkOnlyDiagnostic,
  PASS_ONLY_CODES,
  SKIPPED_ONLY_CODES,
} from './diagnostics';
