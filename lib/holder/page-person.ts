// The person a page is about, read from the page: a site's own adapter where Credlens knows the
// site (LinkedIn profile top card, GitHub vcard), else schema.org Person JSON-LD, a profile-typed
// og:title (Open Graph §"profile"), then the main heading. Never a job page's title.

import { detectJobPosting, elementText, isHidden, type RoleElement, type RoleRoot } from '../roles';
import { cleanDisplayText } from '../shared/display-text';
import { asRecord } from '../shared/text';
import type { PagePerson } from './types';

/** Longest name kept, after cleaning. */
export const MAX_PAGE_NAME = 300;

/** A site whose pages only its own adapter reads: undefined from it means "no person here". */
type SiteAdapter = {
  matches(url: URL): boolean;
  read(root: RoleRoot, url: URL): PagePerson | undefined;
};

/** Site names sites append to og:title, as data: " | LinkedIn", " - GitHub", " · GitLab"… */
const TITLE_SUFFIX =
  /\s+[|·•–—-]\s+(?:LinkedIn|GitHub|GitLab|X|Twitter|Medium|DEV Community|Mastodon)$/i;
/** Headings that name a section or a page, never a person (compared lowercased, "&" as "and"). */
const NOT_NAMES = new Set([
  'licenses and certifications',
  'licences and certifications',
  'certifications',
  'certificates',
  'badges',
  'experience',
  'education',
  'skills',
  'about',
  'about me',
  'profile',
  'overview',
  'home',
  'jobs',
  'projects',
  'activity',
  'recommendations',
  'people also viewed',
  'sign in',
  'log in',
  'join now',
  'page not found',
  'not found',
]);
/** Open Graph types of pages about a person (or saying nothing about what they are about). */
const PERSON_OG_TYPES = new Set(['', 'profile', 'website']);
const MAX_HEADING_WORDS = 10;
const MAX_SCRIPT_LENGTH = 1_000_000;
const MAX_JSON_NODES = 200;

/** The person `root` (a page at `url`) is about, or undefined when the page does not say. */
export function readPagePerson(root: RoleRoot, url: URL): PagePerson | undefined {
  const jsonLd = readJsonLd(root);
  if (jsonLd.jobPosting || detectJobPosting(root, url) !== undefined) return undefined;
  const site = SITES.find((adapter) => adapter.matches(url));
  if (site !== undefined) return site.read(root, url);
  const ogType = metaContent(root, 'og:type')?.toLowerCase() ?? '';
  if (jsonLd.person !== undefined) return jsonLd.person;
  const og = ogType === 'profile' ? ogTitleName(root) : undefined;
  if (og !== undefined) return og;
  if (!PERSON_OG_TYPES.has(ogType) || jsonLd.aboutNonPerson) return undefined;
  return headingName(first(root, 'main h1') ?? first(root, 'h1'));
}

const LINKEDIN_PROFILE = /^\/in\/[^/]+\/?$/;
const LINKEDIN_NAME = [
  'h1.text-heading-xlarge',
  '.pv-text-details__left-panel h1',
  '.pv-top-card h1',
  'h1.top-card-layout__title',
].join(', ');

/** LinkedIn: the top card of /in/<slug>/ only; other LinkedIn pages (details, companies) name no one. */
const linkedin: SiteAdapter = {
  matches: (url) => hostIs(url, 'linkedin.com'),
  read(root, url) {
    if (!LINKEDIN_PROFILE.test(url.pathname)) return undefined;
    const name = nameOf(first(root, LINKEDIN_NAME));
    if (name !== undefined) return { name, source: 'linkedin' };
    // The logged-out page's og:title is "Name - Headline - Company | LinkedIn".
    const og = metaContent(root, 'og:type') === 'profile' ? ogTitleName(root) : undefined;
    const cut = og === undefined ? undefined : clean(og.name.split(' - ')[0] ?? '');
    return cut === undefined ? readJsonLd(root).person : { name: cut, source: 'og:title' };
  },
};

const GITHUB_PROFILE = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/;

/** GitHub: a user's vcard (display name and login); organisations and repositories name no one. */
const github: SiteAdapter = {
  matches: (url) => hostIs(url, 'github.com'),
  read(root, url) {
    const path = GITHUB_PROFILE.exec(url.pathname)?.[1];
    const login = nameOf(
      first(root, '.vcard-names .p-nickname, .vcard-names [itemprop="additionalName"]'),
    );
    if (path === undefined || login === undefined || login.toLowerCase() !== path.toLowerCase())
      return undefined;
    const name = nameOf(first(root, '.vcard-names .p-name, .vcard-names [itemprop="name"]'));
    return name === undefined
      ? { name: login, source: 'github-login', login }
      : { name, source: 'github-name', login };
  },
};

