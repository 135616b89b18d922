// Public surface of holder binding: is a credential the person's whose page it is on?

/** The credential's holder against the page's person and a typed email; a mismatch's verdict. */
export { holderCheckOf, PERSON_SOURCE_WORDS, withHolderCheck, withHolderName } from './check';
/** What a credential says about its holder, from every format. */
export { holderEvidence } from './evidence';
/** Names compared, with a stable reason and its wording. */
export { NAME_MATCH_WORDING } from './name-rules';
export { compareNames } from './names';
export type {
  HolderEvidence,
  NameComparison,
  NameMatchOutcome,
  NameMatchReason,
  PagePerson,
} from './types';
