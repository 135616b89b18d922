// Page-untouched mode in the popup and side panel (issue 15): the one-time notice explaining
// why a site shows no badges (dismissed for good with "Got it"), and the switch for the site.

import { t } from '../ui/i18n';
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
      <h2 id="untouched-notice-heading">{t('untouchedHeading', site)}</h2>
      <p>
        {t('untouchedExplain', site)}
        {site === 'linkedin.com' ? ` ${t('untouchedLinkedIn')}` : ''}
      </p>
      <p>{t('untouchedWhere')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onDismiss}>
          {t('gotIt')}
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
    <section class="panel stack" aria-label={t('untouchedSwitchLabel')}>
      <label class="row">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{t('untouchedSwitch', site)}</span>
      </label>
      {on ? <p class="muted">{t('untouchedOnNote')}</p> : null}
    </section>
  );
}
