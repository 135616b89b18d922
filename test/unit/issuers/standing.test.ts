// Issuer standing: the user's additions first, then the bundled list (exact ids and namespace
// prefixes that stop at a separator), bundled entries the user hid ignored, and every bundled
// entry citing where its identifier is described.

import { describe, expect, it } from 'vitest';
import { issuerStanding, KNOWN_ISSUERS } from '../../../lib/issuers';

const NONE = { added: [], removed: [] };
const CREDLY = 'did:web:www.credly.com:api:v1:obi:v3:issuers:';

describe('issuerStanding', () => {
  it('knows an issuer inside a bundled namespace and says which list and source', () => {
    const standing = issuerStanding(`${CREDLY}0f3c2a1b-aaaa`, NONE);
    expect(standing).toMatchObject({ known: true, by: 'bundled' });
    expect(standing.listedAs).toMatch(/Credly/);
    expect(standing.source).toMatch(/openbadges-specification/);
  });

  it('does not treat the namespace itself, or a look-alike host, as known', () => {
    expect(issuerStanding(CREDLY, NONE).known).toBe(false);
    expect(issuerStanding('did:web:www.credly.com.evil.example:issuers:1', NONE).known).toBe(false);
    expect(
      issuerStanding('https://api.credly.com.evil.example/v1/obi/v2/issuers/1', NONE).known,
    ).toBe(false);
  });

  it('reports an unlisted issuer as unknown, with nothing else claimed', () => {
    expect(issuerStanding('did:key:z6MkExample', NONE)).toEqual({ known: false });
  });

  it("prefers the user's own name for an issuer they trust", () => {
    const trust = { added: [{ id: 'did:key:z6MkExample', name: 'Night School' }], removed: [] };
    expect(issuerStanding('did:key:z6MkExample', trust)).toEqual({
      known: true,
      listedAs: 'Night School',
      by: 'user',
    });
  });

  it('ignores a bundled entry the user removed', () => {
    expect(issuerStanding(`${CREDLY}abc`, { added: [], removed: [CREDLY] }).known).toBe(false);
  });

  it('every bundled entry has a name and a source, and prefixes end at a separator', () => {
    for (const entry of KNOWN_ISSUERS) {
      expect(entry.name.length).toBeGreaterThan(5);
      expect(entry.source.length).toBeGreaterThan(10);
      if (entry.prefix) expect(entry.id).toMatch(/[:/]$/);
    }
    expect(new Set(KNOWN_ISSUERS.map((entry) => entry.id)).size).toBe(KNOWN_ISSUERS.length);
  });
});
