// The skills a badge's evidence shows, for pages that only hold the worker's BadgeView (the
// preview and popup): the same rule as skillsOfCredential, read from the view's evidence.

import type { BadgeView } from '../messaging';
import type { SkillMatcher } from '../skills';

export type Evidence = NonNullable<BadgeView['evidence']>;

/** Skills in `evidence`: exact ids from its alignments first, then what its words mention. */
export function skillsOfEvidence(
  evidence: Evidence | undefined,
  matcher: SkillMatcher,
): Array<{ id: string; label: string }> {
  if (evidence === undefined) return [];
  const found = new Map<string, string>();
  for (const alignment of evidence.alignments) {
    // An ESCO or O*NET URI/code aligned by the issuer is the strongest evidence: exact id.
    for (const id of [alignment.targetUrl, alignment.targetCode]) {
      if (id !== undefined && !found.has(id) && matcher.has(id))
        found.set(id, matcher.labelOf(id) ?? alignment.targetName);
    }
  }
  for (const hit of matcher.find(evidence.text))
    if (!found.has(hit.id)) found.set(hit.id, hit.label);
  return [...found].map(([id, label]) => ({ id, label }));
}
