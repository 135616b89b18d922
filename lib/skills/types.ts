/**
 * Data shapes of the skills pack (built from ESCO 1.2.0 and O*NET 29.3) and of matcher hits.
 * @module
 */

/** `hard` = technical/tool/language skill; `soft` = ESCO transversal skill. */
export type SkillKind = 'hard' | 'soft';

/** One skill concept with its normalised surface forms. */
export interface SkillEntry {
  /** ESCO concept URI, `onet:<commodity code>:<slug>` or `alias:<slug>`. */
  readonly id: string;
  /** Display label (ESCO preferredLabel or O*NET example). */
  readonly label: string;
  readonly kind: SkillKind;
  /** Normalised English terms (output of `normalise`), space-separated tokens. */
  readonly terms: readonly string[];
  /**
   * Broader ESCO concepts of a tool ("Keras" → computer vision): a credential aligned to one of
   * them backs this skill, shown as "via <broader>".
   */
  readonly broader?: readonly string[];
  /** Normalised French terms (ESCO v1.0 labels), read in a posting detected as French. */
  readonly fr?: readonly string[];
  /** Normalised Spanish terms (ESCO v1.0 labels), read in a posting detected as Spanish. */
  readonly es?: readonly string[];
}

/** The generated, versioned skills pack (`lib/skills/data/skills-pack.json`). */
export interface SkillsPack {
  readonly version: 3;
  readonly attribution: readonly string[];
  readonly skills: readonly SkillEntry[];
}

/**
 * A curated alias. `id` either names a pack skill (its kind comes from the pack; `label` becomes
 * the display label) or is a new `alias:<slug>` concept. Terms are raw text, normalised when the
 * matcher is built (so acronym casing is seen by the normaliser).
 */
export interface SkillAlias {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly terms: readonly string[];
  /** Broader ESCO concepts a credential may be aligned to instead ("Grafana" → observability). */
  readonly broader?: readonly string[];
}

/** One skill found in text, with the exact evidence span of its first occurrence. */
export interface SkillHit {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  /** The exact original substring, `text.slice(start, end)`. */
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
}
