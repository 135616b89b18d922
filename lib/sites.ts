// The recruiting sites the content script runs on by default (the list: LinkedIn
// profiles and jobs, GitHub profiles and READMEs, Greenhouse, Lever, Indeed, Workday, Ashby).
// Any other site only when the user enables it.

export const RECRUITING_SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://github.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://*.indeed.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://jobs.ashbyhq.com/*',
] as const;

/**
 * Does `url` fall under a WebExtension match pattern (`<scheme>://<host>/<path>`, with `*` for
 * any scheme of http/https, `*.` host prefixes and `*` wildcards in the path)?
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (parts === null) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme)
    return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (target.hostname !== base && !target.hostname.endsWith(`.${base}`)) return false;
    } else if (target.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return glob.test(`${target.pathname}${target.search}`);
}

/** Is `url` covered by a content-script entry (its matches minus its exclude_matches)? */
export function coveredBy(
  scripts: ReadonlyArray<{
    matches?: string[] | undefined;
    exclude_matches?: string[] | undefined;
  }>,
  url: string,
): boolean {
  return scripts.some(
    (script) =>
      (script.matches ?? []).some((pattern) => matchesPattern(pattern, url)) &&
      !(script.exclude_matches ?? []).some((pattern) => matchesPattern(pattern, url)),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
