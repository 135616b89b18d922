// Is this credential the person's whose page it is on? The credential's holder evidence
// (evidence.ts) against the page's person (page-person.ts) and, when the recruiter typed it,
// the candidate's email against the credential's recipient identities. Decided for every
// answer, never cached with the verdict: the same credential can sit on many pages.
//
// Policy: an email the recruiter knows outweighs names (a hashed recipient matching it is the
// issuer's own statement of who earned the credential; names change and collide); without
// one, the best of the credential's names decides. A genuine credential issued to someone else
// is never shown as Verified or Confirmed: its verdict becomes "misattributed".

import type { BadgeView, HolderCheckView } from '../messaging';
import { verdictWords } from '../present';
import { type MessageKey, type Say, sayEnglish } from '../shared/words';
import { type Check, check, type VerificationResult } from '../verify';
import { checkRecipient } from '../verify/ob2/recipient';
import { compareNames } from './names';
import type { HolderEvidence, NameComparison, NameMatchOutcome, PagePerson } from './types';

export type HolderCheckInput = {
  evidence?: HolderEvidence | undefined;
  person?: PagePerson | undefined;
  /** The candidate's email as the recruiter typed it (session memory only). */
  email?: string | undefined;
};

/** Where the page's person was read, in words for the card and popup. */
export const PERSON_SOURCE_KEYS: Record<PagePerson['source'], MessageKey> = {
  linkedin: 'personSource_linkedin',
  'github-name': 'personSource_githubName',
  'github-login': 'personSource_githubLogin',
  'json-ld': 'personSource_jsonLd',
  'og:title': 'personSource_ogTitle',
  heading: 'personSource_heading',
};

const RANK: Record<NameMatchOutcome, number> = { match: 3, possible: 2, mismatch: 1, unknown: 0 };

/**
 * The holder check for one credential on one page, in `say`'s language, or undefined when there
 * is nothing to say.
 */
export function holderCheckOf(
  input: HolderCheckInput,
  say: Say = sayEnglish,
): HolderCheckView | undefined {
  const { evidence, person, email } = input;
  if (evidence === undefined && person === undefined) return undefined;
  const emailOutcome = emailCheck(evidence, email);
  const name = bestName(evidence, person);
  const personView =
    person === undefined
      ? {}
      : {
          person: {
            name: person.name,
            source: person.source,
            ...(person.login === undefined ? {} : { login: person.login }),
          },
        };
  const credentialName = name.credential ?? evidence?.names[0]?.name;
  const base = {
    ...(credentialName === undefined ? {} : { credentialName }),
    ...personView,
    ...(emailOutcome === undefined ? {} : { email: emailOutcome }),
  };
  if (emailOutcome === 'match')
    return {
      ...base,
      outcome: 'match',
      reason: 'email_matches',
      text: clipped(
        credentialName === undefined
          ? say('holder_emailMatch')
          : say('holder_emailMatchNamed', credentialName),
      ),
    };
  // A name compared (match, possible, mismatch) needs both names and the page's person, so
  // those are there whenever the sentences below name them.
  const to = credentialName ?? '';
  const page = person?.name ?? name.page ?? '';
  const where = person === undefined ? '' : say(PERSON_SOURCE_KEYS[person.source]);
  const wording = say(nameMatchKey(name.reason));
  if (emailOutcome === 'mismatch') {
    // People use several addresses: a name that fits still counts, as a possible match.
    if (name.outcome === 'match' || name.outcome === 'possible')
      return {
        ...base,
        outcome: 'possible',
        reason: 'email_differs',
        text: clipped(say('holder_emailDiffersSameName', to, page, where)),
      };
    return {
      ...base,
      outcome: 'mismatch',
      reason: 'email_differs',
      text: clipped(
        credentialName === undefined
          ? say('holder_emailDiffers')
          : say('holder_emailDiffersNamed', credentialName),
      ),
    };
  }
  const text =
    name.outcome === 'match'
      ? say('holder_nameMatch', to, where)
      : name.outcome === 'possible'
        ? say('holder_namePossible', to, page, where, wording)
        : name.outcome === 'mismatch'
          ? say('holder_nameMismatch', to, page, where, wording)
          : unknownText(name, evidence, person, say);
  return { ...base, outcome: name.outcome, reason: name.reason, text: clipped(text) };
}

