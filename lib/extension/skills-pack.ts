// The skills matcher inside the extension: the pack's files are written into the build as
// data (wxt.config.ts, build:publicAssets) and fetched from the extension's own origin, once per
// page that needs them.

import { browser } from '#imports';
import { loadSkillMatcher, type SkillMatcher } from '../skills';

export function extensionSkillMatcher(): Promise<SkillMatcher> {
  return loadSkillMatcher(async (file) => {
    // Not a PublicPath: the files come from lib/skills/data, not public/.
    const url = (browser.runtime.getURL as (path: string) => string)(`/skills/${file}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`skills pack: ${file} answered ${response.status}`);
    return response.json();
  });
}
