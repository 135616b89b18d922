// Revocation and suspension: BitstringStatusListEntry (W3C REC), StatusList2021Entry and
// 1EdTechRevocationList (STANDARDS §6). A list that cannot be fetched or trusted makes the
// status `unknown` — never "not revoked".

import type { FetchError } from '../../fetch';
import type { Result } from '../../shared/result';
import { clip } from '../../shared/text';
import { typesOf } from '../formats/credential-schema';
import { type Check, check } from '../result';
import { decodeEncodedList, readEntry } from './decode-bitstring';
import { MAX_LIST_REUSE_MS, type StatusListCache } from './list-cache';

/** The W3C minimum list length; shorter lists (DCC publishes 100,000) are read but noted. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;
/** Most credentialStatus entries checked on one credential; each may cost a fetch and a verification. */
export const MAX_STATUS_ENTRIES = 8;

/** A status list's own verification: trusted (naming who signed it) or not, and why. */
export type ListVerdict = { trusted: true; signer?: string } | { trusted: false; detail: string };

export type StatusContext = {
  credentialId?: string;
  /** The credential's issuer: a list signed by anyone else is accepted with a note naming its signer. */
  issuerId?: string;
  fetchJson: (url: string, options?: { maxAgeMs?: number }) => Promise<Result<unknown, FetchError>>;
  /** Milliseconds since the epoch, from the injected clock. */
  now: number;
  lists?: StatusListCache;
  /** Verifies a fetched status list credential with the full pipeline (proof, issuer, dates). */
  verifyList: (list: Record<string, unknown>) => Promise<ListVerdict>;
};

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
  if (typeof entry !== 'object' || entry === null)
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'credentialStatus entry is not an object',
    );
  const record = entry as Record<string, unknown>;
  const types = typesOf(record.type).map((t) => t.toLowerCase());
  if (types.includes('bitstringstatuslistentry'))
    return checkBitstringEntry(record, context, 'BitstringStatusListCredential');
  if (types.includes('statuslist2021entry'))
    return checkBitstringEntry(record, context, 'StatusList2021Credential');
  if (types.includes('1edtechrevocationlist')) return check1EdTechList(record, context);
  return check(
    'status',
    'unknown',
    'status_unsupported',
    `status type ${clip(typesOf(record.type).join(', '))} is not supported`,
  );
}

async function checkBitstringEntry(
  entry: Record<string, unknown>,
  context: StatusContext,
  listType: string,
): Promise<Check | Check[]> {
  const purpose = entry.statusPurpose;
  const index = toIndex(entry.statusListIndex);
  const size = entry.statusSize === undefined ? 1 : toIndex(entry.statusSize);
  const listUrl = entry.statusListCredential;
  if (
    typeof purpose !== 'string' ||
    index === undefined ||
    size === undefined ||
    size < 1 ||
    size > 16 ||
    typeof listUrl !== 'string'
  ) {
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'the status entry lacks a purpose, a numeric index or a list URL',
    );
  }
  const list = await loadTrustedList(listUrl, listType, context);
  if ('problem' in list) return list.problem;
  if (!list.purposes.includes(purpose)) {
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      `status list ${clip(listUrl)}: it is not a ${clip(purpose)} list`,
    );
  }
  const bits = list.bits;
  const value = readEntry(bits, index, size);
  if (value === undefined) {
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      `status list ${clip(listUrl)}: index ${index} is outside the list`,
    );
  }
  const entries = (bits.length * 8) / size;
  const note =
    entries < MIN_STATUS_LIST_ENTRIES
      ? ` (the list has only ${entries} entries, below the ${MIN_STATUS_LIST_ENTRIES} minimum)`
      : '';
  const judged = statusValueCheck(purpose, value, entry, `index ${index}${note}`);
  const signedByOther =
    list.signer !== undefined && context.issuerId !== undefined && list.signer !== context.issuerId;
  return signedByOther ? [judged, signedByOtherCheck(listUrl, list.signer as string)] : judged;
}

/**
 * Policy: a status service may sign lists for many issuers (Bitstring Status List §3.2 lets the
 * list's issuer differ). Its answer counts, because its own proof verified, but the card names
 * who vouches for it.
 */
function signedByOtherCheck(listUrl: string, signer: string): Check {
  return check(
    'status',
    'pass',
    'status_signed_by_other',
    `the status list ${clip(listUrl)} is signed by ${clip(signer)}, not by the credential's issuer`,
  );
}

type TrustedList = { bits: Uint8Array; purposes: string[]; signer?: string } | { problem: Check };

/**
 * Fetches, verifies and decodes a status list, or reuses the verified copy of identical content
 * (see list-cache.ts). Anything that stops the list being trusted is an `unknown` status.
 */
