// Credential links past the per-page cap: listed, honestly "not checked", with a way to check
// them. A page with thousands of links cannot make Credlens fetch thousands of documents
// unasked, and cannot hide that it holds them either.

export type NotCheckedProps = {
  items: Array<{ label: string; url: string }>;
  total: number;
  onCheck(): void;
};

export function NotChecked({ items, total, onCheck }: NotCheckedProps) {
  if (total === 0) return null;
  return (
    <section class="panel stack" aria-labelledby="not-checked-heading">
      <h2 id="not-checked-heading">
        {total} more credential link{total === 1 ? '' : 's'} not checked
      </h2>
      <p class="muted">
        Credlens checks the first 300 credential links on a page by itself. These have no verdict
        yet:
      </p>
      <ul class="plain">
        {items.slice(0, 10).map((item, index) => (
          <li key={index} class="muted">
            {item.label} <code>{shorten(item.url)}</code>
          </li>
        ))}
      </ul>
      {total > 10 ? <p class="muted">…and {total - 10} more.</p> : null}
      <button type="button" onClick={onCheck}>
        Check {Math.min(total, 300)} more
      </button>
    </section>
  );
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 59)}…` : url;
}
