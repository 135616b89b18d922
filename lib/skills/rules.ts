/**
 * Precision rules as data. Each rule says why it exists and carries examples — most from real
 * postings in the project's real-world set — of text where its skill must and must not be found;
 * test/unit/skills/precision-rules.test.ts runs every example, so each rule is tested and a rule
 * without examples fails. The matcher (matcher.ts) applies them; nothing else decides precision.
 * @module
 */
import type { Token } from './normalize';
import { type RuleExample, WORD_RULES, type WordRule } from './word-rules';

export { type RuleExample, WORD_RULES, type WordRule } from './word-rules';

/** A rule not tied to one word. */
export interface PrecisionRule {
  readonly why: string;
  readonly examples: readonly RuleExample[];
}

/** Normalised single-token terms never matched on their own (pronouns, everyday words). */
export const BLOCKED_TERMS: ReadonlySet<string> = new Set(
  (
    'it a i as do in on or and the to be is at by of for with an we us up so no if me my our ' +
    'you all one rest email design base make data link note press play drive did less call ' +
    'source electronic computer formula plan chip cops rage alarm sensor ict ' +
    'controller encoder hydraulic pneumatic act access level levels dy energy term pattern ' +
    'search web internet online digital mobile cloud office team project training support ' +
    'care health service people culture security ecosystem platform scale'
  ).split(' '),
);

/**
 * Everyday phrases that ESCO lists as labels of unrelated concepts ("support staff" of "guide
 * staff", "geographical regions" of "geographic areas"): never a skill, whatever they claim.
 */
export const BLOCKED_PHRASES: ReadonlySet<string> = new Set([
  'support staff',
  'geographical region',
  'geographic region',
  'geographical area',
]);

/** Organisations whose bare name is not a skill ("Google" is search engines in ESCO). */
export const ORGANISATION_TERMS: ReadonlySet<string> = new Set(
  'google amazon apple microsoft facebook meta alphabet nvidia nhs'.split(' '),
);

/** Common English words that are also product names: match only when capitalised. */
export const CAPITALISED_ONLY: ReadonlySet<string> = new Set(
  (
    'chef puppet spark swift slack word outlook box react express flask ' +
    'hive pig storm ruby shell unity ant jest mocha ember backbone meteor elm dart julia ' +
    'crystal sage oracle visio publisher teams zoom notion asana monday basecamp ' +
    'trello jira confluence bamboo camel pulse compass maple sketch figma canvas blackboard ' +
    'moodle quicken peachtree eclipse atom vim emacs perl logo scheme prolog lisp smalltalk ' +
    'apex agile scrum kanban git vue rust kube node hack scratch harvest turing salt absorb ' +
    'euphoria fantom dylan occam ada drone cuneiform shiva ning airflow snowflake nginx'
  ).split(' '),
);

/** Words next to a term that show it is a technology ("R programming", "Go developer"). */
const TECH_CUES: ReadonlySet<string> = new Set(
  (
    'programming language lang developer development engineer code coding stack backend ' +
    'service microservice compiler library framework script spreadsheet pivot vlookup macro ' +
    'software tool statistical studio'
  ).split(' '),
);

/** Words that start a degree or qualification ("BS in Computer Science"). */
const DEGREE_CUE =
  /\b(?:B\.?S\.?c?|B\.?A\.?|B\.?Eng|M\.?S\.?c?|M\.?Eng|MBA|Ph\.?D\.?|BTech|MTech|[Bb]achelor(?:'s|’s|s)?|[Mm]aster(?:'s|’s|s)?|[Dd]egree|[Dd]iploma|[Dd]octorate)\b/g;
/** The field of study follows "in" or "of" close after the degree word. */
const DEGREE_FIELD = /^[^.;:\n•]{0,40}?\b(?:in|of)\s/;
/** Where a degree's field list ends. */
const DEGREE_END =
  /[;:\n•]|\.(?=\s+\p{Lu}|\s*$)|\b(?:and|with|plus|including|experience|years?)\b/u;

