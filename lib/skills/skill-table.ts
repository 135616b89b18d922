/**
 * The matcher's skills, by number (a term's owner) and by id: built at once from the committed
 * JSON rows (Node: CLI and tests), or read one row at a time out of the shipped binary table (the
 * popup), where a skill is decoded only when a posting names it and ids are found by binary
 * search over the table's id order. The curated aliases go on top of either.
 * @module
 */
import { longId, shortId } from './pack-format';
import { bytesAt, compareAt, lowerBoundBytes, type StringTable } from './string-table';
import type { SkillAlias, SkillKind } from './types';

export interface SkillInfo {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly broader: readonly string[];
}

export interface SkillTable {
  /** The skill numbered `i` (a term's owner). */
  at(i: number): SkillInfo | undefined;
  /** The number of the skill `id` (ESCO URI or other id). */
  indexOf(id: string): number | undefined;
  readonly size: number;
}

const NONE: readonly string[] = [];
const TAB = 0x09;

/** A compact row, `[shortId, label, "h"|"s", "broader broader"?]`, as a skill. */
export function skillOfRow(row: readonly string[]): SkillInfo {
  const [short = '', label = '', kind, broader] = row;
  return {
    id: longId(short),
    label,
    kind: kind === 's' ? 'soft' : 'hard',
    broader: broader ? broader.split(' ').map(longId) : NONE,
  };
}

/** The committed JSON's rows, every skill made at once. */
export function rowSkillTable(rows: readonly (readonly string[])[]): SkillTable {
  const skills = rows.map(skillOfRow);
  const byId = new Map(skills.map((s, i) => [s.id, i]));
  return { at: (i) => skills[i], indexOf: (id) => byId.get(id), size: skills.length };
}

/** The shipped table's rows (`shortId\tlabel\tkind\tbroader`; column: row numbers in id order). */
export function binarySkillTable(table: StringTable): SkillTable {
  const decoder = new TextDecoder();
  const made = new Map<number, SkillInfo>();
  const encoder = new TextEncoder();
  return {
    at(i) {
      if (!(i >= 0 && i < table.count)) return undefined;
      let skill = made.get(i);
      if (skill === undefined) {
        skill = skillOfRow(decoder.decode(bytesAt(table, i)).split('\t'));
        made.set(i, skill);
      }
      return skill;
    },
    indexOf(id) {
      const key = encoder.encode(shortId(id));
      const k = lowerBoundBytes(table, key, table.column, TAB);
      const row = table.column[k];
      return row !== undefined && compareAt(table, row, key, TAB) === 0 ? row : undefined;
    },
    size: table.count,
  };
}

/**
 * `base` with the curated aliases on top: an alias of a pack skill gives it its display label
 * ("Amazon Web Services" over O*NET's "… AWS software"), any other becomes a skill of its own.
 * Calls `term` for every alias term with the number of its skill.
 */
export function withAliases(
  base: SkillTable,
  aliases: readonly SkillAlias[],
  term: (text: string, skill: number) => void,
): SkillTable {
  const changed = new Map<number, SkillInfo>();
  const added = new Map<string, number>();
  for (const a of aliases) {
    let idx = added.get(a.id) ?? base.indexOf(a.id);
    const known = idx === undefined ? undefined : (changed.get(idx) ?? base.at(idx));
    if (idx === undefined || known === undefined) {
      idx = base.size + added.size;
      added.set(a.id, idx);
      changed.set(idx, { id: a.id, label: a.label, kind: a.kind, broader: a.broader ?? NONE });
    } else {
      changed.set(idx, { ...known, label: a.label, broader: a.broader ?? known.broader });
    }
    for (const text of a.terms) term(text, idx);
  }
  return {
    at: (i) => changed.get(i) ?? base.at(i),
    indexOf: (id) => added.get(id) ?? base.indexOf(id),
    size: base.size + added.size,
  };
}
