// Learner-facing diagnostics for the preview page: every failing or unknown check becomes what
// is wrong and who must do what to fix it. Like check-text.ts, wording hangs off the stable
// check code, as catalogue messages (`problem_<code>`, `fix_<code>` in public/_locales); the
// check's detail is only appended as the specific reason, never parsed.

import type { Diagnostic } from '../messaging';
import { clip } from '../shared/text';
import { isMessageKey, type MessageKey, type Say, sayEnglish } from '../shared/words';
import type { Check, CheckCode, CheckId, VerificationResult } from '../verify';
import { FETCH_CODES } from './check-text';

/** Codes that only ever mean success: they need no advice. */
export const PASS_ONLY_CODES = [
  'format_ok',
  'context_ok',
  'signature_valid',
  'key_resolved',
  'hosted_confirmed',
  'recipient_match',
  'holder_match',
  'holder_possible_match',
  'issuer_bound',
  'validity_ok',
  'status_absent',
  'status_valid',
  'status_message',
  'presentation_proof_valid',
  'challenge_match',
  'domain_match',
  'credential_bound_to_holder',
  'credential_verified',
  'status_signed_by_other',
  'proof_sd_disclosed',
] as const satisfies readonly CheckCode[];

/**
 * Codes only a skipped check carries: each says which check was not made and why. A skipped check
 * follows from another one's failure, which has the advice, so these need none of their own.
 */
export const SKIPPED_ONLY_CODES = [
  'proof_type_ignored',
  'proof_skipped_no_key',
  'proof_skipped_not_canonical',
  'context_skipped_proof_malformed',
  'validity_skipped_proof_failed',
] as const satisfies readonly CheckCode[];

/** Every code a check can fail or stay unknown with. */
export type DiagnosedCode = Exclude<
  CheckCode,
  (typeof PASS_ONLY_CODES)[number] | (typeof SKIPPED_ONLY_CODES)[number]
>;

/** The protocol's caps (lib/messaging): at most 60 diagnostics, 600 characters per text. */
const MAX_DIAGNOSTICS = 60;
const MAX_TEXT = 600;
const MAX_DETAIL = 300;

/**
 * Diagnostics for `result`: errors (definite failures), then warnings (could not be
 * checked), then info notes — "no problems found" for a clean verified result, "confirmed, not
 * signed" for a hosted badge, and "no revocation list" when the issuer publishes none.
 */
export function diagnose(result: VerificationResult, say: Say = sayEnglish): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const check of result.checks) {
    // Skipped checks follow from another failure, which already has its own diagnostic.
    if (check.outcome !== 'fail' && check.outcome !== 'unknown') continue;
    // Fetch codes depend on which document failed, so the check id is part of the identity.
    const key = `${check.id}:${check.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(diagnoseCheck(check, say));
  }
  found.push(...notes(result, found.length === 0, say));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return found.sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, MAX_DIAGNOSTICS);
}

/** The diagnostic for one failing or unknown check. */
export function diagnoseCheck(check: Check, say: Say = sayEnglish): Diagnostic {
  const advice = adviceFor(check, say);
  const problem =
    check.detail === undefined
      ? advice.problem
      : say('problemDetail', advice.problem, clip(check.detail, MAX_DETAIL));
  const severity = Object.hasOwn(SEVERITY, check.code)
    ? SEVERITY[check.code as keyof typeof SEVERITY]
    : undefined;
  return {
    code: check.code.slice(0, 64),
    severity: severity ?? (check.outcome === 'fail' ? 'error' : 'warning'),
    problem: clip(problem, MAX_TEXT - 1),
    fix: clip(advice.fix, MAX_TEXT - 1),
  };
}

/** A provider link that publishes nothing machine-readable: recruiters can only follow it. */
export function linkOnlyDiagnostic(label: string, say: Say = sayEnglish): Diagnostic {
  return {
    code: 'link_only',
    severity: 'warning',
    problem: clip(say('problem_link_only', label), MAX_TEXT - 1),
    fix: say('fix_link_only'),
  };
}

type Advice = { problem: string; fix: string };

/** Codes whose severity is not the outcome's (an unknown that is an error, a note). */
const SEVERITY = {
  input_unreadable: 'error',
  proof_missing: 'error',
  validity_unverified: 'info',
  challenge_unchecked: 'info',
  domain_unchecked: 'info',
} as const satisfies Partial<Record<DiagnosedCode, Diagnostic['severity']>>;

/** Fetch problems, diagnosed for whichever document the check names (check-text.ts). */
const DIAGNOSED_FETCH_CODES: readonly DiagnosedCode[] = FETCH_CODES;
type FetchCode = (typeof FETCH_CODES)[number];

/** Which document a fetch check was about, for the fetch codes' wording. */
const DOCUMENT: Partial<Record<CheckId, MessageKey>> = {
  format: 'document_format',
  key: 'document_key',
  status: 'document_status',
  hosted: 'document_hosted',
  issuer: 'document_issuer',
};

function adviceFor(check: Check, say: Say): Advice {
  if ((DIAGNOSED_FETCH_CODES as readonly string[]).includes(check.code)) {
    const code = check.code as FetchCode;
    // Fetch problems: the learner fixes their own link; the issuer fixes its own documents.
    const document = say(DOCUMENT[check.id] ?? 'document_other');
    return {
      problem: say(`problem_${code}`, document),
      fix: say(check.id === 'format' ? `fix_${code}_learner` : `fix_${code}_issuer`),
    };
  }
  // Only a code outside CheckCode (a newer worker, say) has no message: never a known one.
  const code = check.code as Exclude<DiagnosedCode, FetchCode>;
  if (!isMessageKey(`problem_${code}`))
    return { problem: say('problem_unknown'), fix: say('fix_unknown') };
  return { problem: say(problemKey(code)), fix: say(fixKey(code)) };
}

/** `problem_<code>` and `fix_<code>` must exist for every diagnosed code, or this does not compile. */
function problemKey(code: Exclude<DiagnosedCode, FetchCode>): MessageKey {
  return `problem_${code}`;
}

function fixKey(code: Exclude<DiagnosedCode, FetchCode>): MessageKey {
  return `fix_${code}`;
}

function notes(result: VerificationResult, clean: boolean, say: Say): Diagnostic[] {
  const out: Diagnostic[] = [];
  const note = (code: 'all_checks_passed' | 'hosted_not_signed' | 'status_absent'): Diagnostic => ({
    code,
    severity: 'info',
    problem: say(`problem_${code}`),
    fix: say(`fix_${code}`),
  });
  if (clean && result.status === 'verified') out.push(note('all_checks_passed'));
  if (result.status === 'confirmed') out.push(note('hosted_not_signed'));
  if (result.checks.some((c) => c.code === 'status_absent' && c.outcome === 'pass'))
    out.push(note('status_absent'));
  return out;
}
