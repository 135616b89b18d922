// The words for verdicts, by the message keys of the extension's catalogues (public/_locales):
// the service worker says them in the browser's language through browser.i18n; everything else
// (the CLI, tests) in English, from here. test/unit/i18n checks these are the catalogue's
// English words.

import { fillPlaceholders } from '../shared/text';

export const VERDICT_WORDS = {
  verdict_checking: 'Checking…',
  verdict_verified: 'Verified',
  verdict_confirmed: 'Confirmed',
  verdict_expired: 'Expired',
  verdict_revoked: 'Revoked',
  verdict_suspended: 'Suspended',
  verdict_invalid: 'Invalid',
  // Short enough for the badge: the card says whose it is ("issued to …, not …").
  verdict_misattributed: 'Someone else’s',
  verdict_unverifiable: 'Could not check',
  verdict_linkOnly: 'Could not check',
  confirmedBy: 'Confirmed by $1',
  confirmedByIssuer: 'Confirmed by its issuer',
  verifiedPresentation: 'Verified presentation',
  presentationVerdict: 'Presentation: $1',
} as const;

export type VerdictWordKey = keyof typeof VERDICT_WORDS;

/** Says the words for `key` with `$1`… filled in. */
export type Say = (key: VerdictWordKey, ...substitutions: string[]) => string;

/** The English words (the CLI, tests, and any message a catalogue lacks). */
export const sayEnglish: Say = (key, ...substitutions) =>
  fillPlaceholders(VERDICT_WORDS[key], substitutions);
