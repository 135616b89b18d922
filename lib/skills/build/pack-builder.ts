/**
 * Pure skills-pack builder: the complete ESCO skills pillar (v1.1.1 with the v1.2.0 collections,
 * French and Spanish labels from v1.0) + O*NET Technology Skills 29.3 and Tools Used 29.0 →
 * `SkillsPack`. No I/O; `build-pack.ts` reads the files and writes the JSON.
 *
 * Specific before general: ESCO lists tools as alternative labels of broad concepts ("Keras" of
 * "computer vision", "Confluence" of "use online tools to collaborate"). Such a label — a name
 * (capitalised, not an acronym) sharing no word with its concept's lower-case label — becomes
 * its own skill (`tool:<slug>`, labelled with its own name) whose `broader` lists the concepts.
 * @module
 */
import { normalise } from '../normalize';
import type { SkillEntry, SkillKind, SkillsPack } from '../types';
import { type EscoConcept, type EscoSources, escoConcepts } from './esco-source';
import {
  onetTechnologyEntries,
  onetToolEntries,
  slugify,
  UPPER_ONLY,
  uniqueTerms,
} from './onet-source';

export { slugify } from './onet-source';

/** Attribution lines, verbatim from the data sources' terms. */
export const SKILLS_ATTRIBUTION: readonly string[] = [
  'This product uses the ESCO classification of the European Commission.',
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
  'This product includes information from the O*NET 29.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
];

/** Raw source texts the pack is built from. */
export interface SkillsPackSources extends EscoSources {
  readonly onetTechnologyTsv: string;
  readonly onetToolsTsv: string;
}

