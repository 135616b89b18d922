// The skills matcher inside the extension: the pack's files are written into the build as
// binary tables (wxt.config.ts, build:publicAssets; lib/skills/pack-files.ts) and fetched from
// the extension's own origin, once per page that needs them. The popup and side panel pages
// preload them (their index.html), so the fetch here takes bytes already on their way.

import { browser } from '#imports';
import { loadSkillMatcher, type SkillMatcher } from '../skills';

export function extensionSkillMatcher(): Promise<SkillMatcher> {
  return loadSkillMatcher(async (file) => {
    // Not a PublicPath: the files come from lib/skills/data, not public/.
    const url = (browser.runtime.getURL as (path: string) => string)(`/skills/${file}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`skills pack: ${file} answered ${response.status}`);
    return response.arrayBuffer();
  });
}
