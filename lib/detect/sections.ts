// Finds page sections by their visible heading text, e.g. LinkedIn's "Licenses &
// certifications" card, whose markup has no stable ids or classes. PROVIDERS.md §2.1.

import type { ScanElement, ScanNode } from './dom';
import { readOneCopy } from './text';

const HEADING_CANDIDATES = 'h1, h2, h3, h4, h5, h6, [role="heading"], p';
// Headings are short; longer text that mentions the words is prose, not a heading.
const MAX_HEADING_LENGTH = 100;

/**
 * The sections whose heading text matches `heading` (e.g. /licen[cs]es? (&|and)
 * certifications/i): each heading's closest `section`, else its grandparent. Deduplicated,
 * in document order.
 */
export function findSectionsByHeading(root: ScanNode, heading: RegExp): ScanElement[] {
  // A global or sticky pattern keeps state between test() calls: use a stateless copy.
  const pattern = new RegExp(heading.source, heading.flags.replace(/[gy]/g, ''));
  const sections = new Set<ScanElement>();
  const candidates = root.querySelectorAll(HEADING_CANDIDATES);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index];
    if (candidate === undefined) continue;
    const text = readOneCopy(candidate, MAX_HEADING_LENGTH + 1);
    if (text.length > MAX_HEADING_LENGTH || !pattern.test(text)) continue;
    const section =
      candidate.closest('section') ?? candidate.parentElement?.parentElement ?? candidate;
    sections.add(section);
  }
  return [...sections];
}
