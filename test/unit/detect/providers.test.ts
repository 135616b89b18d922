// The provider adapters with machine-readable endpoints (Credly, Canvas Credentials, Open Badge
// Factory, Accredible) through matchCredentialUrl: positive shapes with their exact fetch URL
// and credential id, negatives (lookalike hosts, wrong id lengths, other paths, schemes).
// PROVIDERS.md §1.1–§1.4.

import { describe, expect, it } from 'vitest';
import { matchCredentialUrl } from '../../../lib/detect';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const UUID = '1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c';
const HEX40 = '3f2a9c4e1b7d8e6f5a4b3c2d1e0f9a8b7c6d5e4f';
const BADGR_ID = 'Xq3sQ0aTRn2kVb7wLm9pZA';

const match = (href: string) => matchCredentialUrl(href, PAGE);
const providerOf = (href: string) => match(href)?.providerId;

describe('credly', () => {
  const fetchUrl = `https://api.credly.com/v1/obi/v2/badge_assertions/${UUID}`;

  it.each([
    `https://www.credly.com/badges/${UUID}`,
    `https://www.credly.com/badges/${UUID}/`,
    `https://www.credly.com/badges/${UUID}/public_url`,
    `https://www.credly.com/badges/${UUID}/linked_in_profile`,
    `https://credly.com/badges/${UUID}?source=linked_in_profile`,
    `https://www.credly.com/badges/${UUID}#share`,
    `https://www.credly.com/earner/earned/badge/${UUID}`,
    `https://www.youracclaim.com/badges/${UUID}/public_url`,
    `https://youracclaim.com/badges/${UUID}`,
    `https://www.credly.com/badges/${UUID.toUpperCase()}`,
    `http://www.credly.com/badges/${UUID}`,
    `HTTPS://WWW.CREDLY.COM/badges/${UUID}`,
  ])('matches %s and fetches the lowercase OB 2.0 assertion', (href) => {
    expect(match(href)).toMatchObject({
      providerId: 'credly',
      label: 'Credly',
      kind: 'ob2-hosted',
      fetchUrl,
      credentialId: UUID,
    });
  });

  it('keeps the link as found in sourceUrl', () => {
    const href = `https://www.credly.com/badges/${UUID}/public_url?source=x`;
    expect(match(href)?.sourceUrl).toBe(href);
  });

  it.each([
    `https://credly.com.evil.example/badges/${UUID}`,
    `https://evilcredly.com/badges/${UUID}`,
    `https://www.credly.com.evil.example/badges/${UUID}`,
    `https://api.credly.com/badges/${UUID}`,
    `https://www.credly.com:8443/badges/${UUID}`,
    `https://user:pass@www.credly.com/badges/${UUID}`,
    `https://www.credly.com/badges/${UUID.slice(0, -1)}`,
    `https://www.credly.com/badges/${UUID}0`,
    `https://www.credly.com/badges/${UUID}/edit`,
    `https://www.credly.com/badges/${UUID}//`,
    'https://www.credly.com/users/jane-doe/badges',
    `ftp://www.credly.com/badges/${UUID}`,
    `javascript://www.credly.com/badges/${UUID}`,
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });
});

