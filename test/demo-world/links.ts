// Which credential links each demo page shows, how each is written (LinkedIn redirect wrapper
// or not, button or badge image), and the verdict the extension must show for it. The pages
// render these lists and the server exports them as DemoLinks, so the two cannot drift apart.

import {
  ACCREDIBLE,
  BADGR,
  type BadgrAssertion,
  COURSERA_URL,
  CREDLY,
  type CredlyBadge,
  type Expected,
} from './catalogue';
import { credentialPath, OB3, type Ob3Spec } from './ob3-catalogue';
import type { DemoLink } from './types';

/** One entry of a "Licenses & certifications" list. */
export type ProfileCert = {
  name: string;
  issuer: string;
  /** "Issued Jan 2026 · Expires Jan 2028" */
  dates: string;
  credentialId?: string;
  /** The link as the page writes it. */
  href: string;
  /** Shown as an attached badge image (`<a><img alt="Credential badge"></a>`) instead of a button. */
  image?: true;
  skills: string[];
  expected: Expected;
  /** Issuer logo stand-in. */
  logo: { initials: string; color: string };
};

/** A Credly badge image in a GitHub README. */
export type GithubBadge = { name: string; href: string; image: string; expected: Expected };

export type DemoContent = {
  ada: ProfileCert[];
  grace: ProfileCert[];
  katherine: ProfileCert[];
  /** Jordan Rivera's: his own, one in a shorter form of his name, someone else's, a Credly badge. */
  jordan: ProfileCert[];
  github: GithubBadge[];
  /** A `.json` link in Ada's About text that is not a credential. */
  aboutJson: { text: string; href: string };
};

/** LinkedIn's outbound-link wrapper (PROVIDERS.md §2.1). */
export function linkedinRedirect(target: string): string {
  let hash = 0;
  for (const char of target) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(target)}&urlhash=${hash.toString(36).slice(0, 4)}&trk=public_profile`;
}

/** The demo pages' credential links for a demo world at `origin`. */
export function demoContent(origin: string): DemoContent {
  const ob3 = (spec: Ob3Spec, options: { wrap?: boolean; image?: true } = {}): ProfileCert => {
    const url = `${origin}${credentialPath(spec)}`;
    return {
      name: spec.tamperedName ?? spec.name,
      issuer:
        spec.issuer === 'institute' ? 'Analytical Engine Institute' : 'Credlens Demo University',
      dates: dates(spec.validFrom, spec.validUntil),
      href: options.wrap === true ? linkedinRedirect(url) : url,
      ...(options.image === undefined ? {} : { image: true }),
      skills: spec.skills,
      expected: spec.expected,
      logo:
        spec.issuer === 'institute'
          ? { initials: 'AE', color: '#7c3aed' }
          : { initials: 'CU', color: '#0a66c2' },
    };
  };
  return {
    ada: [
      credly(CREDLY.cka, '/public_url', true, 'confirmed'),
      ob3(OB3.vcEngineer, { wrap: true }),
      ob3(OB3.engine),
      ob3(OB3.machineLearning, { image: true }),
      {
        name: ACCREDIBLE.name,
        issuer: ACCREDIBLE.issuerName,
        dates: dates(ACCREDIBLE.issuedOn, ACCREDIBLE.expiresOn),
        credentialId: '61542877',
        href: `https://www.credential.net/${ACCREDIBLE.id}`,
        skills: ['Google Cloud', 'Cloud Architecture'],
        expected: 'confirmed',
        logo: { initials: 'G', color: '#ea4335' },
      },
      credly(CREDLY.awsArchitect, '', false, 'expired'),
      credly(CREDLY.terraform, '', true, 'revoked'),
      ob3(OB3.cloudSecurity),
      ob3(OB3.distributed, { wrap: true }),
      ob3(OB3.kubernetesSecurity),
      {
        name: 'Google IT Automation with Python Professional Certificate',
        issuer: 'Coursera',
        dates: 'Issued Sep 2025',
        credentialId: 'ZT5R8Q2MK7VB',
        href: COURSERA_URL,
        skills: ['Python', 'Automation'],
        expected: 'unverifiable',
        logo: { initials: 'C', color: '#0056d2' },
      },
    ],
    grace: [
      credly(CREDLY.ckad, '/linked_in_profile', true, 'confirmed'),
      ob3(OB3.compilers),
      ob3(OB3.navalData, { wrap: true }),
      badgr(BADGR.postman, false, 'confirmed'),
      badgr(BADGR.flowMatic, true, 'revoked'),
    ],
    katherine: [
      ob3(OB3.platformOps, { wrap: true }),
      ob3(OB3.cloudEngineering),
      ob3(OB3.costOptimisation),
    ],
    jordan: [
      ob3(OB3.delivery, { wrap: true }),
      ob3(OB3.goServices),
      ob3(OB3.borrowed),
      credly(CREDLY.kcna, '/public_url', true, 'confirmed'),
    ],
    github: [
      githubBadge(origin, CREDLY.cka, 'confirmed'),
      githubBadge(origin, CREDLY.lfcs, 'confirmed'),
      githubBadge(origin, CREDLY.awsArchitect, 'expired'),
      githubBadge(origin, CREDLY.terraform, 'revoked'),
    ],
    aboutJson: { text: 'talks-2026.json', href: `${origin}/files/talks-2026.json` },
  };
}

