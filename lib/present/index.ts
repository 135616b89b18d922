// Public surface of lib/present: verification results as recruiters see them.

/** Badge view models for finished, pending and link-only credentials. */
export { checkingView, linkOnlyView, toBadgeView } from './badge-view';
/** Plain-language wording for check codes. */
export { type CheckText, describeCheck } from './check-text';
