// VerifierPlus and direct credential files through matchCredentialUrl: stored shares,
// verify-by-URL links (https inner URLs only), generic file candidates and what is not one.
// PROVIDERS.md §1.6, §1.9.

import { describe, expect, it } from 'vitest';
import { matchCredentialUrl } from '../../../lib/detect';

const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const UUID = '1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c';

const match = (href: string) => matchCredentialUrl(href, PAGE);
const providerOf = (href: string) => match(href)?.providerId;

describe('verifier-plus', () => {
  it('fetches a stored share from its API and unwraps .credential', () => {
    expect(match(`https://verifierplus.org/credentials/${UUID.toUpperCase()}`)).toEqual({
      providerId: 'verifier-plus',
      label: 'VerifierPlus',
      sourceUrl: `https://verifierplus.org/credentials/${UUID.toUpperCase()}`,
      kind: 'credential',
      fetchUrl: `https://verifierplus.org/api/credentials/${UUID}`,
      credentialId: UUID,
      unwrap: 'credential',
    });
  });

  it.each([
    'https://verifierplus.org/#verify?vc=https%3A%2F%2Fissuer.example%2Fvc%2F1',
    'https://verifier.example.ac.uk/#verify?vc=https%3A%2F%2Fissuer.example%2Fvc%2F1',
    'https://verifierplus.org/#verify?foo=1&vc=https://issuer.example/vc/1',
  ])('fetches the inner credential URL of %s', (href) => {
    const result = match(href);
    expect(result).toMatchObject({ providerId: 'verifier-plus', kind: 'credential' });
    expect(result?.fetchUrl).toBe('https://issuer.example/vc/1');
    expect(result?.unwrap).toBeUndefined();
  });

  it.each([
    'https://verifierplus.org/#verify?vc=http%3A%2F%2Fissuer.example%2Fvc%2F1',
    'https://verifierplus.org/#verify?vc=javascript%3Aalert(1)',
    'https://verifierplus.org/#verify?vc=data%3Aapplication%2Fjson%2C%7B%7D',
    'https://verifierplus.org/#verify?vc=%2Fvc%2F1',
    'https://verifierplus.org/#verify?vc=https%3A%2F%2Fuser%3Apw%40issuer.example%2Fvc',
    'https://verifierplus.org/#verify?vc=',
    'https://verifierplus.org/#verify',
    'https://verifierplus.org/app/#verify?vc=https%3A%2F%2Fissuer.example%2Fvc%2F1',
    'https://verifierplus.org/?vc=https%3A%2F%2Fissuer.example%2Fvc%2F1',
    `https://verifierplus.org/credentials/${UUID}/extra`,
    `https://verifierplus.org.evil.example/credentials/${UUID}`,
  ])('does not match %s', (href) => {
    expect(providerOf(href)).toBeUndefined();
  });

  it('refuses an inner URL longer than the href limit', () => {
    const inner = encodeURIComponent(`https://issuer.example/${'a'.repeat(2100)}`);
    expect(match(`https://verifierplus.org/#verify?vc=${inner}`)).toBeUndefined();
  });
});

describe('direct', () => {
  it.each([
    'https://issuer.example/credentials/1.json',
    'https://issuer.example/credentials/1.JSONLD',
    'https://issuer.example/vc/1.jwt',
    'https://issuer.example/vc/1.jws',
    'https://issuer.example:8443/vc/1.json',
  ])('flags %s as a generic credential candidate', (href) => {
    expect(match(href)).toMatchObject({
      providerId: 'direct',
      label: 'Credential file',
      kind: 'credential',
      generic: true,
      fetchUrl: href,
    });
  });

  it('fetches without the fragment', () => {
    expect(match('https://issuer.example/vc/1.json#proof')?.fetchUrl).toBe(
      'https://issuer.example/vc/1.json',
    );
  });

  it('takes images only when the file name or context says badge, certificate or credential', () => {
    const base = 'https://learn.example.org/img/';
    expect(matchCredentialUrl(`${base}data-literacy-badge.png`, PAGE)?.generic).toBe(true);
    expect(
      matchCredentialUrl(`${base}x.svg`, PAGE, { alt: 'Certified Scrum badge' })?.generic,
    ).toBe(true);
    expect(matchCredentialUrl(`${base}x.png`, PAGE, { title: 'My Certification' })?.generic).toBe(
      true,
    );
    expect(matchCredentialUrl(`${base}x.png`, PAGE, { text: 'credential image' })?.generic).toBe(
      true,
    );
    expect(
      matchCredentialUrl(`${base}x.png`, PAGE, { alt: 'Team photo', isImage: true }),
    ).toBeUndefined();
    expect(matchCredentialUrl(`${base}x.png`, PAGE)).toBeUndefined();
    expect(matchCredentialUrl(`${base}x.jpg`, PAGE, { alt: 'badge' })).toBeUndefined();
  });

  it.each([
    'http://issuer.example/credentials/1.json',
    'https://github.com/acme/app/blob/main/package.json',
    'https://example.com/tsconfig.json',
    'https://img.shields.io/badge/build-passing-green.svg',
    'https://github.com/acme/app/actions/workflows/ci.yml/badge.svg',
    'https://issuer.example/credentials/1.json.html',
    'https://issuer.example/credentials/1.pdf',
    'https://issuer.example/credentials/json',
  ])('does not flag %s', (href) => {
    expect(matchCredentialUrl(href, PAGE, { alt: 'badge' })).toBeUndefined();
  });
});
