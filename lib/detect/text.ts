// Reading untrusted page text for labels and adapter context: whitespace collapsed, length
// capped without splitting a surrogate pair. STYLE.md §7 (DOM: cap string lengths).

import type { ScanElement } from './dom';

/** `text` with whitespace runs collapsed, trimmed and cut to at most `max` UTF-16 units. */
export function normalizeText(text: string | null | undefined, max: number): string {
  if (text === null || text === undefined) return '';
  // Policy: bound the work on huge text nodes before the regex pass.
  const collapsed = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The text of `element` read once: classic LinkedIn repeats every line as an aria-hidden copy
 * plus a visually-hidden copy (PROVIDERS.md §2.1), so the aria-hidden copy wins when present.
 */
export function readOneCopy(element: ScanElement, max: number): string {
  const copy = element.querySelector('[aria-hidden="true"]') ?? element;
  return normalizeText(copy.textContent, max);
}
