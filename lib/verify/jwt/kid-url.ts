// A `kid` that is an https URL serving a bare JWK (OB 3.0 §8.2.4.1: "a URI that can be
// dereferenced to an object of type JWK"). The JWK is fetched through the safe fetch and counts
// as the issuer's only when that is provable: served from the issuer's own https origin, or
// listed in the issuer's Profile fetched from its id. Never read out of a URL fragment.

import type { JWK } from 'jose';
import { clip } from '../../shared/text';
import { JwkSchema, ProfileSchema, referencedIds } from '../keys';
import type { FoundKey, JwsKeyContext, KeyProblem } from './jws-key';

/** Profile members that may list the issuer's keys (OB 2.0 `publicKey`, CID relationships). */
const PROFILE_KEY_MEMBERS = ['publicKey', 'verificationMethod', 'assertionMethod'];

/**
 * The key behind an https `kid` without a fragment when it serves a bare JWK; undefined when
 * the document is not a JWK (a controller document: the caller resolves it as one).
 */
export async function fromKidUrl(
  url: string,
  context: JwsKeyContext,
): Promise<FoundKey | KeyProblem | undefined> {
  const fetched = await context.fetchJson(url);
  if (!fetched.ok)
    return { outcome: 'unknown', code: fetched.error.code, detail: `key: ${fetched.error.detail}` };
  const parsed = JwkSchema.safeParse(fetched.value);
  if (!parsed.success) return undefined;
  const jwk = parsed.data;
  if ('d' in jwk)
    return {
      outcome: 'fail',
      code: 'key_private_exposed',
      detail: 'the kid URL serves a private key',
    };
  const key = { jwk, controller: context.issuerId };
  const whose = context.presentation === true ? 'holder' : 'issuer';
  // Policy: the issuer's https origin speaks for it, as OB 3.0 key provenance already assumes
  // when it trusts https://<authority of issuer.id>/.well-known/jwks.json.
  if (sameOrigin(url, context.issuerId))
    return { ...key, label: `${clip(url)} (on the ${whose}'s own origin)` };
  if (!/^https:\/\//i.test(context.issuerId))
    return unbound(
      key,
      url,
      `the ${whose} ${clip(context.issuerId)} has no https origin or profile that could list it`,
    );
  const profile = await context.fetchJson(context.issuerId);
  if (!profile.ok)
    return {
      ...key,
      label: clip(url),
      unbound: {
        outcome: 'unknown',
        code: profile.error.code,
        detail: `${whose} profile, needed to tie the key at ${clip(url)} to the ${whose}: ${profile.error.detail}`,
      },
    };
  if (listsKey(profile.value, context.issuerId, url))
    return { ...key, label: `${clip(url)} (listed in the ${whose}'s profile)` };
  return unbound(
    key,
    url,
    `it is neither on the ${whose}'s origin nor listed in the ${whose}'s profile`,
  );
}

function unbound(key: { jwk: JWK; controller: string }, url: string, why: string): FoundKey {
  return {
    ...key,
    label: clip(url),
    unbound: {
      outcome: 'fail',
      code: 'jwt_kid_not_bound',
      detail: `the key at ${clip(url)}: ${why}`,
    },
  };
}

function sameOrigin(url: string, issuerId: string): boolean {
  try {
    const issuer = new URL(issuerId);
    return issuer.protocol === 'https:' && new URL(url).origin === issuer.origin;
  } catch {
    return false;
  }
}

/** The profile is the issuer's own (its id is the issuer id) and names `url` as one of its keys. */
function listsKey(profile: unknown, issuerId: string, url: string): boolean {
  const parsed = ProfileSchema.safeParse(profile);
  if (!parsed.success) return false;
  const record = parsed.data;
  if (record.id !== issuerId) return false;
  return PROFILE_KEY_MEMBERS.some((member) => referencedIds(record[member]).includes(url));
}
