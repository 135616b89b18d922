/**
 * schema.org JobPosting from `<script type="application/ld+json">` elements (PROVIDERS.md §2.4):
 * objects, arrays, `@graph` and `mainEntity` are searched; broken JSON is ignored. The HTML
 * description becomes text, then skills, qualifications, experience and education requirements and
 * occupational category follow under their own headings.
 * @module
 */
import { labelText, type RoleRoot, tidyText } from './dom';
import { richText } from './rich-text';
import type { JobPostingInfo } from './types';

type JsonObject = Record<string, unknown>;

const MAX_SCRIPT_LENGTH = 2_000_000;
const MAX_DEPTH = 6;
const MAX_NODES = 500;

/** Extra fields appended after the description, with the heading each gets. */
const SECTIONS = [
  ['skills', 'Required skills'],
  ['qualifications', 'Qualifications'],
  ['experienceRequirements', 'Experience requirements'],
  ['educationRequirements', 'Education requirements'],
  ['occupationalCategory', 'Occupational category'],
] as const;

/**
 * The first schema.org JobPosting in the root's JSON-LD scripts, as text; `undefined` when there
 * is none or it has neither a title nor any text.
 */
export function extractJsonLdJobPosting(root: RoleRoot): JobPostingInfo | undefined {
  return firstPosting(jsonLdNodes(root));
}

/**
 * The first JobPosting in an already-parsed JSON-LD value (a `.json` file the CLI was given):
 * objects, arrays, `@graph` and `mainEntity` are searched as in a page.
 */
export function jobPostingFromJson(value: unknown): JobPostingInfo | undefined {
  const nodes: JsonObject[] = [];
  collect(value, nodes, 0);
  return firstPosting(nodes);
}

function firstPosting(nodes: readonly JsonObject[]): JobPostingInfo | undefined {
  for (const node of nodes) {
    if (!isJobPosting(node)) continue;
    const info = postingInfo(node);
    if (info) return info;
  }
  return undefined;
}

/** Every JSON object (recursively through arrays, `@graph`, `mainEntity`) in the JSON-LD scripts. */
export function jsonLdNodes(root: RoleRoot): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = root.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (!script || type !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_LENGTH) continue;
    collect(safeParse(source), out, 0);
  }
  return out;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(
      json
        .trim()
        .replace(/^<!--|-->$/g, '')
        .replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, ''),
    );
  } catch {
    return undefined;
  }
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object') {
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph'] !== undefined) collect(obj['@graph'], out, depth + 1);
  if (obj.mainEntity !== undefined) collect(obj.mainEntity, out, depth + 1);
}

function isJobPosting(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) =>
      typeof t === 'string' && /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?JobPosting$/.test(t),
  );
}

function postingInfo(node: JsonObject): JobPostingInfo | undefined {
  const title = labelText(plain(node.title ?? node.name));
  const company = labelText(organisationName(node.hiringOrganization));
  const location = labelText(locationName(node));
  const parts: string[] = [];
  const description = plain(node.description);
  if (description) parts.push(description);
  for (const [field, heading] of SECTIONS) {
    const body = plain(node[field]);
    if (body) parts.push(`${heading}\n${body}`);
  }
  const text = tidyText(parts.join('\n\n'));
  if (text === '' && title === undefined) return undefined;
  return {
    ...(title === undefined ? {} : { title }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
    text,
    source: 'json-ld',
  };
}

/**
 * `jobLocation` (Place → PostalAddress: locality, region, country) of every place, joined with
 * "; ", then "Remote" for `jobLocationType: TELECOMMUTE` without a place.
 */
function locationName(node: JsonObject): string {
  const places = Array.isArray(node.jobLocation) ? node.jobLocation : [node.jobLocation];
  const names = places
    .slice(0, 5)
    .map((place) => placeName(place))
    .filter((name) => name !== '');
  if (names.length > 0) return [...new Set(names)].join('; ');
  return /telecommute/i.test(String(node.jobLocationType ?? '')) ? 'Remote' : '';
}

function placeName(place: unknown): string {
  if (typeof place === 'string') return plain(place);
  if (!place || typeof place !== 'object') return '';
  const address = (place as JsonObject).address;
  if (typeof address === 'string') return plain(address);
  if (!address || typeof address !== 'object') return plain((place as JsonObject).name);
  const a = address as JsonObject;
  const country = a.addressCountry;
  const parts = [
    plain(a.addressLocality),
    plain(a.addressRegion),
    typeof country === 'object' && country !== null
      ? plain((country as JsonObject).name)
      : plain(country),
  ].filter((part) => part !== '');
  return [...new Set(parts)].join(', ');
}

function organisationName(value: unknown): string {
  if (typeof value === 'string') return plain(value);
  if (Array.isArray(value)) return organisationName(value[0]);
  if (value && typeof value === 'object') return plain((value as JsonObject).name);
  return '';
}

/**
 * JSON-LD value → text. Strings are HTML (possibly entity-escaped more than once); arrays become
 * one bullet per item; objects give `name`/`description`/`credentialCategory`/`@value`.
 */
function plain(value: unknown, depth = 0): string {
  if (depth > 3) return '';
  if (typeof value === 'string') return richText(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => plain(v, depth + 1)).filter((v) => v !== '');
    return items.length > 1 ? items.map((v) => `• ${v}`).join('\n') : (items[0] ?? '');
  }
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    const pick = o.name ?? o.description ?? o.credentialCategory ?? o.codeValue ?? o['@value'];
    if (pick !== undefined) return plain(pick, depth + 1);
    if (typeof o.monthsOfExperience === 'number')
      return `${o.monthsOfExperience} months of experience`;
  }
  return '';
}
