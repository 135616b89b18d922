/**
 * The slice of the DOM that job detection reads, as structural types (lib/ is checked without the
 * DOM lib). A real Document/Element and linkedom both satisfy them. Mirrors lib/detect/dom.ts, plus
 * `childNodes`/`nodeType` for the text walker. Also: DOM → text conversion that keeps block
 * structure, skips hidden and interactive elements and caps the length.
 * @module
 */
import { MAX_LABEL_TEXT, MAX_POSTING_TEXT } from './limits';

/** A DOM node as far as the text walker cares. */
export interface RoleNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

/** Anything searchable with a CSS selector: a Document, a ShadowRoot or an element. */
export interface RoleRoot {
  querySelectorAll(selectors: string): ArrayLike<RoleElement>;
}

/** The members of an Element that job detection uses; it only reads the page. */
export interface RoleElement extends RoleRoot, RoleNode {
  readonly tagName: string;
  readonly childNodes: ArrayLike<RoleNode>;
  readonly parentElement: RoleElement | null;
  getAttribute(qualifiedName: string): string | null;
  hasAttribute(qualifiedName: string): boolean;
  closest(selectors: string): RoleElement | null;
  querySelector(selectors: string): RoleElement | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_NODES = 50_000;

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'FORM',
  'IFRAME',
  'IMG',
  'INPUT',
  'NOSCRIPT',
  'OBJECT',
  'PICTURE',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDDEN_CLASS = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|a11y-text)(?:\s|$)/;

/** True for element nodes. */
export function isElement(node: RoleNode): node is RoleElement {
  return node.nodeType === ELEMENT_NODE && 'tagName' in node;
}

/** True when the element is hidden by attribute, inline style or a screen-reader-only class. */
export function isHidden(el: RoleElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASS.test(cls);
}

/** The first element matching `selectors` that is not hidden, or `undefined`. */
export function first(root: RoleRoot, selectors: string): RoleElement | undefined {
  const list = root.querySelectorAll(selectors);
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    if (el && !isHidden(el)) return el;
  }
  return undefined;
}

/** All visible elements matching `selectors`. */
export function all(root: RoleRoot, selectors: string): RoleElement[] {
  const out: RoleElement[] = [];
  const list = root.querySelectorAll(selectors);
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    if (el && !isHidden(el)) out.push(el);
  }
  return out;
}

/**
 * Visible text of `el`: block elements on their own lines, list items as "• item", whitespace
 * collapsed, hidden/interactive/media elements skipped, capped at `max` characters.
 */
export function elementText(el: RoleElement, max: number = MAX_POSTING_TEXT): string {
  const out: string[] = [];
  const stack: (RoleNode | string)[] = [el];
  let length = 0;
  let visited = 0;
  while (stack.length > 0 && length < max && visited < MAX_NODES) {
    const item = stack.pop() as RoleNode | string;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    visited++;
    if (item.nodeType === TEXT_NODE) {
      const text = (item.textContent ?? '').replace(/\s+/g, ' ');
      out.push(text);
      length += text.length;
      continue;
    }
    if (!isElement(item) || isHidden(item)) continue;
    const tag = item.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    stack.push(block ? '\n' : tag === 'TD' || tag === 'TH' ? ' ' : '');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (tag === 'LI') out.push('\n• ');
    else if (block) out.push('\n');
  }
  return tidyText(out.join(''), max);
}

/** Visible text of several elements, separated by blank lines, capped at `max`. */
export function elementsText(els: readonly RoleElement[], max: number = MAX_POSTING_TEXT): string {
  return tidyText(els.map((el) => elementText(el, max)).join('\n\n'), max);
}

/** A single-line label (title, company): whitespace collapsed, capped; `undefined` when empty. */
export function labelText(value: string | null | undefined): string | undefined {
  const text = (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_TEXT).trim();
  return text === '' ? undefined : text;
}

/** The visible single-line text of the first visible match, if any. */
export function firstLabel(root: RoleRoot, selectors: string): string | undefined {
  const el = first(root, selectors);
  return el ? labelText(elementText(el, MAX_LABEL_TEXT * 4)) : undefined;
}

/** Collapses runs of spaces, trims lines, keeps at most one blank line, caps the length. */
export function tidyText(text: string, max: number = MAX_POSTING_TEXT): string {
  return text
    .replace(/[ \t\u00a0\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/•(?: ?\n)+/g, '• ')
    .replace(/\n{2,}(?=• )/g, '\n')
    .trim()
    .slice(0, max)
    .trim();
}

/** The document's `<title>` text, if the root has one. */
export function pageTitle(root: RoleRoot): string | undefined {
  const el = root.querySelectorAll('title')[0];
  return el ? labelText(el.textContent) : undefined;
}

/** True when `url` is http(s) and its host is `domain` or a subdomain of it. */
export function hostIs(url: URL, domain: string): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The content of the first `<meta>` whose `property` or `name` is one of `keys`, as plain text
 * (sites put HTML-escaped markup there too), or `undefined`. Read when the page shows an
 * application form instead of the posting: the description is then only in the page's metadata.
 */
export function metaContent(root: RoleRoot, keys: readonly string[]): string | undefined {
  const metas = root.querySelectorAll('meta[content]');
  for (const key of keys) {
    for (let i = 0; i < metas.length; i++) {
      const meta = metas[i];
      if (!meta) continue;
      const name = meta.getAttribute('property') ?? meta.getAttribute('name');
      if (name?.toLowerCase() !== key) continue;
      const content = (meta.getAttribute('content') ?? '').trim();
      if (content !== '') return content;
    }
  }
  return undefined;
}
