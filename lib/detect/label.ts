// Finds each detection's visible credential name: the heading of its list item (LinkedIn's
// certification name), the link's own alt/title/text, the text just before it in the same
// block, or the first heading-ish line of the entry around it. PROVIDERS.md §2.1 (per-item
// lines; three markup generations; parse by visible text, not class names).

import type { ScanElement } from './dom';
import { MAX_LABEL_LENGTH } from './limits';
import { normalizeText, readOneCopy } from './text';

const LIST_ITEM = 'li, [role="listitem"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, .t-bold';
const LINES = 'p';
// Never climb into these: beyond them lies the rest of the page, not the credential's entry.
const BOUNDARIES = new Set(['BODY', 'HTML', 'MAIN', 'SECTION', 'ARTICLE', 'FORM', 'UL', 'OL']);
const BOUNDARY_ROLES = new Set(['list', 'main', 'region', 'form']);
const MAX_CLIMB = 4;
const MAX_LIST_DEPTH = 3;
// Interface noise ("Show credential", "Verify on Coursera"), the lines around a LinkedIn name
// (issuer dates, credential ids, skills), section headings, and bare links.
const NOISE = new RegExp(
  [
    '^(?:show|see|view|verify)\\b.{0,40}$',
    '^credential id\\b',
    '^(?:issued|expires|expired)\\b',
    '^skills?:',
    '\\band \\+\\d+ skills?$',
    '^licen[cs]es? (?:&|and) certifications',
    '^(?:https?://|www\\.)',
    '^\\S*/\\S*$',
  ].join('|'),
  'i',
);
const TRAILING_SEPARATORS = /[\s:|(\u2013\u2014-]+$/;

/** One label (or undefined) per element, in the same order. */
export function findLabels(elements: readonly ScanElement[]): (string | undefined)[] {
  const chains = elements.map(entryChain);
  // How many detections each ancestor holds: an entry is the highest ancestor holding one.
  const counts = new Map<ScanElement, number>();
  for (const chain of chains) {
    for (const ancestor of chain) counts.set(ancestor, (counts.get(ancestor) ?? 0) + 1);
  }
  return elements.map((element, index) => {
    const chain = chains[index] ?? [];
    const entry = chain.filter((ancestor) => counts.get(ancestor) === 1).at(-1);
    return labelFor(element, entry);
  });
}

function labelFor(element: ScanElement, entry: ScanElement | undefined): string | undefined {
  return (
    listItemHeading(element) ??
    ownLabel(element) ??
    textBefore(element) ??
    (entry === undefined ? undefined : (firstLine(entry, HEADINGS) ?? firstLine(entry, LINES)))
  );
}

// The nearest enclosing list item with a usable heading: LinkedIn nests the "Show credential"
// button in an inner list, inside the entry's own list item.
function listItemHeading(element: ScanElement): string | undefined {
  let item = element.closest(LIST_ITEM);
  for (let depth = 0; item !== null && depth < MAX_LIST_DEPTH; depth++) {
    const heading = firstLine(item, HEADINGS) ?? firstLine(item, LINES);
    if (heading !== undefined) return heading;
    item = item.parentElement?.closest(LIST_ITEM) ?? null;
  }
  return undefined;
}

// Ancestors from the parent up to a list item (inclusive), a boundary (exclusive) or MAX_CLIMB.
function entryChain(element: ScanElement): ScanElement[] {
  const chain: ScanElement[] = [];
  let current = element.parentElement;
  while (current !== null && chain.length < MAX_CLIMB && !isBoundary(current)) {
    chain.push(current);
    if (current.tagName.toUpperCase() === 'LI' || current.getAttribute('role') === 'listitem') {
      break;
    }
    current = current.parentElement;
  }
  return chain;
}

function isBoundary(element: ScanElement): boolean {
  const role = element.getAttribute('role');
  return (
    BOUNDARIES.has(element.tagName.toUpperCase()) || (role !== null && BOUNDARY_ROLES.has(role))
  );
}

function ownLabel(element: ScanElement): string | undefined {
  const image =
    element.tagName.toUpperCase() === 'IMG' ? element : element.querySelector('img[alt]');
  return [
    element.getAttribute('aria-label'),
    element.getAttribute('title'),
    image?.getAttribute('alt'),
    element.textContent,
  ]
    .map(acceptable)
    .find((label) => label !== undefined);
}

// "AWS Certified Developer: <a>https://…</a>": the words before the link in its own block.
function textBefore(element: ScanElement): string | undefined {
  const block = element.parentElement;
  const own = element.textContent ?? '';
  const text = block?.textContent ?? '';
  const at = own === '' ? -1 : text.indexOf(own);
  if (at <= 0) return undefined;
  const before = text.slice(Math.max(0, at - MAX_LABEL_LENGTH * 2), at);
  const lastLine = before.split(/\n|\.\s/).at(-1) ?? '';
  return acceptable(lastLine.replace(TRAILING_SEPARATORS, ''));
}

function firstLine(container: ScanElement, selector: string): string | undefined {
  const candidates = container.querySelectorAll(selector);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index];
    if (candidate === undefined) continue;
    const label = acceptable(readOneCopy(candidate, MAX_LABEL_LENGTH));
    if (label !== undefined) return label;
  }
  return undefined;
}

function acceptable(text: string | null | undefined): string | undefined {
  const label = normalizeText(text, MAX_LABEL_LENGTH);
  return label.length < 2 || NOISE.test(label) ? undefined : label;
}
