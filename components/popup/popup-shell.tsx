// The popup's frame. The skills summary arrives with the popup/role issue.
export type PopupShellProps = { title?: string };

export function PopupShell({ title = 'Credlens' }: PopupShellProps) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', minWidth: '280px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>{title}</h1>
      <p style={{ margin: 0 }}>Open a profile or job page to see verified credentials.</p>
    </main>
  );
}
