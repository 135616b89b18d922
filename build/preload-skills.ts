// Vite plugin: a page that opens with the skills matcher (the popup, the side panel) marks its
// HTML with <meta name="credlens:skills" content="preload">, and gets a preload link for each
// shipped pack file in its place, so the files are on their way while the page's scripts load
// (lib/extension/skills-pack.ts then fetches them; its requests match the preloads: same-origin
// `cors` mode, no credentials beyond same-origin). The list comes from the pack's own code.
import type { Plugin } from 'vite';
import { SHIPPED_PACK_FILES } from '../lib/skills/pack-files';

const MARKER = /<meta name="credlens:skills" content="preload"\s*\/?>/;

/** The preload links that replace the marker. */
export function skillsPreloadLinks(): string {
  return SHIPPED_PACK_FILES.map(
    (file) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="/skills/${file}">`,
  ).join('\n    ');
}

/** `html` with its marker, if any, replaced by the preload links. */
export function withSkillsPreload(html: string): string {
  return html.replace(MARKER, skillsPreloadLinks());
}

export function preloadSkills(): Plugin {
  return {
    name: 'credlens:preload-skills',
    transformIndexHtml: { order: 'pre', handler: withSkillsPreload },
  };
}
