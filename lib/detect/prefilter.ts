// A cheap necessary condition, checked on the raw attribute before any URL parsing: a link can
// only match an adapter if it mentions one of these host stems, file types or wrappers. Most
// anchors on a 10,000-node profile mention none, and skipping them is what keeps a scan within
// its budget. The registry meta-test checks every adapter example passes.

const HINTS = [
  'credly',
  'youracclaim',
  'badgr',
  'parchment',
  'openbadgefactory',
  'openbadgepassport',
  'credential.net',
  'accredible',
  'verifierplus',
  'verify?vc=',
  'coursera',
  'edx.org',
  'learn.microsoft',
  'learncard',
  'europa.eu',
  'linkedin.com',
  '/redir/',
  'safety/go',
  '.json',
  '.jwt',
  '.jws',
  '.png',
  '.svg',
  '%',
];

/** False when `href` cannot possibly match any adapter; true means "worth parsing". */
export function mightMatch(href: string): boolean {
  const lower = href.toLowerCase();
  return HINTS.some((hint) => lower.includes(hint));
}
