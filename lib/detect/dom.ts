// The slice of the DOM that detection reads, as structural types: lib/ is type-checked without
// the DOM lib (tsconfig.lib.json), yet a real Element (content script) and linkedom (tests) both
// satisfy these. STYLE.md §4: detection receives a root node, never reads `document`.

/** Anything that can be searched with a CSS selector: a Document, a ShadowRoot or an element. */
export interface ScanNode {
  querySelectorAll(selectors: string): ArrayLike<ScanElement>;
}

/** The members of an Element that detection uses; it only reads, never mutates, the page. */
export interface ScanElement extends ScanNode {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: ScanElement | null;
  getAttribute(qualifiedName: string): string | null;
  hasAttribute(qualifiedName: string): boolean;
  closest(selectors: string): ScanElement | null;
  querySelector(selectors: string): ScanElement | null;
}
