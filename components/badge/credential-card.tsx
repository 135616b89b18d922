// The card a badge opens: what the credential claims and every check in plain language.

import type { BadgeView, Seal } from '../../lib/messaging';
import { sealWord, t, tNodes, uiLanguage } from '../ui/i18n';
import { ShortId } from './short-id';
import { OUTCOME_ICONS, VERDICT_STYLES } from './verdict-style';

export type CredentialCardProps = { view: BadgeView; seal?: Seal | undefined; name: string };

export function CredentialCard({ view, seal, name }: CredentialCardProps) {
  const dates = [
    view.issuedOn === undefined ? undefined : t('cardIssued', formatDate(view.issuedOn)),
    view.validUntil === undefined ? undefined : t('cardValidUntil', formatDate(view.validUntil)),
  ].filter((part) => part !== undefined);
  return (
    <div class="card" role="dialog" aria-label={t('cardLabel', view.headline, name)}>
      <h2>
        <span aria-hidden="true">{VERDICT_STYLES[view.verdict].icon} </span>
        {t('cardHeading', view.headline, name)}
      </h2>
      <p class="meta">
        {view.issuerName !== undefined ? (
          view.issuerName
        ) : view.issuerId !== undefined ? (
          <ShortId id={view.issuerId} label={t('issuerIdLabel')} />
        ) : (
          t('cardVia', view.providerLabel)
        )}
        {view.issuerName !== undefined && view.issuerId !== undefined ? (
          <>
            {' ('}
            <ShortId id={view.issuerId} label={t('issuerIdLabel')} />
            {')'}
          </>
        ) : null}
        {view.recipient === undefined ? '' : ` · ${t('cardIssuedTo', view.recipient)}`}
        {dates.length > 0 ? ` · ${dates.join(', ')}` : ''}
      </p>
      {(view.nameWarnings ?? []).map((warning, index) => (
        <p class="standing unlisted" key={index}>
          <span aria-hidden="true">⚠ </span>
          {warning.text}
        </p>
      ))}
      {view.holderCheck === undefined ? null : <HolderLine check={view.holderCheck} />}
      {view.issuerStanding === undefined ? null : <IssuerStanding view={view} />}
      {view.skills.length > 0 ? (
        <ul class="skills" aria-label={t('skillsLabel')}>
          {view.skills.map((skill) => (
            <li class="skill" key={skill}>
              {skill}
            </li>
          ))}
        </ul>
      ) : null}
      {view.credentials === undefined ? null : (
        <ul class="presented" aria-label={t('presentedLabel')}>
          {view.credentials.map((item, index) => (
            <li key={index}>
              <span aria-hidden="true">{VERDICT_STYLES[item.verdict].icon}</span>
              <span>{t('cardHeading', item.headline, item.name)}</span>
            </li>
          ))}
        </ul>
      )}
      <ul aria-label={t('checksLabel')}>
        {view.checks.map((item, index) => (
          <li key={index}>
            <span aria-hidden="true">{OUTCOME_ICONS[item.outcome]}</span>
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
      <div class="foot">
        {view.sourceUrl === '' ? (
          <span />
        ) : (
          <a href={view.sourceUrl} target="_blank" rel="noopener noreferrer">
            {t('openSource')}
          </a>
        )}
        {seal === undefined ? null : (
          <span class="sealtag" title={t('sealTitle')}>
            <span aria-hidden="true">{seal.symbol}</span> {sealWord(seal.word)}
          </span>
        )}
      </div>
    </div>
  );
}

const HOLDER_ICONS = { match: '✔', possible: '?', mismatch: '≠', unknown: '–' } as const;

/** Whose credential it is: the holder against the person the page is about. */
function HolderLine({ check }: { check: NonNullable<BadgeView['holderCheck']> }) {
  return (
    <p class={`holder ${check.outcome}`}>
      <span aria-hidden="true">{HOLDER_ICONS[check.outcome]} </span>
      {check.text}
    </p>
  );
}

/** Known or unlisted issuer: a warning line when unlisted, never a failure of the credential. */
function IssuerStanding({ view }: { view: BadgeView }) {
  const standing = view.issuerStanding;
  if (standing === undefined) return null;
  // A look-alike never shows "Known issuer"; its warning line says whom it imitates, once.
  const lookalikeShown = view.nameWarnings?.some((item) => item.code === 'lookalike_issuer');
  if (lookalikeShown === true) return null;
  if (standing.looksLike !== undefined)
    return (
      <p class="standing unlisted">
        <span aria-hidden="true">⚠ </span>
        {t('looksLikeIssuer', standing.looksLike)}
      </p>
    );
  if (!standing.known)
    return (
      <p class="standing unlisted">
        <span aria-hidden="true">⚠ </span>
        {t('issuerUnlisted')}
      </p>
    );
  // A name the user trusted came from a credential's own claim: the id it belongs to is shown
  // with it, so a look-alike issuer cannot pass under a trusted name.
  if (standing.by === 'user')
    return (
      <p class="standing known">
        <span aria-hidden="true">★ </span>
        {tNodes(
          'knownIssuerYours',
          standing.listedAs ?? t('trusted'),
          <ShortId id={view.issuerId ?? ''} label={t('issuerIdLabel')} />,
        )}
      </p>
    );
  return (
    <p class="standing known">
      <span aria-hidden="true">★ </span>
      {t('knownIssuerBundled', standing.listedAs ?? view.issuerName ?? t('listed'))}
    </p>
  );
}

function formatDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time)
    ? value
    : new Date(time).toLocaleDateString(uiLanguage(), {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      });
}
