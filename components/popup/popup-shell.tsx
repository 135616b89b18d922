// The popup: the user's seal (so they can tell a genuine Credlens badge from a page's imitation)
// and the page actions — scan this page once, or enable Credlens on this site for good. The
// skills summary against the open role arrives with the popup/role work.

import type { Seal } from '../../lib/messaging';

export type PopupActions = { scanPage(): void; enableSite(): void };

export type PopupShellProps = {
  seal?: Seal | undefined;
  /** The current site's origin when Credlens does not run there by default. */
  otherSite?: string | undefined;
  message?: string | undefined;
  actions?: PopupActions | undefined;
};

export function PopupShell({ seal, otherSite, message, actions }: PopupShellProps) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', width: '320px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Credlens</h1>
      <p style={{ margin: '0 0 8px' }}>
        Open a profile or job page to see which credentials are real.
      </p>
      {seal === undefined ? null : <SealLine seal={seal} />}
      {otherSite !== undefined && actions !== undefined ? (
        <section aria-label="This site" style={{ marginTop: '12px', display: 'grid', gap: '6px' }}>
          <p style={{ margin: 0 }}>Credlens does not run on {otherSite} unless you ask.</p>
          <button type="button" onClick={actions.scanPage}>
            Scan this page
          </button>
          <button type="button" onClick={actions.enableSite}>
            Enable on this site
          </button>
        </section>
      ) : null}
      {message === undefined ? null : (
        <p role="status" style={{ margin: '8px 0 0' }}>
          {message}
        </p>
      )}
    </main>
  );
}

export type SealLineProps = { seal: Seal };

export function SealLine({ seal }: SealLineProps) {
  return (
    <p style={{ margin: 0, display: 'flex', alignItems: 'center', gap: '8px' }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-flex',
          width: '22px',
          height: '22px',
          borderRadius: '50%',
          alignItems: 'center',
          justifyContent: 'center',
          background: seal.color,
          color: '#fff',
        }}
      >
        {seal.symbol}
      </span>
      <span>
        Your seal: <strong>{seal.word}</strong>. Genuine Credlens badges show it; a page cannot.
      </span>
    </p>
  );
}