/** Rules not tied to one word, each with its examples. */
export const PRECISION_RULES: Readonly<Record<string, PrecisionRule>> = {
  blockedWords: {
    why: 'Everyday words that ESCO or O*NET use as a product or concept name (Act!, Microsoft Access, "energy").',
    examples: [
      {
        text: 'Act as a role model and ensure patients have access to care.',
        label: 'Act!',
        found: false,
      },
      {
        text: 'Act as a role model and ensure patients have access to care.',
        label: 'Microsoft Access',
        found: false,
      },
      { text: 'Reporting in Microsoft Access and SQL.', label: 'Microsoft Access', found: true },
    ],
  },
  organisations: {
    why: 'A posting by Google is not a "search engines" skill; a company name is never a skill alone.',
    examples: [
      {
        text: 'Google is and always will be an engineering company.',
        label: 'search engines',
        found: false,
      },
      {
        text: 'Google is and always will be an engineering company.',
        label: 'Google',
        found: false,
      },
      {
        text: 'Experience with Google Cloud Platform and BigQuery.',
        label: 'Google Cloud',
        found: true,
      },
      { text: 'Optimise our ranking on search engines.', label: 'search engines', found: true },
    ],
  },
  blockedPhrases: {
    why: 'ESCO lists some everyday phrases as labels of unrelated concepts; in a posting they are never that skill.',
    examples: [
      {
        text: 'You will assist and support staff in the management of the ward.',
        label: 'guide staff',
        found: false,
      },
      {
        text: 'Security programs across geographical regions.',
        label: 'geographic areas',
        found: false,
      },
      { text: 'Guide staff through the new rota.', label: 'guide staff', found: true },
    ],
  },
  hiringOrganisation: {
    why: 'The hiring organisation named in the posting (its company field) is never a skill there.',
    examples: [
      {
        text: 'At Salesforce we build trust.',
        label: 'Salesforce',
        found: false,
        ignore: ['Salesforce'],
      },
      { text: 'Administer Salesforce CRM for our sales team.', label: 'Salesforce', found: true },
    ],
  },
  degreeLines: {
    why: 'A degree line names a qualification, not a skill: "BS in Computer Science" is not the "computer science" skill.',
    examples: [
      {
        text: 'BS degree in Computer Science, similar technical field of study or equivalent practical experience.',
        label: 'computer science',
        found: false,
      },
      {
        text: "Bachelor's degree in Engineering, Physics or Mathematics.",
        label: 'physics',
        found: false,
      },
      {
        text: 'MS or PhD in Engineering, Physics, Computer Science, or a related field. Proficiency in Python.',
        label: 'Python',
        found: true,
      },
      {
        text: 'Knowledge of computer science and statistics.',
        label: 'computer science',
        found: true,
      },
    ],
  },
  teamNames: {
    why: 'A team or department name ("our Site Reliability Engineering team") describes the employer, not a requirement.',
    examples: [
      {
        text: 'You will join the Cloud Storage team in Zurich.',
        label: 'cloud storage',
        found: false,
      },
      {
        text: 'Experience with cloud storage and Kubernetes.',
        label: 'cloud storage',
        found: true,
      },
    ],
  },
};

/**
 * Local verdict for a single-token hit: `false` rejects it, `'ok'` accepts it, `'context'`
 * accepts it only in a tech context (another hard skill nearby or a cue word).
 */
export function checkLocalRule(
  text: string,
  tokens: readonly Token[],
  index: number,
): false | 'ok' | 'context' {
  const tok = tokens[index];
  if (!tok) return false;
  if (BLOCKED_TERMS.has(tok.norm) || ORGANISATION_TERMS.has(tok.norm)) return false;
  const rule = WORD_RULES[tok.norm];
  if (rule) return wordVerdict(rule, text, tokens, index);
  if (CAPITALISED_ONLY.has(tok.norm)) {
    if (!/^\p{Lu}/u.test(tok.raw)) return false;
    // A capital at the start of a sentence proves nothing ("Access to …").
    return /(^|[.!?:\n•*-])\s*$/.test(text.slice(Math.max(0, tok.start - 4), tok.start))
      ? 'context'
      : 'ok';
  }
  if (tok.norm.length <= 2) return tok.raw === tok.raw.toUpperCase() ? 'ok' : false;
  return 'ok';
}

/** A cue word right before or after the token ("R programming", "Go developer"). */
export function hasCueWord(tokens: readonly Token[], index: number): boolean {
  const prev = tokens[index - 1]?.norm ?? '';
  const next = tokens[index + 1]?.norm ?? '';
  return TECH_CUES.has(next) || TECH_CUES.has(prev) || next === 'golang';
}

/**
 * Token positions no skill may start at: the hiring organisation's name, degree lines' fields of
 * study, and team names ("the Cloud Storage team").
 */
export function ignoredSpans(
  text: string,
  tokens: readonly Token[],
  ignore: readonly string[],
): Set<number> {
  const out = new Set<number>();
  const names = ignore.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 2);
  if (names.length > 0) {
    const lower = text.toLowerCase();
    tokens.forEach((t, i) => {
      if (names.some((n) => lower.startsWith(n, t.start))) out.add(i);
    });
  }
  for (const m of text.matchAll(DEGREE_CUE)) {
    const after = (m.index ?? 0) + m[0].length;
    const field = DEGREE_FIELD.exec(text.slice(after, after + 60));
    if (!field) continue;
    const from = after + field[0].length;
    const rest = text.slice(from, from + 200);
    const stop = DEGREE_END.exec(rest);
    const until = from + (stop ? stop.index : rest.length);
    tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= until) out.add(i);
    });
  }
  tokens.forEach((t, i) => {
    if (t.norm !== 'team' || i < 2) return;
    // "the/our/join <Name …> team": the words between the determiner and "team".
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const norm = tokens[j]?.norm ?? '';
      if (norm === 'the' || norm === 'our' || norm === 'your') {
        for (let k = j + 1; k < i; k++) out.add(k);
        break;
      }
    }
  });
  return out;
}

function wordVerdict(
  rule: WordRule,
  text: string,
  tokens: readonly Token[],
  index: number,
): false | 'ok' | 'context' {
  const tok = tokens[index] as Token;
  if (!rule.forms.includes(tok.raw)) return false;
  const before = text[tok.start - 1] ?? ' ';
  const after = text[tok.end] ?? ' ';
  if (rule.badNeighbours.includes(before) || rule.badNeighbours.includes(after)) return false;
  const next = tokens[index + 1];
  if (next && rule.badNextWords.includes(next.norm) && !isListBreak(text, tok.end, next.start)) {
    return false;
  }
  const nearby = tokens.slice(index + 1, index + 7).map((t) => t.norm);
  if (rule.badNearbyWords?.some((w) => nearby.includes(w))) return false;
  return rule.needsTechContext ? 'context' : 'ok';
}

function isListBreak(text: string, from: number, to: number): boolean {
  return /[,;/|()•·\n]/.test(text.slice(from, to));
}
