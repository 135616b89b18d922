// Look-alike issuers: a name confusable with a listed issuer's (the user's trusted issuers or
// the bundled list) while the id is not that issuer's is flagged and never "known"; the issuer's
// own id, or an unrelated name, is not.

import { describe, expect, it } from 'vitest';
import { issuerStanding, KNOWN_ISSUERS, lookalikeOf } from '../../../lib/issuers';

const AWS = { id: 'did:web:aws.example', name: 'Amazon Web Services' };
const TRUST = { added: [AWS], removed: [] };
const FAKE_NAME = '\u0410maz\u043en Web Services'; // Cyrillic А and о
const CREDLY = 'did:web:www.credly.com:api:v1:obi:v3:issuers:';

describe('lookalikeOf', () => {
  it("flags a name confusable with a trusted issuer's when the id differs", () => {
    expect(
      lookalikeOf({ issuerId: 'did:web:evil.example', issuerName: FAKE_NAME, trust: TRUST }),
    ).toBe('Amazon Web Services');
    // The very same name under another id is an impersonation too.
    expect(
      lookalikeOf({ issuerId: 'did:web:evil.example', issuerName: AWS.name, trust: TRUST }),
    ).toBe('Amazon Web Services');
  });

  it('does not flag the trusted issuer itself, or an unrelated name', () => {
    expect(lookalikeOf({ issuerId: AWS.id, issuerName: FAKE_NAME, trust: TRUST })).toBeUndefined();
    expect(
      lookalikeOf({ issuerId: 'did:web:g.example', issuerName: 'Google Cloud', trust: TRUST }),
    ).toBeUndefined();
    expect(
      lookalikeOf({ issuerId: 'did:web:x', issuerName: undefined, trust: TRUST }),
    ).toBeUndefined();
  });

  it('does not flag an issuer trusted under two ids with the same name', () => {
    const twice = { added: [AWS, { ...AWS, id: 'https://aws.example/issuer' }], removed: [] };
    expect(
      lookalikeOf({ issuerId: 'https://aws.example/issuer', issuerName: AWS.name, trust: twice }),
    ).toBeUndefined();
  });

  it("flags a bundled namespace's name used outside that namespace, not inside it", () => {
    const bundled = KNOWN_ISSUERS[0];
    if (bundled === undefined) throw new Error('empty bundled list');
    const spoof = bundled.name.replace('a', '\u0430');
    const none = { added: [], removed: [] };
    expect(lookalikeOf({ issuerId: 'did:web:evil.example', issuerName: spoof, trust: none })).toBe(
      bundled.name,
    );
    expect(
      lookalikeOf({ issuerId: `${bundled.id}abc`, issuerName: bundled.name, trust: none }),
    ).toBeUndefined();
  });
});

describe('issuerStanding with a name', () => {
  it('is never known for a look-alike, even inside a vetted namespace, and says whom it imitates', () => {
    expect(issuerStanding(`${CREDLY}evil`, TRUST, FAKE_NAME)).toEqual({
      known: false,
      looksLike: 'Amazon Web Services',
    });
    expect(issuerStanding('did:web:evil.example', TRUST, FAKE_NAME)).toEqual({
      known: false,
      looksLike: 'Amazon Web Services',
    });
  });

  it('is known as before for the listed issuer under its own id', () => {
    expect(issuerStanding(AWS.id, TRUST, 'Amazon Web Services')).toEqual({
      known: true,
      listedAs: 'Amazon Web Services',
      by: 'user',
    });
    expect(issuerStanding(`${CREDLY}abc`, TRUST, 'Night School').known).toBe(true);
  });
});
