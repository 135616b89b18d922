// Page-untouched mode in the popup and side panel (issue 15): the one-time notice explaining
// why a site shows no badges (dismissed for good with "Got it"), and the switch for the site.

import type { PopupActions, UntouchedProps } from './types';

export type UntouchedNoticeProps = {
  untouched: UntouchedProps;
  onDismiss: PopupActions['dismissUntouchedNotice'];
};

/** Explains page-untouched mode the first time the user meets it. */
export function UntouchedNotice({ untouched, onDismiss }: UntouchedNoticeProps) {
  const { site } = untouched;
  return (
    <section class="panel stack untouched-notice" aria-labelledby="untouched-notice-heading">
      <h2 id="untouched-notice-heading">No badges on {site}</h2>
      <p>
        Credlens leaves {site}'s pages exactly as they are: no badges, highlights or other changes.
        {site === 'linkedin.com'
          ? ' LinkedIn’s User Agreement forbids browser extensions that “overlay or otherwise modify” its pages.'
          : ''}
      </p>
      <p>
        Credentials are still checked. Their verdicts are listed here, in the side panel and on the
        toolbar icon; “Show” scrolls the page to a credential without marking it.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={onDismiss}>
          Got it
        </button>
      </div>
    </section>
  );
}

export type UntouchedSwitchProps = {
  untouched: UntouchedProps;
  onChange: PopupActions['setUntouched'];
};

/** The per-site switch (also in the options). */
export function UntouchedSwitch({ untouched, onChange }: UntouchedSwitchProps) {
  const { site, on } = untouched;
  return (
    <section class="panel stack" aria-label="Changes to this site's pages">
      <label class="row">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>Leave {site}'s pages untouched (no badges)</span>
      </label>
      {on ? (
        <p class="muted">Verdicts for this page appear only here and on the toolbar icon.</p>
      ) : null}
    </section>
  );
}
