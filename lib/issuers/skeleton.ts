// The confusable skeleton of a name (UTS #39 §4 "Confusable Detection"): two strings that look
// alike to a reader have the same skeleton. The prototypes are Unicode's own confusables.txt,
// version 13.0.0, as shipped by the unhomoglyph package (data.json, 6,311 entries; its sha256
// is pinned by test/unit/issuers/skeleton.test.ts so an upgrade is a deliberate change).
// Policy: worker only. The table is ~28 KB gzipped; content scripts must never import it.

import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

const PROTOTYPES: Readonly<Record<string, string | undefined>> = prototypes;
/** UTS #39 drops default-ignorable code points before mapping. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * skeleton(X) per UTS #39: NFD, ignorables removed, each code point replaced by its prototype,
 * NFD again. Not meant for display ("m" becomes "rn"); only for comparing two strings.
 * NFKC comes first (as in UTS #39's identifier profile): confusables.txt leaves out most
 * full-width and styled letters because NFKC already folds them ("ｍ", "𝐦" → "m").
 */
export function skeletonOf(value: string): string {
  let out = '';
  for (const point of value.normalize('NFKC').normalize('NFD').replace(IGNORABLE, '')) {
    out += PROTOTYPES[point] ?? point;
  }
  return out.normalize('NFD');
}

/**
 * Whether `a` and `b` would pass for each other: equal skeletons, or equal once lower-cased
 * (UTS #39 compares case-sensitively; a name in different case is the same name to a reader, but
 * lower-casing first would lose "I"/"l", so both comparisons are made).
 */
export function isConfusable(a: string, b: string): boolean {
  const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();
  const [left, right] = [spaced(a), spaced(b)];
  if (left === '' || right === '') return false;
  return (
    skeletonOf(left) === skeletonOf(right) ||
    skeletonOf(left.toLowerCase()) === skeletonOf(right.toLowerCase())
  );
}
