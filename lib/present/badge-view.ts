// Turns a verification result into what a recruiter sees on a badge and its card. Decided in
// the service worker, so the page-side code only renders text it is given.

import type { BadgeView, ProviderMatchMessage } from '../messaging';
import { compact } from '../shared/compact';
import { credentialWords } from '../shared/credential-words';
import type { CredentialSummary, VerificationResult } from '../verify';
import { describeCheck } from './check-text';

const HEADLINES: Record<Exclude<BadgeView['verdict'], 'confirmed'>, string> = {
  checking: 'Checking…',
  verified: 'Verified',
  expired: 'Expired',
  revoked: 'Revoked',
  suspended: 'Suspended',
  invalid: 'Invalid',
  unverifiable: 'Could not check',
  'link-only': 'Could not check',
};

/** The badge for a finished verification of `match`. */
export function toBadgeView(result: VerificationResult, match: ProviderMatchMessage): BadgeView {
  const verdict = result.status === 'malformed' ? 'unverifiable' : result.status;
  return compact({
    verdict,
    headline:
      verdict === 'confirmed' ? `Confirmed by ${match.label}`.slice(0, 80) : HEADLINES[verdict],
    name: result.credential?.name ?? result.credential?.achievement?.name,
    issuerName: result.issuer.name,
    issuerId: result.issuer.id,
    recipient: result.credential?.subject.name,
    issuedOn: result.issuedOn,
    validUntil: result.validUntil,
    skills: result.credential?.skills ?? [],
    checks: result.checks.map(describeCheck),
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: match.label,
    evidence: evidenceOf(result.credential),
  }) as BadgeView;
}

const EVIDENCE_TEXT = 12_000;

/** What skills are matched against, as the matcher reads it (lib/matching). */
function evidenceOf(summary: CredentialSummary | undefined): BadgeView['evidence'] {
  if (summary === undefined) return undefined;
  const text = credentialWords(summary).join('\n').slice(0, EVIDENCE_TEXT);
  return {
    alignments: summary.alignments.slice(0, 50).map(({ targetName, targetUrl, targetCode }) =>
      compact({
        targetName: targetName.slice(0, 300),
        targetUrl: targetUrl !== undefined && targetUrl.length <= 2048 ? targetUrl : undefined,
        targetCode: targetCode?.slice(0, 300),
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

/** The badge shown while the worker is still checking. */
export function checkingView(match: ProviderMatchMessage, name?: string): BadgeView {
  return compact({
    verdict: 'checking' as const,
    headline: HEADLINES.checking,
    name,
    skills: [],
    checks: [],
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: match.label,
  }) as BadgeView;
}

/** The badge for a provider that publishes nothing machine-readable: never a verdict. */
export function linkOnlyView(match: ProviderMatchMessage): BadgeView {
  return {
    verdict: 'link-only',
    headline: HEADLINES['link-only'],
    skills: [],
    checks: [
      {
        outcome: 'unknown',
        text: `${match.label} publishes no verifiable data for this link; open it to judge it yourself`,
      },
    ],
    sourceUrl: safeHttpUrl(match.sourceUrl),
    providerLabel: match.label,
  };
}
