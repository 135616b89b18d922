// The page's credentials as the popup lists them: verdict, name, "Show" (scrolls the page to
// the link), whose credential it is, name warnings, and "Trust this issuer" for a verified
// credential from an issuer not on the user's lists.

import type { PageCredential } from '../../lib/matching';
import { t } from '../ui/i18n';
import { VerdictPill } from '../ui/verdict-pill';
import type { PopupActions } from './types';

export type CredentialListProps = {
  items: Array<{ credential: PageCredential; ref: string | undefined }>;
  knownIssuers: ReadonlySet<string>;
  actions: Pick<PopupActions, 'reveal' | 'trustIssuer'>;
};

export function CredentialList({ items, knownIssuers, actions }: CredentialListProps) {
  return (
    <ul class="plain">
      {items.map(({ credential, ref }, index) => (
        <li key={ref ?? index} class="stack">
          <span class="row">
            <VerdictPill verdict={credential.verdict} headline={credential.headline} />
            <span class="credential-name">{credential.name}</span>
            {ref === undefined ? null : (
              <button
                type="button"
                class="link"
                aria-label={t('showOnPage', credential.name)}
                onClick={() => actions.reveal(ref)}
              >
                {t('show')}
              </button>
            )}
          </span>
          {credential.holder === undefined || credential.holder.outcome === 'match' ? null : (
            <span class={`muted holder-note ${credential.holder.outcome}`}>
              {credential.holder.text}
            </span>
          )}
          {(credential.nameWarnings ?? []).map((warning, at) => (
            <span class="muted name-warning" key={at}>
              <span aria-hidden="true">⚠ </span>
              {warning.text}
            </span>
          ))}
          {credential.issuerId !== undefined &&
          credential.verdict === 'verified' &&
          !knownIssuers.has(credential.issuerId) ? (
            <div class="stack muted issuer-unlisted">
              {/* The name is the credential's own claim; the id is what trust is given to. */}
              <span>{t('issuerNotListed', credential.issuerName ?? t('unnamed'))}</span>
              <code class="issuer-id" title={credential.issuerId}>
                {credential.issuerId}
              </code>
              <button
                type="button"
                aria-label={t('trustIssuerLabel', credential.issuerId)}
                onClick={() =>
                  actions.trustIssuer(
                    credential.issuerId as string,
                    credential.issuerName ?? (credential.issuerId as string),
                  )
                }
              >
                {t('trustIssuer')}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
