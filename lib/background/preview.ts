// The learner preview: one credential the learner supplies (pasted text, a dropped file or a
// URL), verified exactly as a recruiter's badge would be, plus plain-language diagnostics of
// every problem and how to fix it (lib/present/diagnostics.ts).

import { matchCredentialUrl, type ProviderMatch } from '../detect';
import type { BadgeView, Diagnostic, PreviewInput, ProviderMatchMessage } from '../messaging';
import { diagnose, linkOnlyDiagnostic, linkOnlyView, toBadgeView } from '../present';
import { compact } from '../shared/compact';
import { type Say, sayEnglish } from '../shared/words';
import {
  type Check,
  type CredentialInput,
  deriveStatus,
  type VerificationResult,
  type VerifyOptions,
  verifyCredential,
} from '../verify';
import { NO_MEMO, verifyMatch } from './verify-match';

export type PreviewOutcome = { view: BadgeView; diagnostics: Diagnostic[] };

/** Verifies the learner's credential and explains the result; never rejects. */
export async function previewCredential(
  input: PreviewInput,
  options: VerifyOptions,
  say: Say = sayEnglish,
): Promise<PreviewOutcome> {
  const provider = input.kind === 'url' ? providerOf(input.url, options) : undefined;
  if (provider?.kind === 'link-only')
    return {
      view: linkOnlyView(provider, say),
      diagnostics: [linkOnlyDiagnostic(provider.label, say)],
    };
  const match: ProviderMatchMessage = provider ?? {
    providerId: 'preview',
    // What a recruiter's card says for a credential linked directly (lib/detect's direct adapter).
    label: 'Credential file',
    sourceUrl: input.kind === 'url' ? input.url : '',
    kind: 'credential',
  };
  let result: VerificationResult;
  if (input.kind === 'url') {
    // Exactly the badge's path (Accredible's data, a share's wrapped credential…), remembering
    // nothing: the learner's fix must show at once.
    result = (await verifyMatch(match, match.fetchUrl ?? input.url, options, NO_MEMO)).result;
  } else {
    const credentialInput = toCredentialInput(input);
    result =
      credentialInput === undefined
        ? unreadable('the file could not be decoded (invalid base64)')
        : await verifyCredential(credentialInput, options);
  }
  return { view: toBadgeView(result, match, say), diagnostics: diagnose(result, say) };
}

/** The provider a recruiter's page would recognise `url` as (lib/detect), if any. */
function providerOf(url: string, options: VerifyOptions): ProviderMatchMessage | undefined {
  if (!URL.canParse(url)) return undefined;
  const match = matchCredentialUrl(url, new URL(url), {
    allowLoopbackHttp: options.insecureLocalhost === true,
  });
  return match === undefined ? undefined : toMessage(match);
}

function toMessage(match: ProviderMatch): ProviderMatchMessage {
  const { providerId, label, sourceUrl, kind, fetchUrl, credentialId, unwrap } = match;
  return { providerId, label, sourceUrl, kind, ...compact({ fetchUrl, credentialId, unwrap }) };
}

function toCredentialInput(
  input: Exclude<PreviewInput, { kind: 'url' }>,
): CredentialInput | undefined {
  if (input.kind === 'text') return { kind: 'text', text: input.text };
  const bytes = decodeBase64(input.base64);
  return bytes === undefined ? undefined : { kind: 'bytes', bytes };
}

/** Standard base64 (RFC 4648 §4) with optional padding, or undefined for anything else. */
function decodeBase64(base64: string): Uint8Array | undefined {
  const text = base64.replace(/\s+/g, '');
  // Policy: validate before atob, whose leniency differs between engines; never throw on bad input.
  if (text.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function unreadable(detail: string): VerificationResult {
  const checks: Check[] = [{ id: 'format', outcome: 'unknown', code: 'input_unreadable', detail }];
  return { status: deriveStatus(checks), checks, format: { securing: 'unknown' }, issuer: {} };
}
