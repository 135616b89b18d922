/**
 * The performance mark the popup sets when its skills matcher is ready, in ms since the popup
 * opened; the browser bench reads it (test/bench/browser-popup.ts). A leaf, so the bench does
 * not load the popup's browser glue in Node.
 */
export const SKILLS_READY_MARK = 'credlens:skills-ready';
