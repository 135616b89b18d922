/**
 * Rules for single words that are also skill names ("Go", "R", "Excel", "Swift", "React"): how
 * the word must look, what must not touch it, what following words reveal ordinary language,
 * and whether it needs a technical context. Each carries examples (see rules.ts).
 * @module
 */

/** One example: in `text`, the skill labelled `label` is (or is not) found. */
export interface RuleExample {
  readonly text: string;
  readonly label: string;
  readonly found: boolean;
  /** Names passed as `FindOptions.ignore` (the hiring organisation). */
  readonly ignore?: readonly string[];
}

/** How a single-token term must look in the original text to count. */
export interface WordRule {
  readonly why: string;
  /** The exact original spellings accepted (case-sensitive). */
  readonly forms: readonly string[];
  /** Needs another skill nearby or a cue word ("programming", "language") next to it. */
  readonly needsTechContext: boolean;
  /** Characters that must not touch the token on either side (e.g. "&" for R&D, "-" for go-getter). */
  readonly badNeighbours: string;
  /** Following words that reveal ordinary English ("go to", "excel at"). */
  readonly badNextWords: readonly string[];
  /** Words within the next six that show another sense ("recruiting … partners"). */
  readonly badNearbyWords?: readonly string[];
  readonly examples: readonly RuleExample[];
}

const GO_NEXT =
  'to live ahead beyond getter through above back for with get out on into the a an further deep far over from in up down market big extra home team'.split(
    ' ',
  );

/** The rule table, keyed by normalised term. */
export const WORD_RULES: Readonly<Record<string, WordRule>> = {
  go: {
    why: '"go to market", "go-getter", "on the go" are English; Go the language comes with other tech.',
    forms: ['Go', 'GO'],
    needsTechContext: true,
    badNeighbours: "-'’",
    badNextWords: GO_NEXT,
    examples: [
      { text: 'Backend services in Go, Python and PostgreSQL.', label: 'Go', found: true },
      { text: 'Go to market with Python and AWS.', label: 'Go', found: false },
      { text: 'You are a Go-getter who loves Python and Kubernetes.', label: 'Go', found: false },
    ],
  },
  r: {
    why: 'R&D, "R and D" and initials are not the R language.',
    forms: ['R'],
    needsTechContext: true,
    badNeighbours: "&-'’.",
    badNextWords: ['and', 'd', 'n'],
    examples: [
      { text: 'Statistics with R, Python and SQL.', label: 'R', found: true },
      { text: 'Work with our R&D team on Python and SQL tooling.', label: 'R', found: false },
    ],
  },
  c: {
    why: 'C-level, C-suite and grades are not the C language.',
    forms: ['C'],
    needsTechContext: true,
    badNeighbours: "&-'’.",
    badNextWords: ['level', 'suite', 'corp', 'corporation'],
    examples: [
      { text: 'Languages: C, Rust, Python.', label: 'C', found: true },
      { text: 'Present to C-level and C-suite leaders about AWS.', label: 'C', found: false },
    ],
  },
  excel: {
    why: '"excel at" is a verb; Excel the spreadsheet comes with other tools.',
    forms: ['Excel', 'EXCEL'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['at', 'in', 'as', 'with', 'when', 'under', 'on', 'by', 'and', 'beyond'],
    examples: [
      { text: 'Tools: Excel, SQL, Tableau.', label: 'Microsoft Excel', found: true },
      { text: 'Candidates who Excel at SQL reporting.', label: 'Microsoft Excel', found: false },
    ],
  },
  react: {
    why: '"React to fast-changing situations" (a real security post) is a verb, known by the word after it.',
    forms: ['React'],
    needsTechContext: false,
    badNeighbours: '',
    badNextWords: ['to', 'quickly', 'swiftly', 'fast', 'appropriately', 'calmly', 'promptly'],
    examples: [
      { text: 'Front end in React, TypeScript and GraphQL.', label: 'React', found: true },
      {
        text: 'Detect and React to security incidents using SIEM tooling and Python.',
        label: 'React',
        found: false,
      },
      { text: 'You can prototype in React.', label: 'React', found: true },
    ],
  },
  swift: {
    why: '"swift response" is an adjective; Swift the language comes with iOS tech.',
    forms: ['Swift'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['response', 'action', 'decision', 'turnaround', 'resolution'],
    examples: [
      {
        text: 'iOS apps in Swift and Objective-C.',
        label: 'Swift (computer programming)',
        found: true,
      },
      {
        text: 'Swift response to customer escalations is key.',
        label: 'Swift (computer programming)',
        found: false,
      },
    ],
  },
  spark: {
    why: '"spark ideas" is a verb; Apache Spark comes with data tech.',
    forms: ['Spark'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['ideas', 'interest', 'conversation', 'curiosity', 'joy', 'change', 'innovation'],
    examples: [
      { text: 'Pipelines in Spark, Kafka and Airflow.', label: 'Apache Spark', found: true },
      {
        text: 'Spark conversations with clients and partners.',
        label: 'Apache Spark',
        found: false,
      },
    ],
  },
  chef: {
    why: 'A chef cooks; Chef the configuration tool comes with infrastructure tech.',
    forms: ['Chef'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['de', 'and', 'position', 'role'],
    examples: [
      {
        text: 'Configuration management with Chef, Ansible and Terraform.',
        label: 'Chef',
        found: true,
      },
      { text: 'Chef de partie wanted for our hotel kitchen.', label: 'Chef', found: false },
    ],
  },
  recruiting: {
    why: 'Recruiting partners, customers or members is business development, not hiring people.',
    forms: ['recruiting', 'Recruiting', 'RECRUITING'],
    needsTechContext: false,
    badNeighbours: '',
    badNextWords: [],
    badNearbyWords: [
      'partner',
      'partnership',
      'customer',
      'member',
      'participant',
      'user',
      'volunteer',
      'reseller',
    ],
    examples: [
      {
        text: 'Establish partner strategy that will determine recruiting and partner development.',
        label: 'recruitment',
        found: false,
      },
      {
        text: '2 years of full-cycle recruiting experience in an agency.',
        label: 'recruitment',
        found: true,
      },
      { text: 'Recruiting experience in a corporate setting.', label: 'recruitment', found: true },
    ],
  },
  puppet: {
    why: 'A puppet show is not Puppet the configuration tool.',
    forms: ['Puppet'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['show', 'shows', 'theatre', 'theater'],
    examples: [
      {
        text: 'Puppet, Chef or Ansible for configuration management.',
        label: 'Puppet',
        found: true,
      },
      { text: 'Puppet show for the children on Fridays.', label: 'Puppet', found: false },
    ],
  },
};
