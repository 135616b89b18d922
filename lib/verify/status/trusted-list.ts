// The trust rule for status lists (Bitstring Status List §3.2, StatusList2021): a list counts
// only once it is fetched, parsed, verified with the full pipeline and decoded; anything that
// stops that is an `unknown` status, never "not revoked". A verified copy of byte-identical
// content is reused within its ttl (list-cache.ts). A list signed by someone other than the
// credential's issuer counts, with a note naming its signer.

import type { FetchError } from '../../fetch';
import { asRecord, clip, isDeeplyFrozen } from '../../shared/text';
import { typesOf } from '../formats';
import { type Check, check } from '../result';
import type { StatusContext } from './context';
import { decodeEncodedList } from './decode-bitstring';
import { MAX_LIST_REUSE_MS } from './list-cache';
import { type StatusListCredential, StatusListCredentialSchema } from './schemas';

/** A list whose bits can be read, with its purposes and signer, or the check that says why not. */
export type TrustedList =
  | { bits: Uint8Array; purposes: string[]; signer?: string }
  | { problem: Check };

/**
 * Fetches, parses, verifies and decodes the status list at `listUrl`, which must be of type
 * `listType`, or reuses the verified copy of identical content.
 */
export async function loadTrustedList(
  listUrl: string,
  listType: string,
  context: StatusContext,
): Promise<TrustedList> {
  const untrusted = (detail: string): { problem: Check } => ({
    problem: listInvalid(listUrl, detail),
  });
  // By kind too: a list trusted as one kind says nothing about whether it is another.
  const cacheKey = `${listType}\n${listUrl}`;
  const remembered = context.lists?.get(cacheKey);
  const fetched = await context.fetchJson(
    listUrl,
    remembered?.ttlMs === undefined ? {} : { maxAgeMs: remembered.ttlMs },
  );
  if (!fetched.ok) return { problem: listUnreachable(listUrl, fetched.error) };
  // Policy: the list is verified exactly as served; the parsed copy is only read.
  const served = asRecord(fetched.value);
  if (served === undefined) return untrusted('it is not a credential');
  const { parsed, contentKey } = readList(served);
  if (!parsed.success)
    return untrusted('it is not a status list credential (no credentialSubject)');
  const list = parsed.data;
  const purposes = typesOf(list.credentialSubject.statusPurpose);
  if (
    remembered !== undefined &&
    remembered.contentKey === contentKey &&
    remembered.expiresAt > context.now
  ) {
    return {
      bits: remembered.bits,
      purposes,
      ...(remembered.signer === undefined ? {} : { signer: remembered.signer }),
    };
  }
  const verify = () => verifyAndDecode(served, list, listType, context, untrusted);
  const ttl = list.credentialSubject.ttl;
  const validUntil = list.validUntil === undefined ? Number.NaN : Date.parse(list.validUntil);
  const shared = await context.lists?.once?.(`${cacheKey}\n${contentKey}`, verify);
  let result = shared === undefined ? await verify() : shared.value;
  // Another verification's answer counts only when it cannot depend on who asked: a list
  // trusted and still valid now. A problem may be that verification's own (its deadline, its
  // limits), so this one works it out again with its own.
  if (shared?.joined === true && ('problem' in result || validUntil <= context.now))
    result = await verify();
  // Only a trusted list is remembered, for the same reason: a problem is worked out again.
  if ('problem' in result) return result;
  context.lists?.set(cacheKey, {
    contentKey,
    expiresAt: Math.min(
      context.now + (ttl ?? MAX_LIST_REUSE_MS),
      context.now + MAX_LIST_REUSE_MS,
      Number.isNaN(validUntil) ? Number.POSITIVE_INFINITY : validUntil,
    ),
    ...(ttl === undefined ? {} : { ttlMs: ttl }),
    bits: result.bits,
    ...(result.signer === undefined ? {} : { signer: result.signer }),
  });
  return {
    bits: result.bits,
    purposes,
    ...(result.signer === undefined ? {} : { signer: result.signer }),
  };
}

/**
 * A served list's schema check and content key, by the (frozen, shared) object fetchJson gave:
 * every credential of an issuer reads the same cached list, which was checked and serialised
 * again for each of them.
 */
const readLists = new WeakMap<object, { parsed: ParsedList; contentKey: string }>();
type ParsedList = ReturnType<typeof StatusListCredentialSchema.safeParse>;

function readList(served: Record<string, unknown>): { parsed: ParsedList; contentKey: string } {
  let read = readLists.get(served);
  if (read === undefined) {
    read = {
      parsed: StatusListCredentialSchema.safeParse(served),
      contentKey: JSON.stringify(served),
    };
    // Only a list frozen all the way down is the same every time it is read.
    if (isDeeplyFrozen(served)) readLists.set(served, read);
  }
  return read;
}

/**
 * Policy: a status service may sign lists for many issuers (Bitstring Status List §3.2 lets the
 * list's issuer differ). Its answer counts, because its own proof verified, but the card names
 * who vouches for it. Undefined when the issuer signed its own list (or either is unknown).
 */
export function signedByOtherCheck(
  listUrl: string,
  signer: string | undefined,
  issuerId: string | undefined,
): Check | undefined {
  if (signer === undefined || issuerId === undefined || signer === issuerId) return undefined;
  return check(
    'status',
    'pass',
    'status_signed_by_other',
    `the status list ${clip(listUrl)} is signed by ${clip(signer)}, not by the credential's issuer`,
    { url: listUrl, signer },
  );
}

/** A list that was fetched but cannot be trusted or read: the status is unknown. */
export function listInvalid(listUrl: string, detail: string): Check {
  return check(
    'status',
    'unknown',
    'status_list_invalid',
    `status list ${clip(listUrl)}: ${detail}`,
    { url: listUrl },
  );
}

/**
 * A list that could not be fetched. A refused private host keeps its own code: it is not a
 * server that may come back, but an address Credlens will never contact.
 */
export function listUnreachable(listUrl: string, error: FetchError, what = 'status list'): Check {
  const code = error.code === 'fetch_blocked_private_host' ? error.code : 'status_unreachable';
  return check('status', 'unknown', code, `${what} ${clip(listUrl)}: ${error.detail}`, {
    url: listUrl,
  });
}

async function verifyAndDecode(
  served: Record<string, unknown>,
  list: StatusListCredential,
  listType: string,
  context: StatusContext,
  untrusted: (detail: string) => { problem: Check },
): Promise<{ bits: Uint8Array; signer?: string } | { problem: Check }> {
  if (!typesOf(list.type).includes(listType)) return untrusted(`its type is not ${listType}`);
  const encodedList = list.credentialSubject.encodedList;
  if (encodedList === undefined) return untrusted('it has no encodedList');
  const verdict = await context.verifyList(served);
  if (!verdict.trusted) return untrusted(verdict.detail);
  const decoded = await decodeEncodedList(encodedList);
  if (!decoded.ok) return untrusted(decoded.error.detail);
  return {
    bits: decoded.value.bits,
    ...(verdict.signer === undefined ? {} : { signer: verdict.signer }),
  };
}
