// Revocation and suspension (STANDARDS §6): one `status` check per credentialStatus entry, each
// handed to the module of its kind — BitstringStatusListEntry, StatusList2021Entry,
// 1EdTechRevocationList — and unknown for any other. The trust rule every list follows is in
// trusted-list.ts: a list that cannot be fetched or trusted is `unknown`, never "not revoked".

import { clip } from '../../shared/text';
import { typesOf } from '../formats';
import { type Check, check } from '../result';
import {
  check1EdTechRevocationList,
  EDTECH_REVOCATION_ENTRY_TYPE,
} from './1edtech-revocation-list';
import { BITSTRING_ENTRY_TYPE, checkBitstringStatusListEntry } from './bitstring-status-list';
import type { StatusContext } from './context';
import { checkStatusList2021Entry, STATUS_LIST_2021_ENTRY_TYPE } from './status-list-2021';

export type { ListVerdict, StatusContext } from './context';

/** Most credentialStatus entries checked on one credential; each may cost a fetch and a verification. */
export const MAX_STATUS_ENTRIES = 8;

type EntryChecker = (
  entry: Record<string, unknown>,
  context: StatusContext,
) => Promise<Check | Check[]>;

/**
 * Every status kind Credlens reads, by its entry type (matched case-insensitively, as seen in
 * the wild), in order of preference for an entry that claims more than one type.
 */
const KINDS: readonly (readonly [string, EntryChecker])[] = [
  [BITSTRING_ENTRY_TYPE, checkBitstringStatusListEntry],
  [STATUS_LIST_2021_ENTRY_TYPE, checkStatusList2021Entry],
  [EDTECH_REVOCATION_ENTRY_TYPE, check1EdTechRevocationList],
];

/** One `status` check per credentialStatus entry; a single pass when none is published. */
export async function checkCredentialStatus(
  credentialStatus: unknown,
  context: StatusContext,
): Promise<Check[]> {
  if (credentialStatus === undefined)
    return [check('status', 'pass', 'status_absent', 'the issuer publishes no revocation status')];
  const entries = Array.isArray(credentialStatus) ? credentialStatus : [credentialStatus];
  const checks = (
    await Promise.all(
      entries.slice(0, MAX_STATUS_ENTRIES).map((entry) => checkEntry(entry, context)),
    )
  ).flat();
  if (entries.length > MAX_STATUS_ENTRIES) {
    // Unknown, not ignored: an unchecked entry could be the one that says revoked.
    const detail = `${entries.length - MAX_STATUS_ENTRIES} more status entries were not checked (limit ${MAX_STATUS_ENTRIES})`;
    checks.push(check('status', 'unknown', 'status_unsupported', detail));
  }
  return checks;
}

async function checkEntry(entry: unknown, context: StatusContext): Promise<Check | Check[]> {
  const record = asEntry(entry);
  if (record === undefined)
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'credentialStatus entry is not an object',
    );
  const types = typesOf(record.type);
  const named = types.map((type) => type.toLowerCase());
  const kind = KINDS.find(([type]) => named.includes(type.toLowerCase()));
  if (kind !== undefined) return kind[1](record, context);
  return check(
    'status',
    'unknown',
    'status_unsupported',
    `status type ${clip(types.join(', '))} is not supported`,
  );
}

/** An entry as an object: arrays count as objects here, as they always have (then unsupported). */
function asEntry(entry: unknown): Record<string, unknown> | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  return Object.fromEntries(Object.entries(entry));
}