/** Builds the pack. Deterministic: the same sources always give the same JSON. */
export function buildSkillsPack(sources: SkillsPackSources): SkillsPack {
  const skills: SkillEntry[] = [];
  const seenTerms = new Set<string>();
  const tools = new Map<string, { label: string; broader: string[] }>();
  const concepts = escoConcepts(sources);
  // A concept's own name is never another concept's synonym: "project management" is the
  // concept of that name, not an alternative label of "project commissioning".
  const preferred = new Map(concepts.map((c) => [normalise(c.label), c.id]));
  // Specific before general, first pass: every tool named under any concept. Its name is then
  // no concept's term — the tool is reported as itself, the concepts become its broader.
  for (const concept of concepts) {
    for (const alt of concept.alt) {
      if (!isNamedTool(alt, concept.label, concept.digital)) continue;
      const key = normalise(alt);
      if (preferred.has(key)) continue;
      const tool = tools.get(key) ?? { label: alt, broader: [] };
      tools.set(key, tool);
    }
  }
  for (const concept of concepts) {
    const kind: SkillKind = concept.soft ? 'soft' : 'hard';
    const own: string[] = [];
    for (const alt of concept.alt) {
      const key = normalise(alt);
      const tool = tools.get(key);
      if (tool) {
        // v1.2.0 writes some names in lower case ("keras") where v1.1.1 has "Keras".
        if (/^\p{Lu}/u.test(alt) && !/^\p{Lu}/u.test(tool.label)) tool.label = alt;
        if (!tool.broader.includes(concept.id)) tool.broader.push(concept.id);
      } else if (keepAlt(alt, concept)) own.push(alt);
    }
    const acronyms = new Set(own.filter((a) => /^\p{Lu}{2,6}s?$/u.test(a)).map(normalise));
    const terms = uniqueTerms([concept.label, ...own])
      .filter((t, i) => i === 0 || (preferred.get(t) ?? concept.id) === concept.id)
      .filter((t, i) => i === 0 || !JUNK_EDGE.test(t))
      // An acronym counts only in capitals: "ML" is machine learning, "ml" millilitres.
      .map((t, i) => (i > 0 && acronyms.has(t) ? `${UPPER_ONLY}${t}` : t));
    const fr = languageTerms(concept.fr, concept);
    const es = languageTerms(concept.es, concept);
    for (const t of terms) seenTerms.add(bare(t));
    skills.push({
      id: concept.id,
      label: concept.label,
      kind,
      terms,
      ...(fr.length > 0 ? { fr } : {}),
      ...(es.length > 0 ? { es } : {}),
    });
  }
  const toolEntries = [...tools.entries()]
    .filter(([key, tool]) => !seenTerms.has(key) && tool.broader.length > 0)
    .map(([key, tool]) => ({
      id: `tool:${slugify(tool.label)}`,
      // A name ESCO writes only in lower case ("keras") is shown as a name.
      label: /\p{Lu}/u.test(tool.label)
        ? tool.label
        : tool.label[0]?.toUpperCase() + tool.label.slice(1),
      kind: 'hard' as const,
      terms: [key],
      broader: [...new Set(tool.broader)].sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of toolEntries) {
    seenTerms.add(entry.terms[0] as string);
    skills.push(entry);
  }
  for (const entry of [
    ...onetTechnologyEntries(sources.onetTechnologyTsv),
    ...onetToolEntries(sources.onetToolsTsv),
  ]) {
    const fresh = entry.terms.filter((t) => !seenTerms.has(bare(t)));
    if (!fresh.includes(entry.terms[0] ?? '')) continue;
    for (const t of fresh) seenTerms.add(bare(t));
    skills.push({ ...entry, terms: fresh });
  }
  return { version: 3, attribution: [...SKILLS_ATTRIBUTION], skills };
}

/**
 * A tool's own name listed under a broad concept: capitalised, not an acronym, at most three
 * words, sharing no word with the concept's label, which is itself lower-case ("computer vision").
 * In the digital collection a lone lower-case word under a broad two-word concept is a name too
 * ("tensorflow", "opencv" under "computer vision"), unless it is the label's initials.
 */
export function isNamedTool(alt: string, conceptLabel: string, digital = false): boolean {
  if (/^\p{Lu}/u.test(conceptLabel) || NOT_NAMES.has(alt)) return false;
  const words = normalise(alt).split(' ');
  const own = new Set(normalise(conceptLabel).split(' '));
  if (words.some((w) => own.has(w))) return false;
  if (!/^\p{Lu}/u.test(alt)) {
    const initials = [...own].map((w) => w[0]).join('');
    return (
      digital &&
      words.length === 1 &&
      own.size >= 2 &&
      /^\p{Ll}{3,}$/u.test(alt) &&
      alt !== initials
    );
  }
  // "EEG techniques", "BOM writing": an acronym with plain words is a practice, not a product.
  if (/\s\p{Ll}/u.test(alt) && /^\p{Lu}{2,}\s/u.test(alt)) return false;
  if (/^[\p{Lu}\d]{2,6}s?$/u.test(alt)) return false;
  return words.length <= 3;
}

/** A term that starts or ends with a function word ("and procedure") is a fragment. */
const JUNK_EDGE =
  /^(?:and|or|of|the|to|in|with|for|a|an) |(?: and| or| of| the| to| in| with| for)$/;

/** Capitalised alternative labels that are ordinary words, not products. */
const NOT_NAMES: ReadonlySet<string> = new Set(['Email', 'E-mail', 'Internet', 'Web']);

/**
 * Which alternative labels a concept keeps: a one-word label of a transversal skill is an
 * everyday verb ("report", "sing"), and one of a sector skill or knowledge an everyday word
 * ("act", "cleaning", "security"); names, acronyms and the digital collection's words are kept.
 */
function keepAlt(alt: string, concept: EscoConcept): boolean {
  if (/\s/.test(alt.trim())) return true;
  if (concept.soft) return false;
  // Outside the digital collection a lone word is a name only with an inner capital, a digit or a
  // symbol ("SQL", "C++", "ISO9001"): "engineering", "security", "retrieval" are too broad.
  return concept.digital || /.\p{Lu}|[\d+#.]/u.test(alt);
}

function languageTerms(labels: readonly string[], concept: EscoConcept): string[] {
  const [preferred, ...alt] = labels;
  if (preferred === undefined) return [];
  return uniqueTerms([preferred, ...alt.filter((a) => keepAlt(a, concept))]);
}

function bare(term: string): string {
  return term.startsWith(UPPER_ONLY) ? term.slice(UPPER_ONLY.length) : term;
}