/**
 * Job boards publish postings, not people: their main heading is a job title ("Senior Platform
 * Engineer", "CAREERS AT NVIDIA") even where no posting reader recognises the page.
 */
const JOB_BOARD_HOSTS = [
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'myworkdayjobs.com',
  'workable.com',
  'indeed.com',
  'seek.com.au',
  'seek.co.nz',
];
const jobBoards: SiteAdapter = {
  matches: (url) => JOB_BOARD_HOSTS.some((host) => hostIs(url, host)),
  read: () => undefined,
};

const SITES: readonly SiteAdapter[] = [linkedin, github, jobBoards];

function ogTitleName(root: RoleRoot): PagePerson | undefined {
  const title = metaContent(root, 'og:title');
  const name = title === undefined ? undefined : clean(title.replace(TITLE_SUFFIX, ''));
  return name === undefined ? undefined : { name, source: 'og:title' };
}

function headingName(heading: RoleElement | undefined): PagePerson | undefined {
  const name = nameOf(heading);
  if (name === undefined) return undefined;
  const key = name
    .toLowerCase()
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[.:!]+$/, '');
  if (NOT_NAMES.has(key) || name.split(' ').length > MAX_HEADING_WORDS) return undefined;
  return { name, source: 'heading' };
}

type JsonLdReading = { person?: PagePerson; jobPosting: boolean; aboutNonPerson: boolean };

/**
 * schema.org in the page's JSON-LD: the Person a page is about (a mainEntity, else a top-level
 * node, else one in an @graph without an article: a blog's author is not the page's person),
 * whether any node is a JobPosting, and whether the page's mainEntity is something else.
 */
function readJsonLd(root: RoleRoot): JsonLdReading {
  const tiers: string[][] = [[], [], []];
  const reading: JsonLdReading = { jobPosting: false, aboutNonPerson: false };
  let nodes = 0;
  const visit = (value: unknown, tier: number, depth: number): void => {
    if (depth > 6 || nodes >= MAX_JSON_NODES || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, tier, depth + 1);
      return;
    }
    nodes++;
    const node = asRecord(value) ?? {};
    if (hasType(node, 'JobPosting')) reading.jobPosting = true;
    if (hasType(node, 'Person')) {
      const name = personName(node);
      if (name !== undefined) tiers[tier]?.push(name);
    } else if (tier === 0 && node['@type'] !== undefined) reading.aboutNonPerson = true;
    if (node.mainEntity !== undefined) visit(node.mainEntity, 0, depth + 1);
    const graph = node['@graph'];
    if (Array.isArray(graph)) {
      const article = graph.some((item) => hasType(item, 'Article|BlogPosting|NewsArticle'));
      visit(graph, article ? 3 : 2, depth + 1);
    }
  };
  const scripts = root.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    const text = script?.textContent ?? '';
    if (type === 'application/ld+json' && text.length <= MAX_SCRIPT_LENGTH)
      visit(parse(text), 1, 0);
  }
  // One person per tier, or none: a team page's many people are not "the" person (nor its heading).
  const best = tiers.find((names) => names.length > 0) ?? [];
  const people = new Set(best).size;
  if (people > 1) reading.aboutNonPerson = true;
  const name = people === 1 ? best[0] : undefined;
  return name === undefined ? reading : { ...reading, person: { name, source: 'json-ld' } };
}

function personName(node: Record<string, unknown>): string | undefined {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : Array.isArray(value) ? text(value[0]) : undefined;
  const name =
    text(node.name) ?? [text(node.givenName), text(node.familyName)].filter(Boolean).join(' ');
  return clean(name);
}

function hasType(value: unknown, names: string): boolean {
  const type = asRecord(value)?.['@type'];
  const pattern = new RegExp(`^(?:(?:https?://)?schema\\.org/|schema:)?(?:${names})$`);
  return (Array.isArray(type) ? type : [type]).some(
    (t) => typeof t === 'string' && pattern.test(t),
  );
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return undefined;
  }
}

function metaContent(root: RoleRoot, property: string): string | undefined {
  const meta = root.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)[0];
  return meta?.getAttribute('content')?.trim() ?? undefined;
}

function first(root: RoleRoot, selectors: string): RoleElement | undefined {
  const list = root.querySelectorAll(selectors);
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    if (el !== undefined && !isHidden(el)) return el;
  }
  return undefined;
}

/** An element's visible text as a name (hidden, interactive and media children skipped). */
function nameOf(el: RoleElement | undefined): string | undefined {
  return el === undefined ? undefined : clean(elementText(el, MAX_PAGE_NAME * 4));
}

function clean(value: string | undefined): string | undefined {
  const name = value === undefined ? '' : cleanDisplayText(value, MAX_PAGE_NAME);
  return name === '' ? undefined : name;
}

function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}
