/**
 * schema.org JobPosting from `<script type="application/ld+json">` elements (PROVIDERS.md §2.4):
 * objects, arrays, `@graph` and `mainEntity` are searched; broken JSON is ignored. The HTML
 * description becomes text, then skills, qualifications, experience and education requirements and
 * occupational category follow under their own headings.
 * @module
 */
import { decodeEntities, htmlToText } from '../skills';
import { labelText, type RoleRoot, tidyText } from './dom';
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
  for (const node of jsonLdNodes(root)) {
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
    text,
    source: 'json-ld',
  };
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
  if (typeof value === 'string') {
    const text = htmlToText(unescapeHtml(value));
    // Values escaped once more than their markup ("&amp;amp;") keep an entity after htmlToText.
    return /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text) ? decodeEntities(text) : text;
  }
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

/** Decodes entity-escaped markup ("&amp;lt;p&amp;gt;") until real tags appear (at most 3 rounds). */
function unescapeHtml(value: string): string {
  let text = value;
  for (let i = 0; i < 3 && !/<[a-z/!]/i.test(text) && /&(?:amp;)+lt;|&lt;/i.test(text); i++) {
    text = decodeEntities(text);
  }
  return text;
}
