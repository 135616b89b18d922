// The user's personal seal, as shown on the extension's own pages: the same symbol, word and
// colour appear on every genuine badge, so a badge drawn by a page is easy to tell apart.

import type { Seal } from '../../lib/messaging';
import { sealWord, tNodes } from './i18n';

export function SealLine({ seal }: { seal: Seal }) {
  return (
    <p class="row seal-line">
      {/* The colour is the user's own choice of seal: data, so it stays an inline style. */}
      <span class="seal-dot" aria-hidden="true" style={{ background: seal.color }}>
        {seal.symbol}
      </span>
      <span>{tNodes('sealLine', <strong>{sealWord(seal.word)}</strong>)}</span>
    </p>
  );
}
