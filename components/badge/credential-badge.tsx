// The inline badge beside a credential link and its card. Presentational only: it renders the
// view model the service worker decided, as text, and the user's seal.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeView, Seal } from '../../lib/messaging';
import { CredentialCard } from './credential-card';
import { VERDICT_STYLES } from './verdict-style';

export type CredentialBadgeProps = {
  view: BadgeView;
  seal?: Seal | undefined;
  pageLabel?: string | undefined;
  /** A brief ring when the popup chose this credential ("show me it on the page"). */
  highlighted?: boolean;
  /** Told when the card opens or closes: a badge frame grows to hold it. */
  onOpenChange?: (open: boolean) => void;
};

export function CredentialBadge({
  view,
  seal,
  pageLabel,
  highlighted = false,
  onOpenChange,
}: CredentialBadgeProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => onOpenChange?.(open), [open, onOpenChange]);
  const root = useRef<HTMLSpanElement>(null);
  const style = VERDICT_STYLES[view.verdict];
  const name = view.name ?? pageLabel ?? 'credential';
  /** Closed with Escape: focus coming back (the window regaining it) must not reopen it. */
  const keptClosed = useRef(false);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent) => {
      if (!event.composedPath().includes(root.current as EventTarget)) setOpen(false);
    };
    // In a badge frame, a click anywhere else on the page takes focus out of the frame.
    const leave = () => setOpen(false);
    document.addEventListener('click', close, true);
    window.addEventListener('blur', leave);
    return () => {
      document.removeEventListener('click', close, true);
      window.removeEventListener('blur', leave);
    };
  }, [open]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only groups hover and Escape for the button and its card, both of which are keyboard reachable on their own.
    <span
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        keptClosed.current = true;
        setOpen(false);
      }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        class={`badge ${style.tone}${highlighted ? ' highlighted' : ''}`}
        aria-label={`Credlens: ${view.headline} — ${name}`}
        aria-expanded={open}
        onClick={() => {
          keptClosed.current = false;
          setOpen(true);
        }}
        onFocus={() => {
          if (!keptClosed.current) setOpen(true);
        }}
        onBlur={() => {
          // Focus moved within this document: the next focus is a new visit. When the window
          // (or the badge's frame) lost focus instead, its return must not reopen the card.
          if (document.hasFocus()) keptClosed.current = false;
        }}
      >
        {seal === undefined ? null : (
          <span class="seal" style={{ background: seal.color }} aria-hidden="true">
            {seal.symbol}
          </span>
        )}
        <span aria-hidden="true">{style.icon}</span>
        <span>{view.headline}</span>
      </button>
      {open ? <CredentialCard view={view} seal={seal} name={name} /> : null}
    </span>
  );
}
