// Page-untouched mode (issue 15): on these sites the content script changes nothing in the page
// (no badges, attributes or styles) and verdicts show only in the popup, side panel and toolbar.
// On by default for linkedin.com, whose User Agreement forbids extensions that "overlay or
// otherwise modify" its pages; the user chooses per site. Zod-free and pure, because the
// content script reads it straight from storage (its bundle must stay small).

import { asRecord } from '../shared/text';

/** Sites left untouched unless the user chose otherwise for them. */
export const DEFAULT_UNTOUCHED_SITES: readonly string[] = ['linkedin.com'];

/** The user's choices: sites switched on or off against the defaults, and the first-use notice. */
export type PageUntouched = { on: string[]; off: string[]; noticeDismissed: boolean };

/** Longest site name kept (a DNS name is at most 253 characters). */
export const MAX_SITE_CHARS = 253;

/**
 * A page's site as choices name it: its lower-case hostname without a leading "www.", after
 * `aliases` (the test build lets a loopback host stand for a real site). Undefined for a URL
 * without an http(s) host.
 */
export function siteOfUrl(
  url: string,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return normalSite(aliases[parsed.hostname] ?? parsed.hostname);
}

/** A site as typed or stored: trimmed, lower-case, no "www."; undefined if it is no host name. */
export function normalSite(text: string): string | undefined {
  const site = text
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return site.length > 0 && site.length <= MAX_SITE_CHARS && /^[a-z0-9.-]+$/.test(site)
    ? site
    : undefined;
}

/**
 * Is a page of `site` left untouched? The most specific choice covering it wins (a choice for
 * "linkedin.com" covers "uk.linkedin.com"); without one, the defaults decide.
 */
export function isUntouched(choices: Pick<PageUntouched, 'on' | 'off'>, site: string): boolean {
  let best: { length: number; on: boolean } | undefined;
  for (const [list, on] of [
    [choices.on, true],
    [choices.off, false],
  ] as const)
    for (const entry of list)
      if (covers(entry, site) && (best === undefined || entry.length > best.length))
        best = { length: entry.length, on };
  return best?.on ?? DEFAULT_UNTOUCHED_SITES.some((entry) => covers(entry, site));
}

/** The choices with `site` switched on or off (a choice equal to the default is not kept). */
export function chooseUntouched(choices: PageUntouched, site: string, on: boolean): PageUntouched {
  const next = {
    ...choices,
    on: choices.on.filter((entry) => entry !== site),
    off: choices.off.filter((entry) => entry !== site),
  };
  if (isUntouched(next, site) === on) return next;
  return on ? { ...next, on: [...next.on, site] } : { ...next, off: [...next.off, site] };
}

/**
 * The choices in a stored settings record, read without zod (the content script's view of
 * storage); the defaults alone when the record is older, missing or damaged.
 */
export function untouchedChoicesOf(stored: unknown): Pick<PageUntouched, 'on' | 'off'> {
  const value = asRecord(asRecord(stored)?.pageUntouched);
  const list = (key: 'on' | 'off') => {
    const entries = value?.[key];
    return Array.isArray(entries)
      ? entries.filter((entry): entry is string => typeof entry === 'string').slice(0, 1_000)
      : [];
  };
  return { on: list('on'), off: list('off') };
}

function covers(entry: string, site: string): boolean {
  return site === entry || site.endsWith(`.${entry}`);
}

/**
 * Every site the user may want to decide about, each with its state: the `known` ones (the
 * recruiting sites and the sites the user enabled), the defaults and every choice made, sorted.
 */
export function untouchedSiteList(
  choices: Pick<PageUntouched, 'on' | 'off'>,
  known: readonly string[],
): Array<{ site: string; on: boolean }> {
  const sites = new Set<string>();
  for (const site of [...known, ...DEFAULT_UNTOUCHED_SITES, ...choices.on, ...choices.off]) {
    const clean = normalSite(site);
    if (clean !== undefined) sites.add(clean);
  }
  return [...sites].sort().map((site) => ({ site, on: isUntouched(choices, site) }));
}
