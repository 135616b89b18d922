// Verifying one detected link the way its provider needs: Accredible's JSON, a VerifierPlus
// share's wrapped credential, or the credential document itself — the last also remembered by
// the SHA-256 of its bytes, so the same document behind another URL is not checked twice.
// Shared by the badge service and the learner preview, so both see the same verdict.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { fetchJson } from '../fetch';
import type { ProviderMatchMessage } from '../messaging';
import { compact } from '../shared/compact';
import {
  fetchCredential,
  type VerificationResult,
  type VerifyOptions,
  verifyAccredible,
  verifyCredential,
} from '../verify';

/** A remembered result and when it stops counting (its first verification + the TTL). */
/** A VerifierPlus share as served: an object wrapping the credential (anything else is not one). */
const ShareSchema = z.looseObject({ credential: z.unknown() });

export type Remembered = { result: VerificationResult; expiresAt: number };

/** Results by content hash; best effort: a failing store only means no reuse. */
export type ContentMemo = {
  get(hash: string): Promise<Remembered | undefined>;
  set(hash: string, result: VerificationResult): Promise<void>;
};

/** No memory at all (the preview: a learner's fixes must be seen at once). */
export const NO_MEMO: ContentMemo = { get: async () => undefined, set: async () => undefined };

/** The verdict for `match`, and, when reused by content, when that reuse expires. */
export async function verifyMatch(
  match: ProviderMatchMessage,
  url: string,
  options: VerifyOptions,
  memo: ContentMemo,
): Promise<{ result: VerificationResult; expiresAt?: number }> {
  const fetchOptions = {
    fetch: options.fetch,
    now: options.now,
    policy: { insecureLocalhost: options.insecureLocalhost === true },
    ...compact({ cache: options.cache, signal: options.signal, timeoutMs: options.timeoutMs }),
  };
  const json = (location: string) => fetchJson(location, fetchOptions);
  if (match.kind === 'accredible')
    return { result: await verifyAccredible(url, json, options.now()) };
  if (match.unwrap === 'credential') {
    const wrapper = await json(url);
    const inner = wrapper.ok ? ShareSchema.safeParse(wrapper.value).data?.credential : undefined;
    if (inner !== undefined)
      return { result: await verifyCredential({ kind: 'json', value: inner }, options) };
  }
  const fetched = await fetchCredential(url, fetchOptions);
  if (!fetched.ok) return { result: await verifyCredential({ kind: 'fetched', fetched }, options) };
  const hash = bytesToHex(sha256(fetched.value.bytes));
  const remembered = await memo.get(hash).catch(() => undefined);
  if (remembered !== undefined) return remembered;
  const result = await verifyCredential({ kind: 'fetched', fetched }, options);
  // "Could not check" may change with access granted or a network back: not reused by content.
  if (result.status !== 'unverifiable') await memo.set(hash, lean(result)).catch(() => undefined);
  return { result };
}

/** A result as remembered: no images (a data: URL can be 256 KB), nested ones included. */
function lean(result: VerificationResult): VerificationResult {
  const credential =
    result.credential?.image === undefined
      ? result.credential
      : (({ image: _image, ...rest }) => rest)(result.credential);
  const nested =
    result.nested === undefined
      ? undefined
      : { ...result.nested, results: result.nested.results.map(lean) };
  return {
    ...result,
    ...(credential === undefined ? {} : { credential }),
    ...(nested === undefined ? {} : { nested }),
  };
}
