// The words a credential uses about itself, for skill matching. Here rather than in lib/verify
// so that the content script (through lib/present) does not pull the verification core in.

import type { CredentialSummary } from '../verify';

/** Skills first, then the name, achievement, description and criteria, without blanks. */
export function credentialWords(summary: CredentialSummary): string[] {
  return [
    ...summary.skills,
    summary.name,
    summary.achievement?.name,
    summary.description,
    summary.achievement?.description,
    summary.achievement?.criteria?.narrative,
  ].filter((text): text is string => typeof text === 'string' && text !== '');
}
