// The badge's CSS, injected only inside its closed shadow root: nothing reaches the host page.
// Dark mode follows the recruiter's system setting.

export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 6px; position: relative; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
* { box-sizing: border-box; }
.badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 6px; border-radius: 999px; border: 1px solid var(--edge); background: var(--bg); color: var(--fg); cursor: pointer; font: inherit; font-weight: 600; white-space: nowrap; }
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.badge.highlighted { outline: 3px solid #f59e0b; outline-offset: 1px; }
.badge > span:last-child { overflow: hidden; text-overflow: ellipsis; }
.seal { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%; font-size: 11px; color: #fff; }
.good { --bg: #e7f6ec; --fg: #14532d; --edge: #86c79b; }
.info { --bg: #e8f0fe; --fg: #1e3a8a; --edge: #9db6ea; }
.warn { --bg: #fff4e0; --fg: #7c2d12; --edge: #f0b86a; }
.bad { --bg: #fde8e8; --fg: #7f1d1d; --edge: #ef9a9a; }
.neutral { --bg: #f1f1f3; --fg: #374151; --edge: #c9cbd1; }
.other { --bg: #f3e8ff; --fg: #581c87; --edge: #c4a5e8; }
.card .holder { margin: 0 0 6px; }
.card .presented { border-left: 3px solid #c9cbd1; padding-left: 6px; }
.card .holder.mismatch { color: #6b21a8; font-weight: 600; }
.card .holder.possible { color: #92400e; }
.card { position: absolute; z-index: 2147483647; overflow-wrap: anywhere; top: calc(100% + 6px); left: 0; width: 340px; max-width: 90vw; padding: 12px; border-radius: 10px; border: 1px solid #d0d4dc; background: #fff; color: #111827; box-shadow: 0 8px 24px rgba(0,0,0,.18); font-weight: 400; white-space: normal; }
.card h2 { margin: 0 0 4px; font-size: 14px; }
.card .meta { margin: 0 0 8px; color: #4b5563; }
.card ul { margin: 6px 0; padding: 0; list-style: none; }
.card li { display: flex; gap: 6px; margin: 3px 0; }
.card .skills { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; }
.card .skills li { margin: 0; }
.card .skill { padding: 0 6px; border-radius: 6px; background: #eef2ff; color: #3730a3; }
.card .foot { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; gap: 8px; }
.card a { color: #1d4ed8; }
.card .standing { margin: 0 0 6px; }
.card .unlisted { color: #92400e; }
.card .known { color: #166534; }
.card .sealtag { display: inline-flex; align-items: center; gap: 4px; color: #374151; }
.card .id { white-space: nowrap; }
.card .id-text { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 11px; }
.card .copy { padding: 0 6px; border: 1px solid #9ca3af; border-radius: 6px; background: #f6f7f9; color: #1f2937; font: inherit; font-size: 11px; cursor: pointer; }
.card .copy:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.card .id-full { display: block; margin-top: 4px; white-space: normal; }
.card .id-full input { display: block; width: 100%; font: 11px ui-monospace, monospace; }
@media (prefers-color-scheme: dark) {
  .good { --bg: #12351f; --fg: #bbf7d0; --edge: #2f6e45; }
  .info { --bg: #172554; --fg: #c7d2fe; --edge: #3b4f8f; }
  .warn { --bg: #3b2405; --fg: #fed7aa; --edge: #8a5a1a; }
  .bad { --bg: #3f1010; --fg: #fecaca; --edge: #8b2c2c; }
  .neutral { --bg: #27272a; --fg: #e4e4e7; --edge: #52525b; }
  .other { --bg: #2e1065; --fg: #e9d5ff; --edge: #6b21a8; }
  .card .holder.mismatch { color: #e9d5ff; }
  .card .holder.possible { color: #fcd34d; }
  .card { background: #18181b; color: #f4f4f5; border-color: #3f3f46; }
  .card .meta, .card .sealtag { color: #a1a1aa; }
  .card .skill { background: #1e1b4b; color: #c7d2fe; }
  .card a { color: #93c5fd; }
  .card .unlisted { color: #fcd34d; }
  .card .known { color: #86efac; }
  .card .copy { background: #27272a; color: #e4e4e7; border-color: #71717a; }
}
`;

/**
 * The same badge inside its extension-origin frame: a transparent document the size of the
 * frame (fixed for every verdict), the pill at the top left and the card below it, scrolling
 * inside the open frame.
 */
export const BADGE_FRAME_CSS = `${BADGE_CSS}
html { overflow: hidden; }
html, body { margin: 0; padding: 0; background: transparent; color-scheme: normal; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
#app > span { position: relative; display: inline-block; }
.badge { max-width: 198px; }
.card { top: 24px; max-height: 332px; overflow: auto; width: 352px; max-width: 352px; }
`;
