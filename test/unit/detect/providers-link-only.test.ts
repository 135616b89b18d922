// The link-only providers (Coursera, edX, Microsoft Learn, Open Badge Passport, Parchment
// awards, LearnCard, Europass): recognised with a credential id and no fetch URL, so they show
// as "could not check", never as a verdict. PROVIDERS.md §1.4, §1.5, §1.8, §1.10, §1.11.

import { describe, expect, it } from 'vitest';
import { matchCredentialUrl } from '../../../lib/detect';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');

const match = (href: string) => matchCredentialUrl(href, PAGE);
const providerOf = (href: string) => match(href)?.providerId;

describe('link-only providers', () => {
  it.each([
    [
      'https://www.coursera.org/account/accomplishments/verify/Q7ZK4LM2XP9R',
      'coursera',
      'Q7ZK4LM2XP9R',
    ],
    ['https://www.coursera.org/verify/specialization/H3J8N2W6Y4TA', 'coursera', 'H3J8N2W6Y4TA'],
    [
      'https://courses.edx.org/certificates/4C9E2B7A1D3F4E5A8B6C0D9E7F1A2B3C/',
      'edx',
      '4c9e2b7a1d3f4e5a8b6c0d9e7f1a2b3c',
    ],
    [
      'https://credentials.edx.org/credentials/a8f3c1e92b4d4f7e9a0b1c2d3e4f5a6b/',
      'edx',
      'a8f3c1e92b4d4f7e9a0b1c2d3e4f5a6b',
    ],
    [
      'https://learn.microsoft.com/api/credentials/share/en-us/JaneDoe-4821/7A3C9E1F5B2D8A64?sharingId=2F8E6D4C1A9B3E75',
      'microsoft-learn',
      '7a3c9e1f5b2d8a64',
    ],
    ['https://openbadgepassport.com/app/badge/info/482913', 'open-badge-passport', '482913'],
    [
      'https://www.parchment.com/u/award/9d4c2e7f1a3b5c6d8e0f2a4b6c8d0e1f',
      'parchment-award',
      '9d4c2e7f1a3b5c6d8e0f2a4b6c8d0e1f',
    ],
    ['https://learncard.app/s/q2Xv8RkT1mPz4WnC7bLd9A#key', 'learncard', 'q2Xv8RkT1mPz4WnC7bLd9A'],
  ])('recognises %s without a fetch URL', (href, providerId, credentialId) => {
    const result = match(href);
    expect(result).toMatchObject({ providerId, kind: 'link-only', credentialId });
    expect(result?.fetchUrl).toBeUndefined();
  });

  it.each([
    'https://learncard.app/share-creds/urn%3Alc%3Auri/seed123',
    'https://learncard.app/?uri=urn:lc:boost:1&seed=abc&pin=1',
    'https://europa.eu/europass/digital-credentials/viewer/#/credential-details/urn:credential:1',
  ])('recognises %s', (href) => {
    expect(match(href)?.kind).toBe('link-only');
  });

  it.each([
    'https://www.coursera.org/specializations/deep-learning',
    'https://www.coursera.org/account/accomplishments/verify/SHORT',
    'https://courses.edx.org/certificates/4c9e2b7a1d3f4e5a8b6c0d9e7f1a2b3',
    'https://credentials.edx.org/certificates/4c9e2b7a1d3f4e5a8b6c0d9e7f1a2b3c',
    'https://learn.microsoft.com/en-us/credentials/certifications/azure-administrator/',
    'https://openbadgepassport.com/app/badge/info/abc',
    'https://www.parchment.com/u/award/9d4c2e7f',
    'https://learncard.app/?uri=https://example.com&seed=abc',
    'https://europa.eu/europass/digital-credentials/viewer/#/home',
    'https://europa.eu/europass/digital-credentials/viewer/',
    'https://coursera.org.evil.example/verify/Q7ZK4LM2XP9R',
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });
});
