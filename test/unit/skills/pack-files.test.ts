// The skills pack as the extension ships it (lib/skills/pack-files.ts): the shipped files put
// back together make the same matcher as the committed pack, and none of them reaches the size
// at which AMO's linter stops parsing a file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMITTED_PACK_FILES,
  createDefaultSkillMatcher,
  loadSkillMatcher,
  SHIPPED_PACK_FILES,
  shippedPackFiles,
} from '../../../lib/skills';

const DATA = join(import.meta.dirname, '../../../lib/skills/data');
const committed = (file: string) => readFileSync(join(DATA, file), 'utf8');
// addons-linter's MAX_FILE_SIZE_TO_PARSE_MB (5), with room for the pack to grow.
const AMO_PARSE_LIMIT = 5 * 1024 * 1024;

describe('the shipped skills pack', () => {
  const shipped = shippedPackFiles(committed);

  it('ships the four files the loader reads, each under the linter’s parse limit', () => {
    expect(shipped.map((entry) => entry.file)).toEqual([...SHIPPED_PACK_FILES]);
    for (const { file, text } of shipped)
      expect(Buffer.byteLength(text), file).toBeLessThan(AMO_PARSE_LIMIT * 0.9);
    // The committed English pack alone is over it: the cut is what keeps lint clean.
    expect(Buffer.byteLength(committed(COMMITTED_PACK_FILES[0]))).toBeGreaterThan(AMO_PARSE_LIMIT);
  });

  it('makes the same matcher as the committed pack', async () => {
    const byName = new Map(shipped.map(({ file, text }) => [file, JSON.parse(text) as unknown]));
    const fromShipped = await loadSkillMatcher(async (file) => byName.get(file));
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

  it('fails loudly when a file is missing, rather than matching nothing', async () => {
    await expect(
      loadSkillMatcher(async (file) => {
        if (file === 'skills-pack-terms.json') throw new Error('skills pack: 404');
        return JSON.parse(shipped.find((entry) => entry.file === file)?.text ?? 'null');
      }),
    ).rejects.toThrow(/404/);
  });
});
