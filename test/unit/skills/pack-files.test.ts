// The skills pack as the extension ships it (lib/skills/pack-files.ts): the shipped files put
// back together make the same matcher as the committed pack, and none of them reaches the size
// at which AMO's linter stops parsing a file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSkillsPreload } from '../../../build/preload-skills';
import {
  COMMITTED_PACK_FILES,
  createDefaultSkillMatcher,
  loadSkillMatcher,
  SHIPPED_PACK_FILES,
  type ShippedPackFile,
  SKILL_ALIASES,
  shippedPackFiles,
} from '../../../lib/skills';
import { EVAL_DIR, readEvalPosting } from '../../bench/skills-eval';

const DATA = join(import.meta.dirname, '../../../lib/skills/data');
const committed = (file: string) => readFileSync(join(DATA, file), 'utf8');
// addons-linter's MAX_FILE_SIZE_TO_PARSE_MB (5), with room for the pack to grow.
const AMO_PARSE_LIMIT = 5 * 1024 * 1024;

const bufferFrom = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('the shipped skills pack', () => {
  const shipped = shippedPackFiles(committed);
  const bufferOf = (file: ShippedPackFile): ArrayBuffer => {
    const entry = shipped.find((e) => e.file === file);
    if (!entry) throw new Error(`no ${file}`);
    return bufferFrom(entry.bytes);
  };

  it('ships the six files the loader reads, each under the linter’s parse limit', () => {
    expect(shipped.map((entry) => entry.file)).toEqual([...SHIPPED_PACK_FILES]);
    for (const { file, bytes } of shipped)
      expect(bytes.length, file).toBeLessThan(AMO_PARSE_LIMIT * 0.9);
    // The committed English pack alone is over it: the cut is what keeps lint clean.
    expect(Buffer.byteLength(committed(COMMITTED_PACK_FILES[0]))).toBeGreaterThan(AMO_PARSE_LIMIT);
  });

  it('makes the same matcher as the committed pack', async () => {
    const fromShipped = await loadSkillMatcher(async (file) => bufferOf(file));
    const fromCommitted = createDefaultSkillMatcher();
    const posting = [
      'Senior Data Engineer: Python, SQL, Apache Airflow, dbt and Snowflake; Kubernetes a plus.',
      'Infirmier en soins intensifs : gestion de la douleur, soins palliatifs.',
      'Ingeniero de software: desarrollo de aplicaciones web con JavaScript.',
    ].join('\n');
    const found = fromShipped.find(posting).map((hit) => hit.id);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(fromCommitted.find(posting).map((hit) => hit.id));
    expect(fromShipped.lookup('Keras')?.label).toBe('Keras');
  });

  it('finds, labels and looks up exactly as the committed pack on every labelled posting', async () => {
    const fromShipped = await loadSkillMatcher(async (file) => bufferOf(file));
    const fromCommitted = createDefaultSkillMatcher();
    const files = readdirSync(EVAL_DIR).filter(
      (f) => /\.(?:txt|json)$/.test(f) && f !== 'labels.json',
    );
    expect(files.length).toBeGreaterThanOrEqual(40);
    let hits = 0;
    for (const file of files) {
      const { text, company } = readEvalPosting(file);
      const options = company === undefined ? {} : { ignore: [company] };
      const shippedHits = fromShipped.find(text, options);
      expect(shippedHits, file).toEqual(fromCommitted.find(text, options));
      hits += shippedHits.length;
      for (const hit of shippedHits) {
        expect(fromShipped.broaderOf(hit.id)).toEqual(fromCommitted.broaderOf(hit.id));
        expect(fromShipped.lookup(hit.evidence)).toEqual(fromCommitted.lookup(hit.evidence));
      }
    }
    expect(hits).toBeGreaterThan(300);
    // Typos in long capitalised names (the shipped typo vocabulary against the computed one).
    const typos = 'Kubernets, Terraformm, Elasticsarch, Salesforse, Photoshopp and Kafka Streamz.';
    const typoHits = fromShipped.find(typos);
    expect(typoHits.map((hit) => hit.label)).toContain('Kubernetes');
    expect(typoHits).toEqual(fromCommitted.find(typos));
    // Every curated alias (label overrides and skills of their own) and ids the pack lacks.
    const ids = [
      ...SKILL_ALIASES.map((a) => a.id),
      'esco:unknown',
      'http://data.europa.eu/esco/skill/0',
      '',
    ];
    for (const id of ids) {
      expect([fromShipped.has(id), fromShipped.labelOf(id), fromShipped.kindOf(id)], id).toEqual([
        fromCommitted.has(id),
        fromCommitted.labelOf(id),
        fromCommitted.kindOf(id),
      ]);
    }
  }, 60_000);

  it('fails loudly when a file is missing, rather than matching nothing', async () => {
    await expect(
      loadSkillMatcher(async (file) => {
        if (file === 'terms-en.bin') throw new Error('skills pack: 404');
        return bufferOf(file);
      }),
    ).rejects.toThrow(/404/);
  });

  it('refuses a file that is not a string table (damaged, cut short or swapped)', async () => {
    const damaged = (broken: ShippedPackFile, bytes: (b: Uint8Array) => Uint8Array) =>
      loadSkillMatcher(async (file) => {
        const buffer = bufferOf(file);
        return file === broken ? bufferFrom(bytes(new Uint8Array(buffer))) : buffer;
      });
    await expect(damaged('terms-fr.bin', (b) => b.subarray(0, b.length - 1))).rejects.toThrow(
      /not a Credlens string table/,
    );
    await expect(
      damaged('skills-en.bin', () => new TextEncoder().encode('{"terms":[]}')),
    ).rejects.toThrow(/not a Credlens string table/);
  });

  it('is preloaded, file for file, by the pages that open with the matcher', () => {
    for (const page of ['popup', 'sidepanel']) {
      const source = readFileSync(
        join(import.meta.dirname, `../../../entrypoints/${page}/index.html`),
        'utf8',
      );
      const html = withSkillsPreload(source);
      expect(html, page).not.toBe(source);
      const preloaded = [
        ...html.matchAll(
          /<link rel="preload" as="fetch" crossorigin="anonymous" href="\/skills\/([^"]+)">/g,
        ),
      ].map((m) => m[1]);
      expect(preloaded.sort(), page).toEqual([...SHIPPED_PACK_FILES].sort());
    }
  });
});
