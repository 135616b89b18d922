/**
 * ESCO sources → concepts: the complete skills pillar (v1.1.1, every sector) joined on
 * `conceptUri` with the v1.2.0 digital, transversal and language collections (newer labels and
 * concepts win) and the v1.0 French and Spanish labels. Pure; no I/O.
 * @module
 */
import { parseCsvRecords } from './csv';

/** One ESCO concept with the labels the pack is built from. */
export interface EscoConcept {
  readonly id: string;
  readonly label: string;
  readonly soft: boolean;
  readonly digital: boolean;
  readonly knowledge: boolean;
  readonly alt: readonly string[];
  readonly fr: readonly string[];
  readonly es: readonly string[];
}

/** Raw ESCO CSV texts. */
export interface EscoSources {
  readonly fullCsv: string;
  readonly digitalCsv: string;
  readonly transversalCsv: string;
  readonly languageCsv: string;
  readonly frCsv: string;
  readonly esCsv: string;
}

const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

/** Every concept, ordered: digital, language and transversal collections first, then the rest. */
export function escoConcepts(sources: EscoSources): EscoConcept[] {
  const transversal = parseCsvRecords(sources.transversalCsv);
  const language = parseCsvRecords(sources.languageCsv);
  const digital = parseCsvRecords(sources.digitalCsv);
  const languageIds = new Set(language.map((r) => r.conceptUri ?? ''));
  const softIds = new Set(
    transversal.map((r) => r.conceptUri ?? '').filter((id) => !languageIds.has(id)),
  );
  const digitalIds = new Set(digital.map((r) => r.conceptUri ?? ''));
  const full = parseCsvRecords(sources.fullCsv);
  for (const r of full) {
    if (r.reuseLevel === 'transversal' && !languageIds.has(r.conceptUri ?? '')) {
      softIds.add(r.conceptUri ?? '');
    }
  }
  const fr = labelsById(sources.frCsv);
  const es = labelsById(sources.esCsv);
  const fullById = new Map(full.map((r) => [r.conceptUri ?? '', r]));
  const out: EscoConcept[] = [];
  const seen = new Set<string>();
  for (const rec of [...digital, ...language, ...transversal, ...full]) {
    const id = rec.conceptUri ?? '';
    const label = (rec.preferredLabel ?? '').trim();
    if (!id.startsWith(ESCO_SKILL) || label === '' || seen.has(id)) continue;
    seen.add(id);
    // The v1.2.0 collections list alt labels with " | ", v1.1.1 one per line: both are read,
    // and a concept in both keeps the union (v1.2.0 added tool names such as Prometheus).
    const alt = [rec.altLabels ?? '', fullById.get(id)?.altLabels ?? '']
      .flatMap((field) => field.split(/\s*\|\s*|\r?\n/))
      .map((l) => l.trim())
      .filter((l) => l !== '');
    out.push({
      id,
      label,
      soft: softIds.has(id),
      digital: digitalIds.has(id),
      knowledge: (rec.skillType ?? fullById.get(id)?.skillType) === 'knowledge',
      alt: [...new Set(alt)],
      fr: fr.get(id) ?? [],
      es: es.get(id) ?? [],
    });
  }
  return out;
}

function labelsById(csv: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of parseCsvRecords(csv)) {
    const labels = [r.preferredLabel ?? '', ...(r.altLabels ?? '').split(/\r?\n/)]
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (labels.length > 0) out.set(r.conceptUri ?? '', [...new Set(labels)]);
  }
  return out;
}
