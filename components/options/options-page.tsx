// The options page: the personal seal, the sites the user enabled, the sites whose pages stay
// untouched (issue 15), trusted issuers (the bundled list with its sources, plus the user's
// own), clearing cached verdicts, and export/import of everything the user keeps.

import { useState } from 'preact/hooks';
import { KNOWN_ISSUERS } from '../../lib/issuers';
import type { Seal } from '../../lib/messaging';
import type { Settings } from '../../lib/storage';
import { t } from '../ui/i18n';
import { ImportFile } from '../ui/import-file';
import { SealLine } from '../ui/seal-line';

export type OptionsActions = {
  renewSeal(): void;
  removeSite(origin: string): void;
  /** Leaves a site's pages untouched (no badges, verdicts only in the popup) or not. */
  setUntouched(site: string, on: boolean): void;
  trustIssuer(id: string, name: string): void;
  untrustIssuer(id: string, bundled: boolean): void;
  restoreIssuer(id: string): void;
  clearCache(): void;
  exportJson(): void;
  importJson(file: File): void;
};

export type OptionsPageProps = {
  seal?: Seal | undefined;
  sites: string[];
  /** Sites to decide about, with whether their pages are left untouched. */
  untouched: Array<{ site: string; on: boolean }>;
  trust: Settings['trustedIssuers'];
  message?: string | undefined;
  actions: OptionsActions;
};

export function OptionsPage({ seal, sites, untouched, trust, message, actions }: OptionsPageProps) {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {/* Always present, so screen readers announce the first message too. */}
      <p role="status" class={message === undefined ? 'visually-hidden' : 'panel'}>
        {message ?? ''}
      </p>
      <section aria-labelledby="seal-heading">
        <h2 id="seal-heading">{t('sealHeading')}</h2>
        <p>{t('sealExplain')}</p>
        {seal === undefined ? <p>{t('loading')}</p> : <SealLine seal={seal} />}
        <p>
          <button type="button" onClick={actions.renewSeal}>
            {t('newSeal')}
          </button>
        </p>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        {sites.length === 0 ? (
          <p>{t('noSitesYet')}</p>
        ) : (
          <ul class="plain">
            {sites.map((site) => (
              <li key={site} class="row">
                {site}
                <button
                  type="button"
                  aria-label={t('removeLabel', site)}
                  onClick={() => actions.removeSite(site)}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <UntouchedSites untouched={untouched} actions={actions} />
      <TrustedIssuers trust={trust} actions={actions} />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p class="muted">{t('dataExplain')}</p>
        <div class="row">
          <button type="button" onClick={actions.exportJson}>
            {t('exportAll')}
          </button>
          <ImportFile label={t('importData')} onFile={actions.importJson} />
          <button type="button" onClick={actions.clearCache}>
            {t('clearCache')}
          </button>
        </div>
      </section>
    </main>
  );
}

function UntouchedSites({ untouched, actions }: Pick<OptionsPageProps, 'untouched' | 'actions'>) {
  const [site, setSite] = useState('');
  return (
    <section aria-labelledby="untouched-heading">
      <h2 id="untouched-heading">{t('untouchedSitesHeading')}</h2>
      <p class="muted">{t('untouchedSitesExplain')}</p>
      <ul class="plain" aria-label={t('sitesLabel')}>
        {untouched.map((entry) => (
          <li key={entry.site}>
            <label class="row">
              <input
                type="checkbox"
                checked={entry.on}
                onChange={(event) => actions.setUntouched(entry.site, event.currentTarget.checked)}
              />
              <span>{t('leaveSiteUntouched', entry.site)}</span>
            </label>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          actions.setUntouched(site, true);
          setSite('');
        }}
      >
        <label class="row">
          <span>{t('anotherSite')}</span>
          <input
            value={site}
            required
            placeholder="jobs.example.com"
            onInput={(event) => setSite(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('leaveUntouched')}</button>
      </form>
    </section>
  );
}

function TrustedIssuers({ trust, actions }: Pick<OptionsPageProps, 'trust' | 'actions'>) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="issuers-heading">
      <h2 id="issuers-heading">{t('issuersHeading')}</h2>
      <p class="muted">{t('issuersExplain')}</p>
      <h3>{t('yoursHeading')}</h3>
      {trust.added.length === 0 ? (
        <p class="muted">{t('noIssuersYet')}</p>
      ) : (
        <ul class="plain" aria-label={t('yourIssuers')}>
          {trust.added.map((issuer) => (
            <li key={issuer.id} class="row">
              <strong>{issuer.name}</strong>
              <code>{issuer.id}</code>
              <button
                type="button"
                aria-label={t('removeIssuerLabel', issuer.name, issuer.id)}
                onClick={() => actions.untrustIssuer(issuer.id, false)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          actions.trustIssuer(id, name);
          setId('');
          setName('');
        }}
      >
        <label class="row">
          <span>{t('issuerId')}</span>
          <input
            value={id}
            required
            placeholder="did:web:… or https://…"
            onInput={(event) => setId(event.currentTarget.value)}
          />
        </label>
        <label class="row">
          <span>{t('issuerName')}</span>
          <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('trustIssuerButton')}</button>
      </form>
      <h3>{t('bundledHeading')}</h3>
      <ul class="plain" aria-label={t('bundledIssuers')}>
        {KNOWN_ISSUERS.map((issuer) => {
          const hidden = trust.removed.includes(issuer.id);
          return (
            <li key={issuer.id} class="stack panel">
              <span class="row">
                <strong>{issuer.name}</strong>
                {hidden ? <span class="pill tone-neutral">{t('notTrustedByYou')}</span> : null}
                <button
                  type="button"
                  aria-label={t(
                    'issuerActionLabel',
                    t(hidden ? 'trustAgain' : 'doNotTrust'),
                    issuer.id,
                  )}
                  onClick={() =>
                    hidden
                      ? actions.restoreIssuer(issuer.id)
                      : actions.untrustIssuer(issuer.id, true)
                  }
                >
                  {t(hidden ? 'trustAgain' : 'doNotTrust')}
                </button>
              </span>
              <code>
                {issuer.id}
                {issuer.prefix ? '…' : ''}
              </code>
              <span class="muted">{t('issuerSource', issuer.source)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
