// The learner preview: one credential the learner supplies (pasted text, a dropped file or a
// URL), verified exactly as a recruiter's badge would be, plus plain-language diagnostics.
// (Stub: the diagnostics arrive with the preview-page work.)

import type { Diagnostic, PreviewInput, ProviderMatchMessage } from '../messaging';
import type { BadgeView } from '../messaging';
import { toBadgeView } from '../present';
import { type CredentialInput, type VerifyOptions, verifyCredential } from '../verify';

export type PreviewOutcome = { view: BadgeView; diagnostics: Diagnostic[] };

export async function previewCredential(
  input: PreviewInput,
  options: VerifyOptions,
): Promise<PreviewOutcome> {
  const credentialInput: CredentialInput =
    input.kind === 'url'
      ? { kind: 'url', url: input.url }
      : input.kind === 'text'
        ? { kind: 'text', text: input.text }
        : { kind: 'bytes', bytes: Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0)) };
  const result = await verifyCredential(credentialInput, options);
  const match: ProviderMatchMessage = {
    providerId: 'preview',
    label: 'Preview',
    sourceUrl: input.kind === 'url' ? input.url : '',
    kind: 'credential',
  };
  return { view: toBadgeView(result, match), diagnostics: [] };
}