/**
 * Every DemoLink of the demo pages whose verdict the credential alone decides: all but Jordan
 * Rivera's (holderLinks), where the page's person can turn a verified credential misattributed.
 */
export function demoLinks(origin: string): DemoLink[] {
  const content = demoContent(origin);
  const fromCerts = (page: DemoLink['page'], certs: ProfileCert[]): DemoLink[] =>
    certs.map(({ name, href, expected }) => ({ page, name, href, expected }));
  return [
    ...fromCerts('profile', content.ada),
    {
      page: 'profile',
      name: content.aboutJson.text,
      href: content.aboutJson.href,
      expected: 'none',
    },
    ...fromCerts('grace', content.grace),
    ...fromCerts('katherine', content.katherine),
    ...content.github.map(({ name, href, expected }) => ({
      page: 'github' as const,
      name,
      href,
      expected,
    })),
  ];
}

/**
 * Jordan Rivera's links: their verdicts hold on his page only, since the extension compares each
 * credential's holder with the person a page is about (a verifier without the page says
 * "verified" for the one issued to someone else).
 */
export function holderLinks(origin: string): DemoLink[] {
  return demoContent(origin).jordan.map(({ name, href, expected }) => ({
    page: 'holder' as const,
    name,
    href,
    expected,
  }));
}

function credly(
  badge: CredlyBadge,
  suffix: string,
  wrap: boolean,
  expected: Expected,
): ProfileCert {
  const url = `https://www.credly.com/badges/${badge.uuid}${suffix}`;
  return {
    name: badge.name,
    issuer: badge.issuer.name,
    dates: dates(badge.issuedOn, badge.expires),
    credentialId: badge.uuid,
    href: wrap ? linkedinRedirect(url) : url,
    skills: badge.skills,
    expected,
    logo: { initials: initials(badge.issuer.name), color: badge.color },
  };
}

function badgr(badge: BadgrAssertion, wrap: boolean, expected: Expected): ProfileCert {
  const url = `https://badgr.com/public/assertions/${badge.id}`;
  return {
    name: badge.name,
    issuer: badge.issuerName,
    dates: dates(badge.issuedOn),
    href: wrap ? linkedinRedirect(url) : url,
    skills: [],
    expected,
    logo: { initials: initials(badge.issuerName), color: '#ff6c37' },
  };
}

function githubBadge(origin: string, badge: CredlyBadge, expected: Expected): GithubBadge {
  return {
    name: badge.name,
    href: `https://www.credly.com/badges/${badge.uuid}/public_url`,
    image: `${origin}/assets/credly/${badge.slug}.svg`,
    expected,
  };
}

/** LinkedIn's date line: "Issued Jan 2026 · Expires Jan 2028" (or "Expired …" when past). */
function dates(issued: string, expires?: string): string {
  const month = (iso: string) =>
    new Date(iso).toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (expires === undefined) return `Issued ${month(issued)}`;
  const verb = Date.parse(expires) < Date.now() ? 'Expired' : 'Expires';
  return `Issued ${month(issued)} · ${verb} ${month(expires)}`;
}

function initials(name: string): string {
  return name
    .replace(/^The /, '')
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}
