// The OB 2.0 issuer RevocationList (OB 2.0 §RevocationList): `revokedAssertions` entries are ids
// or `{id|uid, revocationReason}`; OB 1.0 lists map revoked uids to reasons. Both are parsed
// (schemas.ts); an unreachable or unreadable list leaves the status unknown, never "not revoked".

import { type Check, check } from '../result';
import type { Ob2Context } from './context';
import {
  type IssuerProfile,
  LegacyRevocationListSchema,
  type Ob2Document,
  RevocationListSchema,
  RevokedAssertionSchema,
} from './schemas';

/** The `status` check for `assertion` against its issuer's revocation list. */
export async function checkRevocationList(
  assertion: Ob2Document,
  issuer: IssuerProfile,
  context: Ob2Context,
): Promise<Check> {
  const url = issuer.revocationList;
  if (url === undefined)
    return check('status', 'pass', 'status_absent', 'the issuer publishes no revocation list');
  const fetched = await context.fetchJson(url);
  if (!fetched.ok)
    return check(
      'status',
      'unknown',
      'status_unreachable',
      `revocation list: ${fetched.error.detail}`,
      { url },
    );
  const ids = [assertion.id, assertion.uid].filter((id): id is string => typeof id === 'string');
  const list = RevocationListSchema.safeParse(fetched.value);
  if (!list.success) {
    const legacy = LegacyRevocationListSchema.safeParse(fetched.value);
    if (legacy.success) return legacyRevocation(legacy.data, assertion.uid);
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'the revocation list has no revokedAssertions',
      { url },
    );
  }
  for (const entry of list.data.revokedAssertions) {
    const parsed = RevokedAssertionSchema.safeParse(entry);
    if (!parsed.success) continue;
    const revoked = parsed.data;
    const entryId = typeof revoked === 'string' ? revoked : (revoked.id ?? revoked.uid);
    if (entryId === undefined || !ids.includes(entryId)) continue;
    const reason = typeof revoked === 'string' ? undefined : revoked.revocationReason;
    return revokedCheck(reason);
  }
  return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
}

/** OB 1.0: revoked when the assertion's uid is a key of the map. */
function legacyRevocation(list: Record<string, string>, uid: unknown): Check {
  if (typeof uid !== 'string' || !Object.hasOwn(list, uid))
    return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
  return revokedCheck(list[uid]);
}

function revokedCheck(reason: string | undefined): Check {
  const said = reason === undefined || reason === '' ? '' : `: ${reason.slice(0, 120)}`;
  return check('status', 'fail', 'status_revoked', `listed in the issuer's revocation list${said}`);
}
