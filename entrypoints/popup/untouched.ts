// Page-untouched mode as the popup and side panel show it (issue 15): the tab's site, whether
// Credlens leaves it untouched, and whether the one-time notice still has to explain it. The
// decision is lib/storage's, the same one the content script makes.
import type { UntouchedProps } from '../../components/popup/types';
import { isUntouched, type Settings, siteOfUrl } from '../../lib/storage';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { siteAliases: Record<string, string> } | null;

/** The tab's site, as the content script names it (the test build's aliases included). */
export function siteOfTab(url: string | undefined): string | undefined {
  return url === undefined ? undefined : siteOfUrl(url, __CREDLENS_TEST__?.siteAliases ?? {});
}

/** What the popup says about page-untouched mode on `site`; undefined where Credlens does not run. */
export function untouchedView(
  settings: Settings | undefined,
  site: string | undefined,
  covered: boolean,
): UntouchedProps | undefined {
  if (settings === undefined || site === undefined || !covered) return undefined;
  const on = isUntouched(settings.pageUntouched, site);
  return { site, on, showNotice: on && !settings.pageUntouched.noticeDismissed };
}
