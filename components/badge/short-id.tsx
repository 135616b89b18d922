// A long identifier (a 56-character did:key, an issuer URL) shortened to fit a card line, with
// its start and end kept, the whole id in the tooltip and a button that copies it exactly.
// Text only: the id is never parsed as markup.

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

/** Ids up to this length are shown whole. */
const SHOWN_WHOLE = 32;
const TAIL = 6;

export type ShortIdProps = {
  id: string;
  /** What the id is, for the copy button's accessible name ("the issuer's id"). */
  label: string;
  /** Copies to the clipboard from the document the button is in. */
  copyText?: (text: string, document: Document) => Promise<void>;
};

export function ShortId({ id, label, copyText = writeToClipboard }: ShortIdProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state === 'failed') field.current?.select();
  }, [state]);
  const shown = shortenId(id);
  const copy = (event: Event) => {
    const document = (event.currentTarget as Element).ownerDocument;
    copyText(id, document).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span class="id">
      <span class="id-text" title={id}>
        {shown}
      </span>
      {shown === id ? null : ' '}
      {shown === id ? null : (
        <button type="button" class="copy" aria-label={t('copyInFull', label)} onClick={copy}>
          {t(state === 'copied' ? 'copied' : 'copy')}
        </button>
      )}
      {state === 'failed' ? (
        // The clipboard can be closed to a frame inside a page: the id, selected, to copy by hand.
        <label class="id-full">
          {t('pressToCopy')}
          <input ref={field} readOnly value={id} aria-label={t('idInFull', label)} />
        </label>
      ) : null}
    </span>
  );
}

/**
 * The id as shown: whole when short; else its recognisable start — a DID's method and the
 * first characters of its method-specific id, a URL's origin — an ellipsis, and its last
 * characters. Policy: the start and the end both stay, because look-alike ids are made to match
 * one of them; the whole id is one click away, and trust is always decided on the whole id.
 */
export function shortenId(id: string): string {
  if (id.length <= SHOWN_WHOLE) return id;
  const head = headOf(id);
  const tail = id.slice(-TAIL);
  return head.length + 1 + tail.length >= id.length ? id : `${head}…${tail}`;
}

function headOf(id: string): string {
  const did = /^did:[a-z0-9]+:/.exec(id);
  if (did !== null) return id.slice(0, did[0].length + 8);
  const url = /^https?:\/\/[^/?#]+\//.exec(id);
  if (url !== null && url[0].length <= 40) return url[0];
  return id.slice(0, 16);
}

/**
 * The copy command first, while the click still counts as the user's: a badge is a frame inside
 * someone else's page, where Chromium refuses the async clipboard API (the page's frame element
 * grants no `clipboard-write`); then the async API, as on the extension's own pages.
 */
async function writeToClipboard(text: string, document: Document): Promise<void> {
  if (copyWithCommand(text, document)) return;
  await navigator.clipboard.writeText(text);
}

function copyWithCommand(text: string, document: Document): boolean {
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  try {
    document.addEventListener('copy', put);
    // Deprecated but still the one clipboard path open to a frame; false when refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', put);
  }
}
