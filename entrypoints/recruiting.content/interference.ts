// How the page treats a badge, from the content script's side (every browser): the computed
// styles of the badge's host and its ancestors, and what lies on top of the badge's centre.
// Chromium frames also watch themselves with IntersectionObserver v2 (entrypoints/badge).
// Read only for badges in view, and only counted when seen twice in a row, so a page's own
// fade-in or a sticky header passing over is not called interference.

import type { InterferenceReport } from '../../lib/messaging';

export type Interference = InterferenceReport['how'];

/** What, if anything, the page is doing to this badge right now. */
export function interferenceOf(host: HTMLElement, anchor: Element): Interference | undefined {
  const rect = host.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0 || host.getClientRects().length === 0)
    return anchor.getClientRects().length > 0 ? 'hidden' : undefined;
  const own = getComputedStyle(host);
  if (own.visibility !== 'visible') return 'hidden';
  let opacity = 1;
  for (let node: Element | null = host; node !== null; node = parentOf(node)) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    if (opacity < 0.95) return 'transparent';
    if (style.filter !== 'none' || style.mixBlendMode !== 'normal') return 'filtered';
    if (style.clipPath !== 'none' || hasMask(style)) return 'clipped';
    if (!isTranslationOnly(style.transform)) return 'transformed';
  }
  const x = rect.left + Math.min(rect.width, 40) / 2;
  const y = rect.top + rect.height / 2;
  if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
    // The topmost element there, as the page's hit testing sees it (the frame's host when
    // nothing covers it). An overlay with pointer-events: none escapes this; IOv2 catches it.
    const top = document.elementFromPoint(x, y);
    if (top !== null && top !== host && !host.contains(top)) return 'covered';
  }
  return undefined;
}

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

function hasMask(style: CSSStyleDeclaration): boolean {
  const mask = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
  return mask !== '' && mask !== 'none';
}

/** `none`, or a matrix that only moves (a page's translateZ(0) layer hack is common). */
function isTranslationOnly(transform: string): boolean {
  if (transform === 'none' || transform === '') return true;
  const values = transform
    .replace(/^matrix(3d)?\(|\)$/g, '')
    .split(',')
    .map((value) => Number(value.trim()));
  if (transform.startsWith('matrix3d('))
    return (
      values.length === 16 &&
      [0, 5, 10, 15].every((index) => values[index] === 1) &&
      [1, 2, 3, 4, 6, 7, 8, 9, 11].every((index) => values[index] === 0)
    );
  const [a, b, c, d] = values;
  return a === 1 && b === 0 && c === 0 && d === 1;
}
