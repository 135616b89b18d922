// Turns a verification result into what a recruiter sees on a badge and its card. Decided in
// the service worker, so the page-side code only renders text it is given. Every string from a
// credential or a page passes through cleanDisplayText here, the one place views are built from
// results.

import type { BadgeView, ProviderMatchMessage } from '../messaging';
import { compact } from '../shared/compact';
import { credentialWords } from '../shared/credential-words';
import { cleanDisplayText, revealHidden } from '../shared/display-text';
import { type MessageKey, type Say, sayEnglish, sayPlural } from '../shared/words';
import type { CredentialSummary, VerificationResult } from '../verify';
import { describeCheck } from './check-text';
import { confirmedBy, providerLabel } from './confirmed-by';
import { nameWarningsOf } from './name-warnings';

const HEADLINE_KEYS: Record<BadgeView['verdict'], MessageKey> = {
  checking: 'verdict_checking',
  verified: 'verdict_verified',
  confirmed: 'verdict_confirmed',
  expired: 'verdict_expired',
  revoked: 'verdict_revoked',
  suspended: 'verdict_suspended',
  invalid: 'verdict_invalid',
  misattributed: 'verdict_misattributed',
  unverifiable: 'verdict_unverifiable',
  'link-only': 'verdict_linkOnly',
};

/** A verdict's words (for a confirmed one, without who confirmed it). */
export function verdictWords(verdict: BadgeView['verdict'], say: Say): string {
  return say(HEADLINE_KEYS[verdict]);
}

/** The badge for a finished verification of `match`. */
export function toBadgeView(
  result: VerificationResult,
  match: ProviderMatchMessage,
  say: Say = sayEnglish,
): BadgeView {
  if (result.presentation !== undefined) return presentationView(result, match, say);
  const verdict = result.status === 'malformed' ? 'unverifiable' : result.status;
  const label = providerLabel(match, say);
  const raw = {
    name: result.credential?.name ?? result.credential?.achievement?.name,
    issuerName: result.issuer.name,
    recipient: result.credential?.subject.name,
  };
  const name = nameOf(raw.name);
  const issuerName = nameOf(raw.issuerName);
  const recipient = nameOf(raw.recipient);
  const issuerId = idOf(result.issuer.id);
  return compact({
    verdict,
    headline:
      verdict === 'confirmed'
        ? say('confirmedBy', confirmedBy(result, match, label, say))
        : verdictWords(verdict, say),
    name,
    issuerName,
    issuerId,
    recipient,
    issuedOn: optionalText(result.issuedOn, 64),
    validUntil: optionalText(result.validUntil, 64),
    skills: (result.credential?.skills ?? [])
      .map((skill) => cleanDisplayText(skill, 300))
      .filter((skill) => skill !== ''),
    checks: result.checks.map((check) => checkLine(check, say)),
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: label,
    evidence: evidenceOf(result.credential),
    // Whose it is, as the credential says: compared with each page's person when shown.
    holder: result.holder,
    nameWarnings: nameWarningsOf(
      {
        name: { label: 'field_name', raw: raw.name, shown: name },
        issuerName: { label: 'field_issuerName', raw: raw.issuerName, shown: issuerName },
        recipient: { label: 'field_recipient', raw: raw.recipient, shown: recipient },
        issuerId,
      },
      say,
    ),
  }) as BadgeView;
}

/**
 * The badge for a Verifiable Presentation: its own verdict (the worst of its holder's proof and
 * its credentials'), and each credential with its own verdict.
 */
