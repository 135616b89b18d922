// Public surface of holder binding: is a credential the person's whose page it is on?

/** The credential's holder against the page's person and a typed email; a mismatch's verdict. */
export {
  holderCheckOf,
  nameMatchKey,
  PERSON_SOURCE_KEYS,
  withHolderCheck,
  withHolderName,
} from './check';
/** What a credential says about its holder, from every format. */
export { holderEvidence } from './evidence';
/** Names compared, with a stable reason (worded by nameMatchKey's catalogue message). */
export { compareNames } from './names';
export type {
  HolderEvidence,
  NameComparison,
  NameMatchOutcome,
  NameMatchReason,
  PagePerson,
} from './types';
