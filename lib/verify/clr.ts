// CLR 2.0 (STANDARDS §3.2): a ClrCredential bundles achievement credentials, each signed on
// its own. The outer proof is verified by the pipeline; then every nested credential is
// verified independently. The bundle's verdict stays the outer one; the result carries the
// nested results and a count of their verdicts.

import { asRecord } from '../shared/text';
import type { NestedSummary, VerificationStatus } from './result';

/** Most nested credentials verified in one CLR. */
export const MAX_NESTED_CREDENTIALS = 64;

export type { NestedSummary } from './result';

/** The nested credentials of a ClrCredential: JSON objects or compact JWS strings. */
export function nestedCredentials(credential: Record<string, unknown>): unknown[] {
  const subject = Array.isArray(credential.credentialSubject)
    ? credential.credentialSubject[0]
    : credential.credentialSubject;
  const nested = asRecord(subject)?.verifiableCredential;
  if (nested === undefined) return [];
  return Array.isArray(nested) ? nested : [nested];
}

/** Verifies each nested credential with `verify` and counts the verdicts. */
export async function verifyNested<R extends { status: VerificationStatus }>(
  entries: unknown[],
  verify: (entry: unknown) => Promise<R>,
): Promise<NestedSummary<R>> {
  const results = await Promise.all(entries.slice(0, MAX_NESTED_CREDENTIALS).map(verify));
  const counts: Partial<Record<VerificationStatus, number>> = {};
  for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
  return { results, counts, skipped: Math.max(0, entries.length - MAX_NESTED_CREDENTIALS) };
}
