// Recipient identity matching (OB 2.0 §IdentityObject, OB 3.0 IdentityObject): the credential
// carries `sha256$<hex>` or `md5$<hex>` of identity + salt, or the plain identity; the caller
// supplies the identity it knows (an email address, say) and learns whether they match.

import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { type Check, check } from '../result';

export type IdentityClaim = { identity: string; hashed: boolean; salt?: string; type?: string };

/** One `recipient` check: does `known` match any of the credential's identity claims? */
export function checkRecipient(
  claims: readonly IdentityClaim[],
  known: string | undefined,
): Check | undefined {
  if (known === undefined) return undefined;
  if (claims.length === 0)
    return check(
      'recipient',
      'unknown',
      'recipient_absent',
      'the credential names no recipient identity',
    );
  const candidates = [known, known.trim().toLowerCase()];
  const matches = claims.some((claim) =>
    candidates.some((candidate) => identityMatches(claim, candidate)),
  );
  if (matches) return check('recipient', 'pass', 'recipient_match', `issued to ${known}`);
  const unsupported = claims.every(
    (claim) => claim.hashed && !/^(sha256|md5)\$/i.test(claim.identity),
  );
  if (unsupported)
    return check(
      'recipient',
      'unknown',
      'recipient_hash_unsupported',
      'the recipient is hashed with an unsupported algorithm',
    );
  return check('recipient', 'fail', 'recipient_mismatch', `not issued to ${known}`);
}

function identityMatches(claim: IdentityClaim, candidate: string): boolean {
  if (!claim.hashed)
    return claim.identity === candidate || claim.identity.toLowerCase() === candidate;
  const [algorithm, digest] = claim.identity.toLowerCase().split('$');
  const input = new TextEncoder().encode(candidate + (claim.salt ?? ''));
  if (algorithm === 'sha256') return bytesToHex(sha256(input)) === digest;
  if (algorithm === 'md5') return bytesToHex(md5(input)) === digest;
  return false;
}

/** OB 2.0 §IdentityObject / OB 3.0 IdentityObject, as far as matching reads it. */
const IdentityObjectSchema = z.looseObject({
  identity: z.string().optional().catch(undefined),
  /** OB 3.0's name for the (hashed) identity. */
  identityHash: z.string().optional().catch(undefined),
  hashed: z.unknown().optional(),
  salt: z.string().optional().catch(undefined),
  type: z.string().optional().catch(undefined),
  identityType: z.string().optional().catch(undefined),
});

/** Identity claims from an OB 2.0 `recipient` or OB 3.0 `credentialSubject.identifier`. */
export function identityClaims(value: unknown): IdentityClaim[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.slice(0, 8).flatMap((entry) => {
    const parsed = IdentityObjectSchema.safeParse(entry);
    if (!parsed.success) return [];
    const claim = parsed.data;
    const identity = claim.identity ?? claim.identityHash;
    if (identity === undefined) return [];
    const type = claim.type ?? claim.identityType;
    return [
      {
        identity,
        hashed: claim.hashed === true,
        ...(claim.salt === undefined ? {} : { salt: claim.salt }),
        ...(type === undefined ? {} : { type }),
      },
    ];
  });
}
