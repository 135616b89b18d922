/**
 * Node-only script (`npm run skills:pack`): reads the bundled ESCO/O*NET sources in
 * lib/skills/data/source/ and writes lib/skills/data/skills-pack.json.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSkillsPack, type SkillsPackSources, serialisePack } from './pack-builder';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Reads the four source files from lib/skills/data/source/. */
export function readSkillsSources(dir: string = join(dataDir, 'source')): SkillsPackSources {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    digitalCsv: read('digitalSkillsCollection_en.csv'),
    transversalCsv: read('transversalSkillsCollection_en.csv'),
    languageCsv: read('languageSkillsCollection_en.csv'),
    onetTechnologyTsv: read('technology-skills.txt'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pack = buildSkillsPack(readSkillsSources());
  const json = serialisePack(pack);
  const out = join(dataDir, 'skills-pack.json');
  writeFileSync(out, json);
  const kinds = { hard: 0, soft: 0 };
  for (const s of pack.skills) kinds[s.kind]++;
  console.log(
    `skills-pack.json: ${pack.skills.length} skills (${kinds.hard} hard, ${kinds.soft} soft), ${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB`,
  );
}
