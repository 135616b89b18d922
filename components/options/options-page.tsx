// The options page: the personal seal, the sites the user enabled, the sites whose pages stay
// untouched (issue 15), trusted issuers (the bundled list with its sources, plus the user's
// own), clearing cached verdicts, and export/import of everything the user keeps.

import { useState } from 'preact/hooks';
import { KNOWN_ISSUERS } from '../../lib/issuers';
import type { Seal } from '../../lib/messaging';
import type { Settings } from '../../lib/storage';
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
      <h1>Credlens options</h1>
      {/* Always present, so screen readers announce the first message too. */}
      <p role="status" class={message === undefined ? 'visually-hidden' : 'panel'}>
        {message ?? ''}
      </p>
      <section aria-labelledby="seal-heading">
        <h2 id="seal-heading">Your seal</h2>
        <p>
          Every genuine Credlens badge and card shows this seal. A web page cannot see it, so a fake
          "Verified" badge drawn by a page will not have it.
        </p>
        {seal === undefined ? <p>Loading…</p> : <SealLine seal={seal} />}
        <p>
          <button type="button" onClick={actions.renewSeal}>
            Choose a new seal
          </button>
        </p>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites you enabled</h2>
        {sites.length === 0 ? (
          <p>None yet. Use "Enable on this site" in the popup on any other site.</p>
        ) : (
          <ul class="plain">
            {sites.map((site) => (
              <li key={site} class="row">
                {site}
                <button
                  type="button"
                  aria-label={`Remove ${site}`}
                  onClick={() => actions.removeSite(site)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <UntouchedSites untouched={untouched} actions={actions} />
      <TrustedIssuers trust={trust} actions={actions} />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p class="muted">
          Roles, shortlists, trusted issuers and your seal stay in this browser. Export them to move
          or back them up; an import is checked first and merged without duplicates.
        </p>
        <div class="row">
          <button type="button" onClick={actions.exportJson}>
            Export all data
          </button>
          <ImportFile label="Import data" onFile={actions.importJson} />
          <button type="button" onClick={actions.clearCache}>
            Clear cached verdicts
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
      <h2 id="untouched-heading">Pages left untouched</h2>
      <p class="muted">
        On these sites Credlens changes nothing in the page: no badges, highlights or other marks.
        It still checks every credential and lists the verdicts in the popup, the side panel and on
        the toolbar icon. LinkedIn’s User Agreement forbids extensions that “overlay or otherwise
        modify” its pages, so linkedin.com is left untouched unless you choose otherwise.
      </p>
      <ul class="plain" aria-label="Sites">
        {untouched.map((entry) => (
          <li key={entry.site}>
            <label class="row">
              <input
                type="checkbox"
                checked={entry.on}
                onChange={(event) => actions.setUntouched(entry.site, event.currentTarget.checked)}
              />
              <span>Leave {entry.site} untouched</span>
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
          <span>Another site</span>
          <input
            value={site}
            required
            placeholder="jobs.example.com"
            onInput={(event) => setSite(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Leave untouched</button>
      </form>
    </section>
  );
}

function TrustedIssuers({ trust, actions }: Pick<OptionsPageProps, 'trust' | 'actions'>) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="issuers-heading">
      <h2 id="issuers-heading">Trusted issuers</h2>
      <p class="muted">
        A card says "Known issuer" when the credential's issuer is on one of these lists. An issuer
        that is not listed is a warning to look closer, never a failed check.
      </p>
      <h3>Yours</h3>
      {trust.added.length === 0 ? (
        <p class="muted">None yet. Add one below, or use "Trust this issuer" in the popup.</p>
      ) : (
        <ul class="plain" aria-label="Your trusted issuers">
          {trust.added.map((issuer) => (
            <li key={issuer.id} class="row">
              <strong>{issuer.name}</strong>
              <code>{issuer.id}</code>
              <button
                type="button"
                aria-label={`Remove ${issuer.name} (${issuer.id})`}
                onClick={() => actions.untrustIssuer(issuer.id, false)}
              >
                Remove
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
          <span>Issuer id</span>
          <input
            value={id}
            required
            placeholder="did:web:… or https://…"
            onInput={(event) => setId(event.currentTarget.value)}
          />
        </label>
        <label class="row">
          <span>Name</span>
          <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">Trust issuer</button>
      </form>
      <h3>Bundled with Credlens</h3>
      <ul class="plain" aria-label="Bundled trusted issuers">
        {KNOWN_ISSUERS.map((issuer) => {
          const hidden = trust.removed.includes(issuer.id);
          return (
            <li key={issuer.id} class="stack panel">
              <span class="row">
                <strong>{issuer.name}</strong>
                {hidden ? <span class="pill tone-neutral">not trusted by you</span> : null}
                <button
                  type="button"
                  aria-label={`${hidden ? 'Trust again' : 'Do not trust'}: ${issuer.id}`}
                  onClick={() =>
                    hidden
                      ? actions.restoreIssuer(issuer.id)
                      : actions.untrustIssuer(issuer.id, true)
                  }
                >
                  {hidden ? 'Trust again' : 'Do not trust'}
                </button>
              </span>
              <code>
                {issuer.id}
                {issuer.prefix ? '…' : ''}
              </code>
              <span class="muted">Source: {issuer.source}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
