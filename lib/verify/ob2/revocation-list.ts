// The OB 2.0 issuer RevocationList: `revokedAssertions` entries are ids or `{id|uid, revocationReason}`.
// An unreachable list leaves the status unknown, never "not revoked".

import { type Check, check } from '../result';
import type { Ob2Context } from './context';

export async function checkRevocationList(
  assertion: Record<string, unknown>,
  issuer: Record<string, unknown>,
  context: Ob2Context,
): Promise<Check> {
  const url = issuer.revocationList;
  if (typeof url !== 'string')
    return check('status', 'pass', 'status_absent', 'the issuer publishes no revocation list');
  const fetched = await context.fetchJson(url);
  if (!fetched.ok)
    return check(
      'status',
      'unknown',
      'status_unreachable',
      `revocation list: ${fetched.error.detail}`,
    );
  const entries = (fetched.value as { revokedAssertions?: unknown } | null)?.revokedAssertions;
  const legacy = legacyRevocation(fetched.value, assertion.uid);
  if (!Array.isArray(entries) && legacy !== undefined) return legacy;
  if (!Array.isArray(entries))
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'the revocation list has no revokedAssertions',
    );
  const ids: unknown[] = [assertion.id, assertion.uid].filter((id) => typeof id === 'string');
  const hit = entries.find((entry) => {
    const entryId =
      typeof entry === 'string'
        ? entry
        : ((entry as { id?: unknown; uid?: unknown } | null)?.id ??
          (entry as { uid?: unknown } | null)?.uid);
    return ids.includes(entryId);
  });
  if (hit === undefined)
    return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
  const reason =
    typeof hit === 'object' &&
    hit !== null &&
    typeof (hit as { revocationReason?: unknown }).revocationReason === 'string'
      ? `: ${(hit as { revocationReason: string }).revocationReason.slice(0, 120)}`
      : '';
  return check(
    'status',
    'fail',
    'status_revoked',
    `listed in the issuer's revocation list${reason}`,
  );
}

/**
 * OB 1.0 revocation lists are a JSON object mapping revoked assertion uids to reasons. Undefined
 * when `list` is not such an object (an OB 2.0 RevocationList, say).
 */
function legacyRevocation(list: unknown, uid: unknown): Check | undefined {
  if (typeof list !== 'object' || list === null || Array.isArray(list)) return undefined;
  const values = Object.values(list);
  if (values.length === 0 || values.some((v) => typeof v !== 'string')) return undefined;
  if (typeof uid !== 'string' || !Object.hasOwn(list, uid))
    return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
  const reason = String((list as Record<string, unknown>)[uid]).slice(0, 120);
  return check(
    'status',
    'fail',
    'status_revoked',
    `listed in the issuer's revocation list${reason === '' ? '' : `: ${reason}`}`,
  );
}
