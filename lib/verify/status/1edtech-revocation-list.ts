// 1EdTechRevocationList (Open Badges 3.0 §9.7 / CLR 2.0): the entry's id is a JSON list of
// revoked credentials by id. The list is unsigned: it is the issuer's word from its own server.
// A list that cannot be fetched or read leaves the status unknown.

import { type Check, check } from '../result';
import type { StatusContext } from './context';
import {
  EdTechRevocationEntrySchema,
  EdTechRevocationListSchema,
  EdTechRevokedCredentialSchema,
} from './schemas';
import { listUnreachable } from './trusted-list';

export const EDTECH_REVOCATION_ENTRY_TYPE = '1EdTechRevocationList';

/** The status a 1EdTechRevocationList entry gives for the credential in `context`. */
export async function check1EdTechRevocationList(
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<Check> {
  const parsedEntry = EdTechRevocationEntrySchema.safeParse(entry);
  if (!parsedEntry.success)
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'the revocation list entry has no id URL',
    );
  const listUrl = parsedEntry.data.id;
  if (context.credentialId === undefined)
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'a credential without an id cannot be looked up in a revocation list',
    );
  const fetched = await context.fetchJson(listUrl);
  if (!fetched.ok) return listUnreachable(listUrl, fetched.error, 'revocation list');
  const list = EdTechRevocationListSchema.safeParse(fetched.value);
  const revoked = list.success
    ? (list.data.revokedCredential ?? list.data.revokedCredentials)
    : undefined;
  if (revoked === undefined || revoked === null)
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'the revocation list has no revokedCredential array',
      { url: listUrl },
    );
  const hit = revoked
    .map((item) => EdTechRevokedCredentialSchema.safeParse(item))
    .find((item) => item.success && item.data.id === context.credentialId);
  if (hit?.success === true && hit.data.revoked !== false)
    return check(
      'status',
      'fail',
      'status_revoked',
      "listed as revoked in the issuer's revocation list",
    );
  return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
}
