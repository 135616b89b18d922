// Reading one entry of a bitstring status list, shared by BitstringStatusListEntry (W3C REC)
// and its predecessor StatusList2021Entry: the entry's purpose, index and size, the trusted
// list's bits at that index, and what the value means for the purpose (§3.2, §2.1 statusSize
// and statusMessage). Lists below the spec's minimum length are read, with a note.

import { clip } from '../../shared/text';
import { type Check, check } from '../result';
import type { StatusContext } from './context';
import { readEntry } from './decode-bitstring';
import { type BitstringEntry, BitstringEntrySchema, StatusMessageSchema } from './schemas';
import { listInvalid, loadTrustedList, signedByOtherCheck } from './trusted-list';

/** The W3C minimum list length; shorter lists (DCC publishes 100,000) are read but noted. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;

/** The status of one bitstring entry, read from a list credential of type `listType`. */
export async function checkBitstringEntry(
  entry: Record<string, unknown>,
  context: StatusContext,
  listType: string,
): Promise<Check | Check[]> {
  const parsed = BitstringEntrySchema.safeParse(entry);
  if (!parsed.success)
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'the status entry lacks a purpose, a numeric index or a list URL',
    );
  const {
    statusPurpose: purpose,
    statusListIndex: index,
    statusListCredential: listUrl,
  } = parsed.data;
  const size = parsed.data.statusSize ?? 1;
  const list = await loadTrustedList(listUrl, listType, context);
  if ('problem' in list) return list.problem;
  if (!list.purposes.includes(purpose))
    return listInvalid(listUrl, `it is not a ${clip(purpose)} list`);
  const value = readEntry(list.bits, index, size);
  if (value === undefined) return listInvalid(listUrl, `index ${index} is outside the list`);
  const entries = (list.bits.length * 8) / size;
  const note =
    entries < MIN_STATUS_LIST_ENTRIES
      ? ` (the list has only ${entries} entries, below the ${MIN_STATUS_LIST_ENTRIES} minimum)`
      : '';
  const judged = statusValueCheck(purpose, value, parsed.data, `index ${index}${note}`);
  const other = signedByOtherCheck(listUrl, list.signer, context.issuerId);
  return other === undefined ? judged : [judged, other];
}

/** Revocation and suspension are one bit; any other purpose is a message the issuer defines. */
function statusValueCheck(
  purpose: string,
  value: number,
  entry: BitstringEntry,
  where: string,
): Check {
  if (purpose === 'revocation') {
    return value === 0
      ? check('status', 'pass', 'status_valid', `not revoked (${where})`)
      : check('status', 'fail', 'status_revoked', `revoked by the issuer (${where})`);
  }
  if (purpose === 'suspension') {
    return value === 0
      ? check('status', 'pass', 'status_valid', `not suspended (${where})`)
      : check('status', 'fail', 'status_suspended', `suspended by the issuer (${where})`);
  }
  const message = messageFor(entry.statusMessage, value);
  const said = message ?? `0x${value.toString(16)}`;
  return check('status', 'pass', 'status_message', `${clip(purpose)} status ${said} (${where})`, {
    message: said,
  });
}

/** The issuer's words for `value` in the entry's statusMessage list (status as hex, §2.1). */
function messageFor(messages: unknown, value: number): string | undefined {
  if (!Array.isArray(messages)) return undefined;
  const hex = `0x${value.toString(16)}`;
  for (const item of messages) {
    const parsed = StatusMessageSchema.safeParse(item);
    if (parsed.success && String(parsed.data.status).toLowerCase() === hex)
      return clip(parsed.data.message);
  }
  return undefined;
}
