// Stand-ins for the provider APIs the extension's test build reaches through its URL rewrite
// (`https://<host>/<path>` → `/providers/<host>/<path>`): Credly's and Badgr's public Open
// Badges 2.0 hosted assertions with their BadgeClass and issuer Profile (PROVIDERS.md §1.1,
// §1.3), and Accredible's proprietary credential JSON (§1.2). Ids are the real-looking https
// ones, since the verifier re-fetches each document from its id and compares them.

import { createHash } from 'node:crypto';
import {
  ACCREDIBLE,
  BADGR,
  type BadgrAssertion,
  CREDLY,
  type CredlyBadge,
  HOLDERS,
} from './catalogue';
import { json, type Resources } from './types';

const OB2 = 'https://w3id.org/openbadges/v2';
const CREDLY_API = 'https://api.credly.com/v1/obi/v2';
const BADGR_API = 'https://api.badgr.io/public';

/** The public provider URL (https) of a demo-world path under /providers/. */
export function providerUrl(path: string): string {
  return `https://${path.slice('/providers/'.length)}`;
}

/** The demo-world path serving a provider URL: https://<host>/<path> → /providers/<host>/<path>. */
export function providerPath(url: string): string {
  const parsed = new URL(url);
  return `/providers/${parsed.host}${parsed.pathname}`;
}

export const credlyAssertionUrl = (badge: CredlyBadge) =>
  `${CREDLY_API}/badge_assertions/${badge.uuid}`;
export const badgrAssertionUrl = (badge: BadgrAssertion) => `${BADGR_API}/assertions/${badge.id}`;
export const accredibleApiUrl = (id: string) =>
  `https://api.accredible.com/v1/credential-net/credentials/${id}`;

/** Every provider resource, keyed by demo-world path. */
export function providerResources(): Resources {
  const resources: Resources = new Map();
  const put = (url: string, value: ReturnType<typeof json>) =>
    resources.set(providerPath(url), value);
  for (const badge of Object.values(CREDLY) as CredlyBadge[]) {
    const issuerUrl = `${CREDLY_API}/issuers/${badge.issuer.uuid}`;
    const classUrl = `${issuerUrl}/badge_classes/${badge.classUuid}`;
    put(
      credlyAssertionUrl(badge),
      badge.revoked === true
        ? json({ revoked: true }, 410)
        : json({
            '@context': OB2,
            type: 'Assertion',
            id: credlyAssertionUrl(badge),
            badge: classUrl,
            image: `${credlyAssertionUrl(badge)}/image`,
            recipient: {
              type: 'email',
              hashed: true,
              identity: sha256(HOLDERS[badge.holder].email),
            },
            issuedOn: badge.issuedOn,
            ...(badge.expires === undefined ? {} : { expires: badge.expires }),
            evidence: [
              {
                type: 'Evidence',
                id: `https://www.credly.com/badges/${badge.uuid}`,
                name: badge.name,
              },
            ],
            verification: { type: 'HostedBadge' },
          }),
    );
    put(
      classUrl,
      json({
        '@context': OB2,
        type: 'BadgeClass',
        id: classUrl,
        name: badge.name,
        description: badge.description,
        image: `https://images.credly.com/images/${badge.classUuid}/image.png`,
        criteria: { id: `https://www.credly.com/org/badge/${badge.slug}` },
        issuer: issuerUrl,
        tags: badge.skills,
      }),
    );
    put(
      issuerUrl,
      json({
        '@context': OB2,
        type: 'Issuer',
        id: issuerUrl,
        name: badge.issuer.name,
        url: badge.issuer.url,
      }),
    );
    const page = credlyPage(badge);
    for (const suffix of ['', '/public_url', '/linked_in_profile'])
      resources.set(`/providers/www.credly.com/badges/${badge.uuid}${suffix}`, page);
  }
  for (const badge of Object.values(BADGR) as BadgrAssertion[]) badgr(badge, put);
  put(accredibleApiUrl(ACCREDIBLE.id), json({ data: accredibleCredential() }));
  return resources;
}

function badgr(badge: BadgrAssertion, put: (url: string, value: ReturnType<typeof json>) => void) {
  const id = badgrAssertionUrl(badge);
  const badgeUrl = `${BADGR_API}/badges/${badge.badgeId}`;
  const issuerUrl = `${BADGR_API}/issuers/${badge.issuerId}`;
  const salt = `demo-${badge.id.slice(0, 6)}`;
  put(
    id,
    json(
      badge.revocationReason !== undefined
        ? {
            '@context': OB2,
            type: 'Assertion',
            id,
            revoked: true,
            revocationReason: badge.revocationReason,
          }
        : {
            '@context': OB2,
            type: 'Assertion',
            id,
            badge: badgeUrl,
            image: `${id}/image`,
            recipient: {
              type: 'email',
              hashed: true,
              salt,
              identity: sha256(`${HOLDERS[badge.holder].email}${salt}`),
            },
            issuedOn: badge.issuedOn,
            verification: { type: 'HostedBadge' },
            'extensions:recipientProfile': {
              '@context': 'https://openbadgespec.org/extensions/recipientProfile/context.json',
              type: ['Extension', 'extensions:RecipientProfile'],
              name: HOLDERS[badge.holder].name,
            },
          },
    ),
  );
  put(
    badgeUrl,
    json({
      '@context': OB2,
      type: 'BadgeClass',
      id: badgeUrl,
      name: badge.name,
      description: badge.description,
      image: `${badgeUrl}/image`,
      criteria: { narrative: badge.description },
      issuer: issuerUrl,
      tags: [],
    }),
  );
  put(
    issuerUrl,
    json({
      '@context': OB2,
      type: 'Issuer',
      id: issuerUrl,
      name: badge.issuerName,
      url: 'https://badgr.com',
    }),
  );
}

/**
 * Accredible's credential-net JSON, as its public SPA loads it: `{ data: { … } }` with snake_case
 * members (PROVIDERS.md §1.2). Not Open Badges and not signed.
 */
function accredibleCredential() {
  return {
    id: 61542877,
    uuid: ACCREDIBLE.id,
    name: ACCREDIBLE.name,
    description:
      'Designs, develops and manages robust, secure and scalable solutions on Google Cloud.',
    issued_on: ACCREDIBLE.issuedOn,
    expired_on: ACCREDIBLE.expiresOn,
    expired: false,
    revoked: false,
    revoked_at: null,
    private: false,
    recipient: { name: HOLDERS.ada.name },
    issuer: { name: ACCREDIBLE.issuerName, url: 'https://cloud.google.com/learn/certification' },
    group: { course_name: ACCREDIBLE.name },
    learning_outcomes: ['Google Cloud', 'Cloud Architecture', 'Kubernetes'],
    badge_image: `https://api.accredible.com/v1/frontend/credential_website_embed_image/badge/${ACCREDIBLE.id}`,
  };
}

/** Credly's public badge page, reduced to what a verifier reads (og:title). */
function credlyPage(badge: CredlyBadge) {
  const title = `${badge.name} was issued by ${badge.issuer.name} to ${HOLDERS[badge.holder].name}.`;
  const safe = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${safe}</title><meta property="og:title" content="${safe}"></head><body><h1>${safe}</h1></body></html>`,
  };
}

function sha256(text: string): string {
  return `sha256$${createHash('sha256').update(text).digest('hex')}`;
}
