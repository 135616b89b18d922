// Walks a root node for credential links: one `a[href], img[src]` query, no layout reads,
// idempotent through the caller's own record of what it handled (never a DOM mark: a page
// could set one to hide a link from Credlens, or clear it to get a link checked twice). STYLE.md §4 (scan), §8 (idempotent
// scans); PROVIDERS.md §2.1 (LinkedIn "Show credential" links, badge images).

import type { ScanElement, ScanNode } from './dom';
import { findLabels } from './label';
import { MAX_CONTEXT_LENGTH, MAX_SCAN_ELEMENTS, MAX_SCAN_NODES } from './limits';
import { matchCredentialUrl } from './match-url';
import { mightMatch } from './prefilter';
import { normalizeText } from './text';
import type { MatchContext, ProviderMatch } from './types';

export type Detection = {
  /** The element to decorate: the anchor when a badge image sits inside a link. */
  element: ScanElement;
  match: ProviderMatch;
  /** The credential's visible name nearby (e.g. the LinkedIn item heading), if one was found. */
  label?: string;
};

export type ScanOptions = {
  /** Skips elements the caller already handled (kept by the caller, out of the page's reach). */
  alreadyProcessed?: (element: ScanElement) => boolean;
  /** Most candidates examined past the prefilter (default MAX_SCAN_ELEMENTS). */
  maxElements?: number;
  /** Test and demo builds only: see MatchContext.allowLoopbackHttp. */
  allowLoopbackHttp?: boolean;
  /**
   * Examine `root` itself too when it is an element: a page that appends a bare `<a>` adds
   * that element as the root of the change, with no descendants to find it by.
   */
  includeRoot?: boolean;
};

const CANDIDATES = 'a[href], img[src]';

/** Every credential link under `root`, in document order, one detection per element. */
export function scanForCredentials(
  root: ScanNode,
  pageUrl: URL,
  options: ScanOptions = {},
): Detection[] {
  const isProcessed = options.alreadyProcessed ?? (() => false);
  const loopback = options.allowLoopbackHttp === true ? { allowLoopbackHttp: true } : {};
  const descendants = root.querySelectorAll(CANDIDATES);
  const self = options.includeRoot === true && isCandidate(root) ? 1 : 0;
  const count = Math.min(descendants.length + self, MAX_SCAN_NODES);
  const budget = Math.max(0, options.maxElements ?? MAX_SCAN_ELEMENTS);
  let examined = 0;
  const found = new Map<ScanElement, ProviderMatch>();
  for (let index = 0; index < count && examined < budget; index++) {
    const element = index < self ? (root as ScanElement) : descendants[index - self];
    if (element === undefined || found.has(element) || isProcessed(element)) continue;
    const image = isImage(element);
    if (!mightMatch(element.getAttribute(image ? 'src' : 'href') ?? '')) continue;
    examined++;
    const match = image
      ? matchImage(element, pageUrl, found, isProcessed, loopback)
      : matchElement(element, 'href', pageUrl, { ...anchorContext(element), ...loopback });
    // Policy: `hidden` subtrees are stale copies (LinkedIn keeps some); checked only on matches.
    if (match !== undefined && element.closest('[hidden]') === null) found.set(element, match);
  }
  const entries = [...found];
  const labels = findLabels(entries.map(([element]) => element));
  return entries.map(([element, match], index) => {
    const label = labels[index];
    return label === undefined ? { element, match } : { element, match, label };
  });
}

// An image inside a link belongs to the link: the anchor was examined first (document order),
// with the image's alt as context; the image's own src is tried only when the link did not match.
function matchImage(
  image: ScanElement,
  pageUrl: URL,
  found: ReadonlyMap<ScanElement, ProviderMatch>,
  isProcessed: (element: ScanElement) => boolean,
  loopback: { allowLoopbackHttp?: boolean },
): ProviderMatch | undefined {
  const anchor = image.closest('a[href]');
  if (anchor !== null && (found.has(anchor) || isProcessed(anchor))) return undefined;
  return matchElement(image, 'src', pageUrl, {
    alt: capped(image.getAttribute('alt')),
    title: capped(image.getAttribute('title')),
    isImage: true,
    ...loopback,
  });
}

function matchElement(
  element: ScanElement,
  attribute: 'href' | 'src',
  pageUrl: URL,
  context: MatchContext,
): ProviderMatch | undefined {
  const value = element.getAttribute(attribute);
  return value === null ? undefined : matchCredentialUrl(value, pageUrl, context);
}

function anchorContext(anchor: ScanElement): MatchContext {
  const image = anchor.querySelector('img[alt]');
  return {
    alt: capped(image?.getAttribute('alt')),
    title: capped(anchor.getAttribute('title')),
    text: capped(anchor.textContent),
    isImage: false,
  };
}

function isCandidate(node: ScanNode): node is ScanElement {
  const element = node as Partial<ScanElement>;
  if (typeof element.tagName !== 'string' || typeof element.hasAttribute !== 'function')
    return false;
  const tag = element.tagName.toUpperCase();
  return (
    (tag === 'A' && element.hasAttribute('href')) || (tag === 'IMG' && element.hasAttribute('src'))
  );
}

function isImage(element: ScanElement): boolean {
  return element.tagName.toUpperCase() === 'IMG';
}

function capped(text: string | null | undefined): string | undefined {
  const normalized = normalizeText(text, MAX_CONTEXT_LENGTH);
  return normalized === '' ? undefined : normalized;
}
