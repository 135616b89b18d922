// What every Open Badges 2.0/1.x path reads of the assertion itself: which version's dates it
// uses, whether it is OB 1.x, whether it is an Assertion at all, whether it is a Blockcerts one,
// and the checks every verified assertion ends with (its dates and the issuer's revocation list).

import { asRecord, clip } from '../../shared/text';
import { type Check, check } from '../result';
import { type BadgeDates, checkBadgeValidity } from '../validity';
import type { Ob2Context } from './context';
import { checkRevocationList } from './revocation-list';
import type { IssuerProfile, Ob2Document } from './schemas';
import { stringsOf } from './schemas';

const OPEN_BADGES_V1_CONTEXT = 'https://w3id.org/openbadges/v1';

/** OB 1.x dates (Unix seconds, plain dates) unless the assertion declares the OB 2.0 context. */
export function badgeDatesOf(document: Ob2Document): BadgeDates {
  return contextsOf(document).includes('https://w3id.org/openbadges/v2') ? 'ob-2' : 'ob-1';
}

/** An OB 1.x assertion: the v1 context, or no context with a `verify` object and a badge. */
export function isOpenBadge1(document: Ob2Document): boolean {
  if (contextsOf(document).includes(OPEN_BADGES_V1_CONTEXT)) return true;
  return (
    document['@context'] === undefined &&
    asRecord(document.verify) !== undefined &&
    document.badge !== undefined
  );
}

/** OB 2.0 §Assertion: `type` must be (or include) Assertion; BadgeClasses and Profiles are not badges. */
export function notAnAssertion(document: Ob2Document): Check | undefined {
  const types = stringsOf(document.type);
  if (types.includes('Assertion')) return undefined;
  // OB 1.0 assertions carry no type at all.
  if (types.length === 0 && isOpenBadge1(document)) return undefined;
  const what =
    types.length === 0 ? 'has no type' : `is a ${clip(types.join(', '))}, not an Assertion`;
  return check('format', 'fail', 'not_a_credential', `this Open Badges 2.0 document ${what}`);
}

/** Blockcerts v2: verification type MerkleProofVerification2017 or a MerkleProof2017 signature. */
export function blockchainProofNames(document: Ob2Document): string[] {
  return [...typesIn(document.verification), ...typesIn(document.signature)].filter((t) =>
    ['MerkleProofVerification2017', 'MerkleProof2017'].includes(t),
  );
}

/** The checks every assertion ends with: its dates, then the issuer's revocation list. */
export async function finishAssertion(
  assertion: Ob2Document,
  issuer: IssuerProfile | undefined,
  context: Ob2Context,
): Promise<Check[]> {
  const dates = checkBadgeValidity(assertion, badgeDatesOf(assertion), context.now);
  if (issuer === undefined) return [dates];
  return [dates, await checkRevocationList(assertion, issuer, context)];
}

/** The host of a URL, or undefined for anything else. */
export function hostOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  return new URL(value).host;
}

function contextsOf(document: Ob2Document): unknown[] {
  const context = document['@context'];
  return Array.isArray(context) ? context : [context];
}

function typesIn(value: unknown): string[] {
  return stringsOf(asRecord(value)?.type);
}