describe('canvas-credentials', () => {
  it.each([
    ['https://badgr.com', 'api.badgr.io'],
    ['https://www.badgr.com', 'api.badgr.io'],
    ['https://eu.badgr.com', 'api.eu.badgr.io'],
    ['https://au.badgr.com', 'api.au.badgr.io'],
    ['https://ca.badgr.com', 'api.ca.badgr.io'],
    ['https://sg.badgr.com', 'api.sg.badgr.io'],
    ['https://asu.badgr.com', 'api.badgr.io'],
    ['https://badges.parchment.com', 'api.badgr.io'],
    ['https://api.badgr.io', 'api.badgr.io'],
    ['https://api.eu.badgr.io', 'api.eu.badgr.io'],
    ['https://api.badges.parchment.eu', 'api.badges.parchment.eu'],
  ])('maps %s to the %s API', (origin, apiHost) => {
    expect(match(`${origin}/public/assertions/${BADGR_ID}`)).toMatchObject({
      providerId: 'canvas-credentials',
      kind: 'ob2-hosted',
      fetchUrl: `https://${apiHost}/public/assertions/${BADGR_ID}?v=2_0`,
      credentialId: BADGR_ID,
    });
  });

  it.each([
    `https://eu.badgr.com/public/assertions/${BADGR_ID}?identity__email=jane%40example.com`,
    `https://badgr.com/public/assertions/${BADGR_ID}/`,
    `https://api.badgr.io/public/assertions/${BADGR_ID}.json`,
  ])('drops queries and suffixes from the fetch URL of %s', (href) => {
    expect(match(href)?.fetchUrl).toMatch(new RegExp(`/public/assertions/${BADGR_ID}\\?v=2_0$`));
  });

  it.each([
    `https://badgr.com/public/assertions/${BADGR_ID.slice(1)}`,
    `https://badgr.com/public/assertions/${BADGR_ID}x`,
    `https://badgr.com/public/assertions/${BADGR_ID.slice(1)}!`,
    `https://badgr.com/public/badges/${BADGR_ID}`,
    `https://badgr.com.evil.example/public/assertions/${BADGR_ID}`,
    `https://info.badgr.com/public/assertions/${BADGR_ID}`,
    `https://demo.badgr.com/public/assertions/${BADGR_ID}`,
    `https://tenant.eu.badgr.com/public/assertions/${BADGR_ID}`,
    `https://constructor.badgr.com.evil.example/public/assertions/${BADGR_ID}`,
    `https://badges.parchment.eu/public/assertions/${BADGR_ID}`,
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });

  it('never reads a tenant name as a lookup key (constructor.badgr.com → US API)', () => {
    expect(match(`https://constructor.badgr.com/public/assertions/${BADGR_ID}`)?.fetchUrl).toBe(
      `https://api.badgr.io/public/assertions/${BADGR_ID}?v=2_0`,
    );
  });
});

describe('open-badge-factory', () => {
  it.each([
    `https://openbadgefactory.com/v1/assertion/${HEX40}.html`,
    `https://openbadgefactory.com/v1/assertion/${HEX40}`,
    `https://www.openbadgefactory.com/v1/assertion/${HEX40.toUpperCase()}.html?lang=fi`,
  ])('matches the OB 2.0 assertion %s and fetches it without .html', (href) => {
    expect(match(href)).toMatchObject({
      providerId: 'open-badge-factory',
      kind: 'ob2-hosted',
      fetchUrl: `https://openbadgefactory.com/v1/assertion/${HEX40}`,
      credentialId: HEX40,
    });
  });

  it.each([
    `https://openbadgefactory.com/obv3/credentials/${HEX40}.html`,
    `https://openbadgefactory.com/obv3/credentials/${HEX40}`,
  ])('matches the OB 3.0 credential %s as a credential', (href) => {
    expect(match(href)).toMatchObject({
      providerId: 'open-badge-factory',
      kind: 'credential',
      fetchUrl: `https://openbadgefactory.com/obv3/credentials/${HEX40}`,
    });
  });

  it.each([
    `https://openbadgefactory.com/v1/assertion/${HEX40.slice(1)}.html`,
    `https://openbadgefactory.com/v1/assertion/${HEX40}0.html`,
    `https://openbadgefactory.com/v1/assertion/${HEX40.slice(1)}g.html`,
    `https://openbadgefactory.com/v1/assertion/${HEX40}.htm`,
    `https://openbadgefactory.com/v1/badge/_/${HEX40}.html`,
    `https://openbadgefactory.com.evil.example/v1/assertion/${HEX40}.html`,
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });
});

describe('accredible', () => {
  it.each([
    ['https://www.credential.net/10000005', '10000005'],
    ['https://credential.net/123456', '123456'],
    ['https://www.credential.net/10000005#acc.Ab3dE5fG', '10000005'],
    ['https://www.credential.net/10000005/', '10000005'],
    [`https://stripecertifications.credential.net/${UUID}`, UUID],
    [`https://google.accredible.com/${UUID.toUpperCase()}`, UUID],
    ['https://edu.google.accredible.com/123456789?key=value', '123456789'],
  ])('matches %s', (href, id) => {
    expect(match(href)).toMatchObject({
      providerId: 'accredible',
      kind: 'accredible',
      fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${id}`,
      credentialId: id,
    });
  });

  it.each([
    'https://www.credential.net/12345',
    'https://www.credential.net/1234567890123456789012',
    'https://www.credential.net/profile/abcdef',
    'https://www.credential.net/10000005/edit',
    'https://www.accredible.com/10000005',
    'https://api.accredible.com/10000005',
    'https://dashboard.accredible.com/10000005',
    'https://accredible.com/10000005',
    'https://credential.net.evil.example/10000005',
    'https://notcredential.net/10000005',
    'https://achieve.snowflake.com/10000005',
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });
});
