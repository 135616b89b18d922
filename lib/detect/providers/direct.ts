// Direct credential files: a link whose path ends in .json/.jsonld/.jwt/.jws, or a badge-like
// .png/.svg image (baked badge). A guess from the shape alone, so matches are `generic`: the UI
// drops them silently when verification finds no credential. STYLE.md §4; PROVIDERS.md §1.6.

import type { MatchContext, ProviderAdapter } from '../types';
import { buildMatch } from '../url-rules';

const DATA_FILE = /\.(?:json|jsonld|jwt|jws)$/i;
const IMAGE_FILE = /\.(?:png|svg)$/i;
const BADGE_WORDS = /badge|certif|credential/i;
// Well-known tooling manifests that are never credentials: not worth a fetch.
const NOT_CREDENTIALS = new Set([
  'package.json',
  'package-lock.json',
  'composer.json',
  'tsconfig.json',
  'manifest.json',
  'app.json',
  'renovate.json',
  'openapi.json',
  'swagger.json',
]);

// Build-status and version shields say "badge" but never hold credentials (README noise).
const STATUS_BADGE_HOSTS = new Set([
  'img.shields.io',
  'badgen.net',
  'badge.fury.io',
  'codecov.io',
  'coveralls.io',
  'circleci.com',
  'api.travis-ci.com',
  'travis-ci.com',
  'travis-ci.org',
  'sonarcloud.io',
  'api.netlify.com',
  'app.codacy.com',
]);
const WORKFLOW_BADGE = /\/actions\/workflows\/[^/]+\/badge\.svg$/;

export const direct: ProviderAdapter = {
  id: 'direct',
  label: 'Credential file',
  // Any host: asked for at run time.
  hosts: [],
  match(url, context) {
    // Policy: https only and no credentials in the URL (the fetch policy would refuse them);
    // plain http to loopback only in test and demo builds, as the fetch policy allows there.
    const loopbackHttp =
      url.protocol === 'http:' && context?.allowLoopbackHttp === true && isLoopback(url.hostname);
    if ((url.protocol !== 'https:' && !loopbackHttp) || url.username !== '' || url.password !== '')
      return undefined;
    const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    const isData = DATA_FILE.test(file) && !NOT_CREDENTIALS.has(file.toLowerCase());
    const isBadgeImage =
      IMAGE_FILE.test(file) && !isStatusBadge(url) && looksLikeBadge(file, context);
    if (!isData && !isBadgeImage) return undefined;
    const fetchUrl = new URL(url.href);
    fetchUrl.hash = '';
    return buildMatch(direct, url, { kind: 'credential', fetchUrl: fetchUrl.href, generic: true });
  },
};

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function isStatusBadge(url: URL): boolean {
  return STATUS_BADGE_HOSTS.has(url.hostname) || WORKFLOW_BADGE.test(url.pathname);
}

function looksLikeBadge(file: string, context: MatchContext | undefined): boolean {
  return [file, context?.alt, context?.title, context?.text].some(
    (text) => text !== undefined && BADGE_WORDS.test(text),
  );
}
