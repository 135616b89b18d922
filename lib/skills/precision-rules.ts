/**
 * The precision rules' data: words and phrases never read as skills, organisations, words that
 * are products only when capitalised, and the rules not tied to one word, each with why and its
 * examples (run by test/unit/skills/precision-rules.test.ts). rules.ts applies them.
 * @module
 */
import type { RuleExample } from './word-rules';

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
