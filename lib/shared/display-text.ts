// Text from a credential or a page, made safe to show as a name: no invisible or reordering
// characters, one normal form, single spaces. UAX #44 Default_Ignorable_Code_Point and general
// categories Cf/Cc/Cs; UAX #15 NFC; UTS #39 §3.1 (ignorables are not part of what a reader sees).

/**
 * Policy: everything a reader cannot see goes, because an invisible character lets two names that
 * look the same differ (or one name hide inside another). Cf covers zero-width spaces and joiners,
 * LRM/RLM/ALM, bidi embeddings/overrides/isolates, word joiners, invisible operators, U+FEFF,
 * U+180E and the tag characters; Default_Ignorable adds variation selectors, the Hangul fillers
 * (blank "names"), CGJ and the Mongolian selectors. Lone surrogates (Cs) are not text at all.
 * ZWJ/ZWNJ go too: a few scripts and emoji sequences render slightly differently without them,
 * which is an acceptable cost for a name that must read the same to everyone.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
/** Control characters that are not whitespace carry nothing a name needs. */
const CONTROL = /(?![\t\n\v\f\r\u0085])\p{Cc}/gu;
/** Every run of Unicode whitespace (line and paragraph separators, NBSP, ideographic space…). */
const WHITESPACE = /\p{White_Space}+/gu;
/** What an identifier may not hide: invisible, control and whitespace characters. */
const UNSEEN_IN_ID = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\p{Cc}\p{White_Space}]/gu;
/** Embeddings, overrides and isolates: the characters that reorder what follows them. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * `value` as a reader should see it: invisible and control characters removed, NFC, whitespace
 * collapsed to single spaces and trimmed; at most `max` UTF-16 units when given (a cut never
 * splits a surrogate pair). Normalising can lengthen a string, hence the cap after it.
 */
export function cleanDisplayText(value: string, max?: number): string {
  // Stripping first lets NFC compose across a removed character ("e", U+200B, U+0301 → "é").
  const cleaned = value
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .trim();
  if (max === undefined || cleaned.length <= max) return cleaned;
  const cut = cleaned.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * An identifier (issuer id, DID, URL) with every invisible, control or whitespace character
 * shown as "[U+200B]". Policy: ids are never stripped or normalised like names, because trust is
 * given to the exact id: an id that differs from a trusted one only by a hidden character must
 * still look, and compare, different.
 */
export function revealHidden(value: string): string {
  return value.replace(
    UNSEEN_IN_ID,
    (point) => `[U+${(point.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/** Whether `value` holds bidi embeddings, overrides or isolates (before cleaning). */
export function hasBidiControls(value: string): boolean {
  return BIDI_CONTROLS.test(value);
}
