// Size limits on page input read by detection. STYLE.md §7 (DOM: cap string lengths).

/** Longest href (and inner redirect or verify-by-URL target) considered, in UTF-16 units. */
export const MAX_HREF_LENGTH = 2048;
/** Longest label kept for a detection. */
export const MAX_LABEL_LENGTH = 200;
/**
 * Most `a[href]`/`img[src]` elements one scan examines closely: those whose address passes
 * the cheap prefilter (infinite-scroll pages). Plain links do not count, so a page cannot bury
 * its credentials behind thousands of decoy links.
 */
export const MAX_SCAN_ELEMENTS = 10_000;
/** Most elements one scan looks at all (each only through the prefilter's string test). */
export const MAX_SCAN_NODES = 200_000;
/** Longest context text (alt, title, link text) passed to adapters. */
export const MAX_CONTEXT_LENGTH = 300;
