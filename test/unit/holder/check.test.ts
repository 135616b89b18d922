// The holder check: the credential's holder evidence against the page's person and a typed
// email, and what it does to the verdict.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { HolderEvidence, PagePerson } from '../../../lib/holder';
import { holderCheckOf, withHolderCheck } from '../../../lib/holder';
import { type BadgeView, HolderCheckSchema } from '../../../lib/messaging';
import { LANGUAGES, sayIn } from '../../helpers/catalogue';

const JORDAN: PagePerson = { name: 'Jordan Rivera', source: 'linkedin' };
const evidence = (names: string[], identities: HolderEvidence['identities'] = []) => ({
  names: names.map((name) => ({ name, source: 'credentialSubject.name' as const })),
  ids: [],
  identities,
});
const view = (verdict: BadgeView['verdict']): BadgeView => ({
  verdict,
  headline: verdict,
  skills: [],
  checks: [],
  sourceUrl: 'https://example.org/badge',
  providerLabel: 'Example',
});
const hashed = (email: string, salt = '') => ({
  type: 'email',
  identity: `sha256$${bytesToHex(sha256(new TextEncoder().encode(email + salt)))}`,
  hashed: true,
  ...(salt === '' ? {} : { salt }),
});

describe('holderCheckOf', () => {
  it('keeps every holder line within the view’s 600 characters, in every language', () => {
    // As long as names are compared (MAX_NAME_LENGTH): two of them fill most of a line.
    const long = `Jordan ${'Rivera'.repeat(48)}`.slice(0, 256);
    const person: PagePerson = { name: long, source: 'json-ld' };
    for (const language of LANGUAGES) {
      const say = sayIn(language);
      for (const email of [undefined, 'someone@example.org'])
        for (const names of [[long], [`Mallory ${long}`.slice(0, 256)]]) {
          const check = holderCheckOf(
            { evidence: evidence(names, [hashed('jordan@example.org')]), person, email },
            say,
          );
          expect(HolderCheckSchema.safeParse(check).success, `${language} ${check?.text}`).toBe(
            true,
          );
        }
    }
  });

  it("says whose it is when the names agree, naming where the page's name came from", () => {
    const check = holderCheckOf({ evidence: evidence(['Jordan Rivera']), person: JORDAN });
    expect(check).toMatchObject({ outcome: 'match', reason: 'same_name' });
    expect(check?.text).toBe(
      "Issued to Jordan Rivera, the person this page is about (the LinkedIn profile's name).",
    );
  });

  it('names both sides of a mismatch, and a mismatch turns Verified and Confirmed away', () => {
    const check = holderCheckOf({ evidence: evidence(['Mallory Impostor']), person: JORDAN });
    expect(check).toMatchObject({ outcome: 'mismatch', reason: 'different_names' });
    expect(check?.text).toMatch(/^Issued to Mallory Impostor, not Jordan Rivera \(/);
    for (const verdict of ['verified', 'confirmed'] as const)
      expect(withHolderCheck(view(verdict), check)).toMatchObject({
        verdict: 'misattributed',
        headline: 'Someone else’s',
      });
    // A failed credential keeps its own verdict; the card still says whose it was.
    expect(withHolderCheck(view('revoked'), check)).toMatchObject({
      verdict: 'revoked',
      holderCheck: { outcome: 'mismatch' },
    });
  });

  it('takes the best of several names (the credential and its provider)', () => {
    const check = holderCheckOf({
      evidence: evidence(['Mallory Impostor', 'Jordan Rivera']),
      person: JORDAN,
    });
    expect(check?.outcome).toBe('match');
  });

  it('a possible match is a note, not a failure', () => {
    const check = holderCheckOf({ evidence: evidence(['J. Rivera']), person: JORDAN });
    expect(check).toMatchObject({ outcome: 'possible', reason: 'initial_only' });
    expect(withHolderCheck(view('verified'), check).verdict).toBe('verified');
  });

  it('says unknown, and why, when either side has no name', () => {
    expect(holderCheckOf({ evidence: evidence([]), person: JORDAN })).toMatchObject({
      outcome: 'unknown',
      reason: 'no_credential_name',
    });
    expect(
      holderCheckOf({ evidence: evidence([], [hashed('jordan@example.org')]), person: JORDAN })
        ?.text,
    ).toContain('enter the candidate’s email');
    expect(holderCheckOf({ evidence: evidence(['Jordan Rivera']) })).toMatchObject({
      outcome: 'unknown',
      reason: 'no_page_name',
    });
    expect(holderCheckOf({})).toBeUndefined();
  });

  it('an email the recruiter typed outweighs the names, salted or not', () => {
    const claims = [hashed('jordan@example.org', 'pepper')];
    const mallory = evidence(['Mallory Impostor'], claims);
    const matched = holderCheckOf({
      evidence: mallory,
      person: JORDAN,
      email: ' jordan@example.org ',
    });
    expect(matched).toMatchObject({ outcome: 'match', reason: 'email_matches', email: 'match' });
    // Another address with no name to go on: someone else's.
    const other = holderCheckOf({
      evidence: evidence([], claims),
      person: JORDAN,
      email: 'someone@example.org',
    });
    expect(other).toMatchObject({ outcome: 'mismatch', reason: 'email_differs' });
    expect(withHolderCheck(view('confirmed'), other).verdict).toBe('misattributed');
    // Another address but the same name: people have several addresses, so a possible match.
    const named = holderCheckOf({
      evidence: evidence(['Jordan Rivera'], claims),
      person: JORDAN,
      email: 'someone@example.org',
    });
    expect(named).toMatchObject({ outcome: 'possible', reason: 'email_differs' });
    expect(withHolderCheck(view('verified'), named).verdict).toBe('verified');
    // A mailto: subject id counts as the recipient's email.
    expect(
      holderCheckOf({
        evidence: { ...evidence(['Jordan Rivera']), ids: ['mailto:jordan@example.org'] },
        email: 'Jordan@Example.org',
      }),
    ).toMatchObject({ outcome: 'match', email: 'match' });
    // No recipient identity to check: the names decide, and the email says "absent".
    expect(
      holderCheckOf({ evidence: evidence(['Jordan Rivera']), person: JORDAN, email: 'a@b.c' }),
    ).toMatchObject({ outcome: 'match', email: 'absent' });
  });
});
