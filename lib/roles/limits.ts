// Caps on what job-posting detection reads from a page (page text is untrusted input, STYLE.md §7).

/** Upper bound on `JobPostingInfo.text` length. */
export const MAX_POSTING_TEXT = 50_000;
/** Upper bound on title and company length. */
export const MAX_LABEL_TEXT = 300;