async function loadTrustedList(
  listUrl: string,
  listType: string,
  context: StatusContext,
): Promise<TrustedList> {
  const untrusted = (detail: string): { problem: Check } => ({
    problem: check(
      'status',
      'unknown',
      'status_list_invalid',
      `status list ${clip(listUrl)}: ${detail}`,
    ),
  });
  const remembered = context.lists?.get(listUrl);
  const fetched = await context.fetchJson(
    listUrl,
    remembered?.ttlMs === undefined ? {} : { maxAgeMs: remembered.ttlMs },
  );
  if (!fetched.ok)
    return {
      problem: check(
        'status',
        'unknown',
        unreachableCode(fetched.error),
        `status list ${clip(listUrl)}: ${fetched.error.detail}`,
      ),
    };
  const list = fetched.value;
  if (typeof list !== 'object' || list === null || Array.isArray(list))
    return untrusted('it is not a credential');
  const listRecord = list as Record<string, unknown>;
  const subject = listRecord.credentialSubject as Record<string, unknown> | undefined;
  const purposes = typesOf(subject?.statusPurpose);
  const contentKey = JSON.stringify(listRecord);
  if (
    remembered !== undefined &&
    remembered.contentKey === contentKey &&
    remembered.expiresAt > context.now
  ) {
    return remembered.problem !== undefined
      ? { problem: remembered.problem }
      : {
          bits: remembered.bits ?? new Uint8Array(0),
          purposes,
          ...(remembered.signer === undefined ? {} : { signer: remembered.signer }),
        };
  }
  const result = await verifyAndDecode(listRecord, subject, listType, context, untrusted);
  const ttl = typeof subject?.ttl === 'number' && subject.ttl > 0 ? subject.ttl : undefined;
  const validUntil =
    typeof listRecord.validUntil === 'string' ? Date.parse(listRecord.validUntil) : Number.NaN;
  context.lists?.set(listUrl, {
    contentKey,
    expiresAt: Math.min(
      context.now + (ttl ?? MAX_LIST_REUSE_MS),
      context.now + MAX_LIST_REUSE_MS,
      Number.isNaN(validUntil) ? Number.POSITIVE_INFINITY : validUntil,
    ),
    ...(ttl === undefined ? {} : { ttlMs: ttl }),
    ...('problem' in result ? { problem: result.problem } : { bits: result.bits }),
    ...('signer' in result && result.signer !== undefined ? { signer: result.signer } : {}),
  });
  if ('problem' in result) return result;
  return {
    bits: result.bits,
    purposes,
    ...(result.signer === undefined ? {} : { signer: result.signer }),
  };
}

async function verifyAndDecode(
  listRecord: Record<string, unknown>,
  subject: Record<string, unknown> | undefined,
  listType: string,
  context: StatusContext,
  untrusted: (detail: string) => { problem: Check },
): Promise<{ bits: Uint8Array; signer?: string } | { problem: Check }> {
  if (!typesOf(listRecord.type).includes(listType)) return untrusted(`its type is not ${listType}`);
  if (typeof subject?.encodedList !== 'string') return untrusted('it has no encodedList');
  const verdict = await context.verifyList(listRecord);
  if (!verdict.trusted) return untrusted(verdict.detail);
  const decoded = await decodeEncodedList(subject.encodedList);
  if (!decoded.ok) return untrusted(decoded.error.detail);
  return {
    bits: decoded.value.bits,
    ...(verdict.signer === undefined ? {} : { signer: verdict.signer }),
  };
}

function statusValueCheck(
  purpose: string,
  value: number,
  entry: Record<string, unknown>,
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
  return check(
    'status',
    'pass',
    'status_message',
    `${clip(purpose)} status ${message ?? `0x${value.toString(16)}`} (${where})`,
  );
}

async function check1EdTechList(
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<Check> {
  if (typeof entry.id !== 'string')
    return check(
      'status',
      'fail',
      'status_entry_invalid',
      'the revocation list entry has no id URL',
    );
  if (context.credentialId === undefined)
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'a credential without an id cannot be looked up in a revocation list',
    );
  const fetched = await context.fetchJson(entry.id);
  if (!fetched.ok)
    return check(
      'status',
      'unknown',
      unreachableCode(fetched.error),
      `revocation list ${clip(entry.id)}: ${fetched.error.detail}`,
    );
  const body = fetched.value as Record<string, unknown> | null;
  const revoked = body?.revokedCredential ?? body?.revokedCredentials;
  if (!Array.isArray(revoked))
    return check(
      'status',
      'unknown',
      'status_list_invalid',
      'the revocation list has no revokedCredential array',
    );
  const hit = revoked.find(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      (item as { id?: unknown }).id === context.credentialId,
  );
  if (hit !== undefined && (hit as { revoked?: unknown }).revoked !== false) {
    return check(
      'status',
      'fail',
      'status_revoked',
      "listed as revoked in the issuer's revocation list",
    );
  }
  return check('status', 'pass', 'status_valid', "not in the issuer's revocation list");
}

/**
 * The code for a list that could not be fetched. A refused private host keeps its own code: it
 * is not a server that may come back, but an address Credlens will never contact.
 */
function unreachableCode(error: FetchError): 'status_unreachable' | 'fetch_blocked_private_host' {
  return error.code === 'fetch_blocked_private_host' ? error.code : 'status_unreachable';
}

function messageFor(messages: unknown, value: number): string | undefined {
  if (!Array.isArray(messages)) return undefined;
  const hex = `0x${value.toString(16)}`;
  const found = messages.find(
    (m) =>
      typeof m === 'object' &&
      m !== null &&
      String((m as { status?: unknown }).status).toLowerCase() === hex,
  );
  const text = (found as { message?: unknown } | undefined)?.message;
  return typeof text === 'string' ? clip(text) : undefined;
}

/** A non-negative integer from a base-10 string (the spec) or a JSON number (seen in fixtures). */
function toIndex(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0
    ? number
    : undefined;
}