function presentationView(
  result: VerificationResult,
  match: ProviderMatchMessage,
  say: Say,
): BadgeView {
  const presented = result.presentation?.results ?? [];
  const verdict = viewVerdict(result.status);
  const headline =
    verdict === 'verified'
      ? say('verifiedPresentation')
      : say('presentationVerdict', verdictWords(verdict, say));
  const count = presented.length;
  const skills = new Set(
    presented.flatMap((r) => (r.credential?.skills ?? []).map((s) => cleanDisplayText(s, 300))),
  );
  skills.delete('');
  return compact({
    verdict,
    headline,
    name: sayPlural(say, 'presentationOf', count),
    skills: [...skills].slice(0, 50),
    checks: result.checks.slice(0, 40).map((check) => checkLine(check, say)),
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: providerLabel(match, say),
    credentials: presented.slice(0, 64).map((r) => {
      const each = viewVerdict(r.status);
      return {
        name:
          nameOf(r.credential?.name ?? r.credential?.achievement?.name) ?? say('unnamedCredential'),
        verdict: each,
        headline: each === 'confirmed' ? say('confirmedByIssuer') : verdictWords(each, say),
      };
    }),
  }) as BadgeView;
}

/** A check as a card line. Its words quote credential and server data (names, ids, messages). */
function checkLine(check: VerificationResult['checks'][number], say: Say) {
  const { outcome, text } = describeCheck(check, say);
  return { outcome, text: cleanDisplayText(text, 600) };
}

function viewVerdict(status: VerificationResult['status']) {
  return status === 'malformed' ? 'unverifiable' : status;
}

/** A name to show, or undefined when nothing visible is left of it (a blank "name"). */
function nameOf(value: string | undefined): string | undefined {
  return optionalText(value, 300);
}

function optionalText(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const shown = cleanDisplayText(value, max);
  return shown === '' ? undefined : shown;
}

/**
 * Policy: an id is revealed, never cleaned (revealHidden), and dropped rather than cut when it
 * does not fit: a cut id could equal a trusted one, and the standing is looked up by this id.
 */
function idOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const shown = revealHidden(value);
  return shown === '' || shown.length > 300 ? undefined : shown;
}

const EVIDENCE_TEXT = 12_000;

/** What skills are matched against, as the matcher reads it (lib/matching). */
function evidenceOf(summary: CredentialSummary | undefined): BadgeView['evidence'] {
  if (summary === undefined) return undefined;
  const text = credentialWords(summary).join('\n').slice(0, EVIDENCE_TEXT);
  return {
    alignments: summary.alignments.slice(0, 50).map(({ targetName, targetUrl, targetCode }) =>
      compact({
        targetName: cleanDisplayText(targetName, 300),
        targetUrl: targetUrl !== undefined && targetUrl.length <= 2048 ? targetUrl : undefined,
        targetCode: targetCode === undefined ? undefined : cleanDisplayText(targetCode, 300),
      }),
    ) as NonNullable<BadgeView['evidence']>['alignments'],
    text,
  };
}

/** Links Credlens shows: http(s) only, anything else becomes an empty (unrendered) link. */
export function safeHttpUrl(value: string): string {
  try {
    const url = new URL(value);
    // Re-encoding can lengthen a URL past the view's cap; such a link is simply not shown.
    const safe = url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    return safe.length <= 2048 ? safe : '';
  } catch {
    return '';
  }
}

/**
 * The badge shown while the worker is still checking. `say` has no English default: the content
 * script calls this with browser.i18n's words and must not carry the catalogue.
 */
export function checkingView(
  match: ProviderMatchMessage,
  name: string | undefined,
  say: Say,
): BadgeView {
  return compact({
    verdict: 'checking' as const,
    headline: verdictWords('checking', say),
    // The page's own link text: cleaned like every name (display-text.ts carries no tables).
    name: optionalText(name, 300),
    skills: [],
    checks: [],
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: providerLabel(match, say),
  }) as BadgeView;
}

/** The badge for a provider that publishes nothing machine-readable: never a verdict. */
export function linkOnlyView(match: ProviderMatchMessage, say: Say = sayEnglish): BadgeView {
  const label = providerLabel(match, say);
  return {
    verdict: 'link-only',
    headline: verdictWords('link-only', say),
    skills: [],
    checks: [
      {
        outcome: 'unknown',
        text: say('check_linkOnly', label),
      },
    ],
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: label,
  };
}
