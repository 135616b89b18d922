/**
 * Node-only script (`npm run skills:pack`): reads the bundled ESCO/O*NET sources in
 * lib/skills/data/source/ (the large ones gzipped, unchanged inside) and writes
 * lib/skills/data/skills-pack.json (+ -fr, -es).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { writePack } from '../pack-format';
import { buildSkillsPack, type SkillsPackSources } from './pack-builder';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Reads the source files from lib/skills/data/source/. */
export function readSkillsSources(dir: string = join(dataDir, 'source')): SkillsPackSources {
  const read = (name: string): string => {
    const bytes = readFileSync(join(dir, name));
    return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  };
  return {
    fullCsv: read('esco-skills_en.csv.gz'),
    digitalCsv: read('digitalSkillsCollection_en.csv'),
    transversalCsv: read('transversalSkillsCollection_en.csv'),
    languageCsv: read('languageSkillsCollection_en.csv'),
    frCsv: read('esco-skills_fr.csv.gz'),
    esCsv: read('esco-skills_es.csv.gz'),
    onetTechnologyTsv: read('technology-skills.txt'),
    onetToolsTsv: read('onet-tools-used.txt.gz'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pack = buildSkillsPack(readSkillsSources());
  const files = writePack(pack);
  writeFileSync(join(dataDir, 'skills-pack.json'), files.en);
  writeFileSync(join(dataDir, 'skills-pack-fr.json'), files.fr);
  writeFileSync(join(dataDir, 'skills-pack-es.json'), files.es);
  const json = files.en;
  const count = (pred: (s: (typeof pack.skills)[number]) => boolean) =>
    pack.skills.filter(pred).length;
  console.log(
    `skills-pack.json: ${pack.skills.length} skills (${count((s) => s.kind === 'soft')} soft, ` +
      `${count((s) => s.id.startsWith('tool:'))} tools split from ESCO concepts, ` +
      `${count((s) => s.fr !== undefined)} with French and ${count((s) => s.es !== undefined)} with Spanish terms), ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB`,
  );
}
