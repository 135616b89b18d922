// How the page treats a badge, from the content script's side (every browser): where the
// badge is drawn against its link, its computed styles and its ancestors', its pseudo-elements,
// clipping by ancestors, and what lies on top of it at several points. Chromium frames also
// watch themselves with IntersectionObserver v2 (entrypoints/badge). Read only for badges in
// view; the caller counts a finding when it is seen twice in a row.

import type { InterferenceReport } from '../../lib/messaging';
import { BADGE_FRAME_CLOSED } from '../../lib/messaging/frame';

export type Interference = InterferenceReport['how'];

/** How far a badge may sit from the end of its link (its margin, a space, rounding). */
const NEAR_PX = 24;

/** What, if anything, the page is doing to this badge right now. */
export function interferenceOf(
  host: HTMLElement,
  anchor: Element,
  /** Credlens's own badge hosts: an open card may lie over another badge. */
  ours: (node: Element) => boolean = () => false,
): Interference | undefined {
  const rect = host.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0 || host.getClientRects().length === 0)
    return anchor.getClientRects().length > 0 ? 'hidden' : undefined;
  const own = getComputedStyle(host);
  if (own.visibility !== 'visible') return 'hidden';
  // The page's own content drawn on the badge's host itself (its pseudo-elements).
  for (const pseudo of ['::before', '::after'] as const) {
    const content = getComputedStyle(host, pseudo).content;
    if (content !== 'none' && content !== 'normal' && content !== '') return 'covered';
  }
  // Scaled, zoomed or put in perspective: it no longer has the one size every badge has.
  if (
    Math.abs(rect.width - BADGE_FRAME_CLOSED.width) > 1 ||
    Math.abs(rect.height - BADGE_FRAME_CLOSED.height) > 1
  )
    return 'transformed';
  if (!besideItsLink(rect, anchor)) return 'moved';
  let opacity = 1;
  for (let node: Element | null = host; node !== null; node = parentOf(node)) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    if (opacity < 0.95) return 'transparent';
    if (style.filter !== 'none' || style.mixBlendMode !== 'normal') return 'filtered';
    if (style.clipPath !== 'none' || hasMask(style)) return 'clipped';
    if (!isTranslationOnly(style) || Number(style.getPropertyValue('zoom') || 1) !== 1)
      return 'transformed';
    if (node !== host && clipsBadge(node, style, rect)) return 'clipped';
  }
  // The topmost element at points across the whole badge, as the page's hit testing sees it
  // (the host when nothing covers it). An overlay with pointer-events: none escapes this; in
  // Chromium, IntersectionObserver v2 in the frame catches it.
  const y = rect.top + rect.height / 2;
  for (const x of [rect.left + 2, rect.left + rect.width / 2, rect.right - 2]) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const top = document.elementFromPoint(x, y);
    if (top !== null && top !== host && !host.contains(top) && !ours(top) && !isPageBar(top))
      return 'covered';
  }
  return undefined;
}

/**
 * A page's own header or footer bar: fixed or sticky, and (nearly) as wide as the window. A
 * badge scrolled under it is hidden for a moment, not disguised; an overlay shaped to pass for a
 * badge is never that wide.
 */
function isPageBar(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const position = getComputedStyle(node).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    return node.getBoundingClientRect().width >= innerWidth * 0.8;
  }
  return false;
}

/** Whether what lies over the badge's centre is the page's own header or footer bar. */
export function underPageBar(host: HTMLElement): boolean {
  const rect = host.getBoundingClientRect();
  const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return top !== null && top !== host && isPageBar(top);
}

/**
 * Drawn where a reader takes it for its link's badge: right after the link's last line box,
 * on the same line, or at the start of the next line for a link laid out as a block. A page
 * that keeps the DOM order but draws the link elsewhere (absolute positioning, grid order)
 * fails this.
 */
function besideItsLink(badge: DOMRect, anchor: Element): boolean {
  const boxes = anchor.getClientRects();
  const last = boxes[boxes.length - 1];
  if (last === undefined) return false;
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const gap = rtl ? last.left - badge.right : badge.left - last.right;
  const sameLine = badge.top < last.bottom && badge.bottom > last.top;
  if (sameLine) return gap >= -2 && gap <= NEAR_PX;
  const nextLine = badge.top >= last.bottom - 2 && badge.top <= last.bottom + NEAR_PX;
  if (!nextLine) return false;
  // Below the link's last line: under the link itself, or wrapped to the start of the line.
  const start = rtl ? last.right - badge.right : badge.left - last.left;
  const parent = anchor.parentElement?.getBoundingClientRect();
  const lineStart =
    parent === undefined
      ? Number.POSITIVE_INFINITY
      : rtl
        ? parent.right - badge.right
        : badge.left - parent.left;
  return (
    Math.abs(start) <= NEAR_PX + BADGE_FRAME_CLOSED.width ||
    (lineStart >= -2 && lineStart <= 2 * NEAR_PX)
  );
}

/** An ancestor that cuts off part of the badge (overflow, contain: paint, clip). */
function clipsBadge(node: Element, style: CSSStyleDeclaration, badge: DOMRect): boolean {
  const clipping =
    style.overflowX !== 'visible' ||
    style.overflowY !== 'visible' ||
    /paint|strict|content/.test(style.contain) ||
    (style.clip !== 'auto' && style.clip !== '');
  if (!clipping || node === document.documentElement || node === document.body) return false;
  const box = node.getBoundingClientRect();
  const width = Math.min(badge.right, box.right) - Math.max(badge.left, box.left);
  const height = Math.min(badge.bottom, box.bottom) - Math.max(badge.top, box.top);
  const visible = Math.max(0, width) * Math.max(0, height);
  return visible < badge.width * badge.height * 0.98;
}

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

function hasMask(style: CSSStyleDeclaration): boolean {
  const mask = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
  return mask !== '' && mask !== 'none';
}

/**
 * `none`, or a matrix that only moves (a page's translateZ(0) layer hack is common); the
 * separate scale, rotate and translate properties too.
 */
function isTranslationOnly(style: CSSStyleDeclaration): boolean {
  const scale = style.getPropertyValue('scale');
  const rotate = style.getPropertyValue('rotate');
  if ((scale !== '' && scale !== 'none') || (rotate !== '' && rotate !== 'none')) return false;
  const transform = style.transform;
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