/** A holder line fits the view (600 characters), whatever a language's words and the names. */
function clipped(text: string): string {
  return text.slice(0, 600);
}

/** Every reason's sentence: `nameMatch_<reason>` must exist, or this does not compile. */
export function nameMatchKey(reason: NameComparison['reason']): MessageKey {
  return `nameMatch_${reason}`;
}

/** The view with its holder check; a genuine credential issued to someone else says so. */
export function withHolderCheck(
  view: BadgeView,
  check: HolderCheckView | undefined,
  say: Say = sayEnglish,
): BadgeView {
  if (check === undefined) return view;
  if (check.outcome === 'mismatch' && (view.verdict === 'verified' || view.verdict === 'confirmed'))
    return {
      ...view,
      verdict: 'misattributed',
      headline: verdictWords('misattributed', say),
      holderCheck: check,
    };
  return { ...view, holderCheck: check };
}

/** The best of the credential's names against the page's person. */
function bestName(evidence: HolderEvidence | undefined, person: PagePerson | undefined) {
  const names = evidence?.names ?? [];
  const options = { pageLogin: person?.login };
  if (names.length === 0) return compareNames(undefined, person?.name, options);
  let best: NameComparison | undefined;
  for (const { name } of names) {
    const compared = compareNames(name, person?.name, options);
    if (best === undefined || RANK[compared.outcome] > RANK[best.outcome]) best = compared;
  }
  return best as NameComparison;
}

function emailCheck(
  evidence: HolderEvidence | undefined,
  email: string | undefined,
): HolderCheckView['email'] {
  if (email === undefined || email.trim() === '') return undefined;
  // A `mailto:` subject id is an email identity too, in the clear.
  const mailto: HolderEvidence['identities'] = (evidence?.ids ?? [])
    .filter((id) => /^mailto:/i.test(id))
    .map((id) => ({ type: 'email', identity: decoded(id.slice(7)), hashed: false }));
  const claims = [...(evidence?.identities ?? []), ...mailto]
    .filter((claim) => /^(email|emailaddress)$/i.test(claim.type))
    .map(({ type, identity, hashed, salt }) => ({
      type,
      identity,
      hashed,
      ...(salt === undefined ? {} : { salt }),
    }));
  const checked = checkRecipient(claims, email.trim());
  if (checked === undefined || checked.code === 'recipient_absent') return 'absent';
  if (checked.code === 'recipient_match') return 'match';
  if (checked.code === 'recipient_hash_unsupported') return 'unsupported';
  return 'mismatch';
}

function unknownText(
  name: NameComparison,
  evidence: HolderEvidence | undefined,
  person: PagePerson | undefined,
  say: Say,
): string {
  if (name.reason === 'no_page_name' || person === undefined) return say('holder_noPagePerson');
  if (name.reason === 'no_credential_name')
    return (evidence?.identities.length ?? 0) > 0
      ? say('holder_hashedOnly')
      : say('holder_unnamed');
  return say('holder_notCompared', say(nameMatchKey(name.reason)));
}

/** A percent-decoded address, or the text as it is when it does not decode. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The command line's holder check (`--holder-name`): the credential's names against the name
 * given, as a `holder` check, and the verdict it leads to (a genuine credential in someone
 * else's name is "misattributed"). A possible match passes with its own code: a note, not a
 * failure; no name to compare is a skipped check, never a pass.
 */
export function withHolderName(result: VerificationResult, name: string): VerificationResult {
  const compared = bestName(result.holder, { name, source: 'heading' });
  const detail = `${compared.credential ?? 'no name'} against ${name}: ${sayEnglish(nameMatchKey(compared.reason))}`;
  const outcome: Check =
    compared.outcome === 'match'
      ? check('holder', 'pass', 'holder_match', detail)
      : compared.outcome === 'possible'
        ? check('holder', 'pass', 'holder_possible_match', detail)
        : compared.outcome === 'mismatch'
          ? check('holder', 'fail', 'holder_mismatch', detail)
          : check('holder', 'skipped', 'holder_name_absent', detail);
  const genuine = result.status === 'verified' || result.status === 'confirmed';
  return {
    ...result,
    checks: [...result.checks, outcome],
    // The same rule as deriveStatus: whose it is never makes a credential invalid.
    status: genuine && outcome.code === 'holder_mismatch' ? 'misattributed' : result.status,
  };
}
