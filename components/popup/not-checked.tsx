// Credential links past the per-page cap: listed, honestly "not checked", with a way to check
// them. A page with thousands of links cannot make Credlens fetch thousands of documents
// unasked, and cannot hide that it holds them either.

import { plural, t } from '../ui/i18n';
export type NotCheckedProps = {
  items: Array<{ label: string; url: string }>;
  total: number;
  onCheck(): void;
};

export function NotChecked({ items, total, onCheck }: NotCheckedProps) {
  if (total === 0) return null;
  return (
    <section class="panel stack" aria-labelledby="not-checked-heading">
      <h2 id="not-checked-heading">{plural('notCheckedHeading', total)}</h2>
      <p class="muted">{t('notCheckedExplain')}</p>
      <ul class="plain">
        {items.slice(0, 10).map((item, index) => (
          <li key={index} class="muted">
            {item.label} <code>{shorten(item.url)}</code>
          </li>
        ))}
      </ul>
      {total > 10 ? <p class="muted">{t('andMore', total - 10)}</p> : null}
      <button type="button" onClick={onCheck}>
        {t('checkMore', Math.min(total, 300))}
      </button>
    </section>
  );
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 59)}…` : url;
}
