// The popup's frame: the user's seal (so they can tell a genuine Credlens badge from a page's
// imitation) and what Credlens does. The skills summary arrives with the popup/role work.

import type { Seal } from '../../lib/messaging';

export type PopupShellProps = { seal?: Seal | undefined };

export function PopupShell({ seal }: PopupShellProps) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', minWidth: '300px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Credlens</h1>
      <p style={{ margin: '0 0 8px' }}>
        Open a profile or job page to see which credentials are real.
      </p>
      {seal === undefined ? null : (
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
            }}
          >
            {seal.symbol}
          </span>
          <span>
            Your seal: <strong>{seal.word}</strong>. Genuine Credlens badges show it; a page cannot.
          </span>
        </p>
      )}
    </main>
  );
}
