/**
 * Job-posting text helpers: split a description into required vs preferred sections by headings,
 * and read schema.org JobPosting JSON-LD from raw HTML without a DOM (PROVIDERS.md §2.3–2.4).
 * @module
 */
import { htmlToText } from './html-text';

/** Required and preferred (nice-to-have) parts of a job description. */
export interface RequirementsSplit {
  readonly required: string;
  readonly preferred: string;
}

/** Title and plain text of a job posting. */
export interface JobPostingText {
  readonly title?: string;
  readonly text: string;
}

/**
 * Splits job text by section headings. "Requirements", "What you'll need", "Qualifications",
 * "Must have" start required sections; "Nice to have", "Preferred", "Bonus", "Pluses" start
 * preferred ones. Text before any heading counts as required.
 */
export function splitRequirements(text: string): RequirementsSplit {
  const required: string[] = [];
  const preferred: string[] = [];
  let target = required;
  for (const line of text.split(/\r?\n/)) {
    const heading = classifyHeading(line);
    if (heading === 'preferred') target = preferred;
    else if (heading === 'required') target = required;
    target.push(line);
  }
  return { required: required.join('\n').trim(), preferred: preferred.join('\n').trim() };
}

/**
 * Extracts a JobPosting from HTML: JSON-LD `<script type="application/ld+json">` blocks (objects,
 * arrays or `@graph`) give title, description, skills, qualifications, experience/education
 * requirements and occupational category. Without a JobPosting, the whole page is stripped to text.
 */
export function extractJobPosting(html: string): JobPostingText {
  for (const node of jsonLdNodes(html)) {
    if (!isJobPosting(node)) continue;
    const title = typeof node.title === 'string' ? htmlToText(node.title) : undefined;
    const parts = FIELDS.map((f) => valueText(node[f])).filter((p) => p !== '');
    const text = parts.join('\n\n');
    return title ? { title, text } : { text };
  }
  return { text: htmlToText(html) };
}

const FIELDS = [
  'description',
  'skills',
  'qualifications',
  'experienceRequirements',
  'educationRequirements',
  'occupationalCategory',
] as const;

const REQUIRED_HEADINGS =
  /^(requirements?|what you('|’)?ll need|what we('|’)?re looking for|qualifications?|minimum qualifications|basic qualifications|must[- ]haves?|required( skills| qualifications)?|you have|who you are)$/;
const PREFERRED_HEADINGS =
  /^(nice[- ]to[- ]haves?|preferred( qualifications| skills)?|bonus( points)?|pluses|plus|it('|’)?s a plus if|good to have|desired( skills| qualifications)?)$/;

function classifyHeading(line: string): 'required' | 'preferred' | undefined {
  const t = line
    .replace(/^[\s#*•\-–—>]+|[\s:*!.]+$/g, '')
    .trim()
    .toLowerCase();
  if (t === '' || t.length > 60) return undefined;
  if (PREFERRED_HEADINGS.test(t)) return 'preferred';
  if (REQUIRED_HEADINGS.test(t)) return 'required';
  return undefined;
}

type JsonObject = Record<string, unknown>;

function jsonLdNodes(html: string): JsonObject[] {
  const out: JsonObject[] = [];
  const re =
    /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const parsed = safeParse(m[1] ?? '');
    collect(parsed, out, 0);
  }
  return out;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return undefined;
  }
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph'] !== undefined) collect(obj['@graph'], out, depth + 1);
}

function isJobPosting(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) =>
      t === 'JobPosting' ||
      t === 'schema:JobPosting' ||
      t === 'http://schema.org/JobPosting' ||
      t === 'https://schema.org/JobPosting',
  );
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return htmlToText(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value
      .map(valueText)
      .filter((v) => v !== '')
      .join('\n');
  }
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    const pick = o.name ?? o.description ?? o.credentialCategory ?? o['@value'];
    const months = o.monthsOfExperience;
    if (pick !== undefined) return valueText(pick);
    if (typeof months === 'number') return `${months} months of experience`;
  }
  return '';
}
