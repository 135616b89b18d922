/**
 * Curated aliases for abbreviations and common spellings the ESCO/O*NET labels miss. An alias
 * whose id is already in the skills pack takes that skill's label and kind at match time.
 * @module
 */
import type { SkillAlias } from '../types';
import { RECRUITER_ALIASES } from './recruiter-aliases';

const ESCO = 'http://data.europa.eu/esco/skill/';

/** Technology aliases (raw terms; normalised when the matcher is built). */
const TECH_ALIASES: readonly SkillAlias[] = [
  { id: 'onet:43232701:kubernetes', label: 'Kubernetes', kind: 'hard', terms: ['k8s', 'kube'] },
  {
    id: `${ESCO}3cd569a2-4f88-4c1e-9995-8dce8c5e51a7`,
    label: 'JavaScript',
    kind: 'hard',
    terms: ['JS', 'ECMAScript', 'ES6'],
  },
  {
    id: `${ESCO}867137fb-ff1b-4ca3-99f3-cb6969aa2c68`,
    label: 'TypeScript',
    kind: 'hard',
    terms: ['TS'],
  },
  {
    id: 'onet:43232806:google-cloud-software',
    label: 'Google Cloud',
    kind: 'hard',
    terms: ['GCP', 'Google Cloud Platform'],
  },
  {
    id: 'onet:43232306:amazon-web-services-aws-software',
    label: 'Amazon Web Services',
    kind: 'hard',
    terms: ['AWS', 'Amazon Web Services'],
  },
  {
    id: 'onet:43232402:microsoft-azure-software',
    label: 'Microsoft Azure',
    kind: 'hard',
    terms: ['Azure'],
  },
  {
    id: 'alias:ci-cd',
    label: 'CI/CD',
    kind: 'hard',
    terms: [
      'CI/CD',
      'CICD',
      'continuous integration and continuous delivery',
      'continuous integration and continuous deployment',
      'continuous delivery',
      'continuous deployment',
    ],
  },
  {
    id: 'onet:43232402:go',
    label: 'Go',
    kind: 'hard',
    terms: ['Golang', 'Go programming language', 'Go language'],
  },
  {
    id: `${ESCO}a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996`,
    label: 'PostgreSQL',
    kind: 'hard',
    terms: ['Postgres', 'psql', 'Postgre SQL'],
  },
  {
    id: 'alias:infrastructure-as-code',
    label: 'infrastructure as code',
    kind: 'hard',
    terms: ['IaC', 'infrastructure as code', 'infrastructure-as-code'],
  },
  {
    id: 'alias:terraform',
    label: 'Terraform',
    kind: 'hard',
    terms: ['Terraform', 'HashiCorp Terraform', 'OpenTofu'],
  },
  {
    id: `${ESCO}3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43`,
    label: 'machine learning',
    kind: 'hard',
    terms: ['ML', 'machine-learning'],
  },
  {
    id: `${ESCO}fff0e2cd-d0bd-4b02-9daf-158b79d9688a`,
    label: 'natural language processing',
    kind: 'hard',
    terms: ['NLP'],
  },
  {
    id: `${ESCO}e465a154-93f7-4973-9ce1-31659fe16dd2`,
    label: 'principles of artificial intelligence',
    kind: 'hard',
    terms: ['AI', 'artificial intelligence'],
  },
  {
    id: `${ESCO}ccd0a1d9-afda-43d9-b901-96344886e14d`,
    label: 'Python',
    kind: 'hard',
    terms: ['Python3', 'Python 3'],
  },
  { id: 'onet:43232408:node-js', label: 'Node.js', kind: 'hard', terms: ['NodeJS', 'Node JS'] },
  { id: 'onet:43232408:react', label: 'React', kind: 'hard', terms: ['React.js', 'ReactJS'] },
  { id: 'onet:43232408:vue-js', label: 'Vue.js', kind: 'hard', terms: ['Vue', 'VueJS'] },
  {
    id: 'onet:43232408:hypertext-markup-language-html',
    label: 'HTML',
    kind: 'hard',
    terms: ['HTML', 'HTML5'],
  },
  { id: 'alias:nextjs', label: 'Next.js', kind: 'hard', terms: ['Next.js', 'NextJS'] },
  { id: 'alias:jest', label: 'Jest', kind: 'hard', terms: ['Jest'] },
  { id: 'alias:cypress', label: 'Cypress', kind: 'hard', terms: ['Cypress'] },
  { id: 'alias:databricks', label: 'Databricks', kind: 'hard', terms: ['Databricks'] },
  { id: 'alias:looker', label: 'Looker', kind: 'hard', terms: ['Looker'] },
  { id: 'alias:rust', label: 'Rust', kind: 'hard', terms: ['Rust', 'Rust lang', 'rustlang'] },
  {
    id: 'onet:43232701:github',
    label: 'GitHub',
    kind: 'hard',
    terms: ['GitHub Actions', 'GH Actions'],
  },
  { id: 'alias:git', label: 'Git', kind: 'hard', terms: ['Git'] },
  { id: 'onet:43232402:apache-kafka', label: 'Apache Kafka', kind: 'hard', terms: ['Kafka'] },
  { id: 'onet:43232314:apache-spark', label: 'Apache Spark', kind: 'hard', terms: ['PySpark'] },
  {
    id: 'onet:43232304:elasticsearch',
    label: 'Elasticsearch',
    kind: 'hard',
    terms: ['Elastic Search', 'ELK'],
  },
  {
    id: 'alias:microservices',
    label: 'microservices',
    kind: 'hard',
    terms: ['microservices', 'micro-services', 'microservice architecture'],
  },
  {
    id: 'alias:site-reliability-engineering',
    label: 'site reliability engineering',
    kind: 'hard',
    terms: ['SRE', 'site reliability engineering'],
  },
  {
    id: 'alias:observability',
    label: 'observability',
    kind: 'hard',
    terms: ['observability'],
  },
  {
    id: `${ESCO}f0de4973-0a70-4644-8fd4-3a97080476f4`,
    label: 'DevOps',
    kind: 'hard',
    terms: ['Dev Ops'],
  },
  {
    id: `${ESCO}dba46f87-0831-49cd-a1c7-340a653c0221`,
    label: 'Agile development',
    kind: 'hard',
    terms: ['Agile', 'Scrum', 'Kanban'],
  },
  {
    id: 'onet:43232110:microsoft-excel',
    label: 'Microsoft Excel',
    kind: 'hard',
    terms: ['MS Excel', 'MSExcel', 'Excel'],
  },
  {
    id: 'alias:ux-design',
    label: 'UX design',
    kind: 'hard',
    terms: ['UX', 'user experience design', 'UX/UI', 'UI/UX'],
  },
  {
    id: 'alias:large-language-models',
    label: 'large language models',
    kind: 'hard',
    terms: ['LLM', 'LLMs', 'large language models'],
  },
  {
    id: 'alias:data-engineering',
    label: 'data engineering',
    kind: 'hard',
    terms: ['data engineering', 'ETL', 'ELT', 'data pipelines'],
  },
  {
    id: 'alias:distributed-systems',
    label: 'distributed systems',
    kind: 'hard',
    terms: ['distributed systems'],
  },
  {
    id: `${ESCO}60c78287-22eb-4103-9c8c-28deaa460da0`,
    label: 'work in teams',
    kind: 'soft',
    terms: [
      'teamwork',

      'team player',
      'collaboration',
      'collaborative',
      'work collaboratively',
    ],
  },
  {
    id: 'alias:communication',
    label: 'communication',
    kind: 'soft',
    terms: [
      'communication skills',
      'communication',
      'communicate clearly',
      'written and verbal communication',
      'verbal and written communication',
    ],
  },
  {
    id: `${ESCO}adc6dc11-3376-467b-96c5-9b0a21edc869`,
    label: 'solve problems',
    kind: 'soft',
    terms: ['problem solving', 'problem-solving', 'problem solver'],
  },
  {
    id: `${ESCO}75d8e5d9-bef3-418b-9011-01bff9f27207`,
    label: 'lead others',
    kind: 'soft',
    terms: ['leadership', 'leadership skills'],
  },
  {
    id: `${ESCO}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`,
    label: 'attend to detail',
    kind: 'soft',
    terms: ['attention to detail', 'detail-oriented', 'detail oriented'],
  },
  {
    id: `${ESCO}7dd94ad3-13d6-43fe-8b94-51fcbf67ced9`,
    label: 'think critically',
    kind: 'soft',
    terms: ['critical thinking'],
  },
  {
    id: `${ESCO}d9013e0e-e937-43d5-ab71-0e917ee882b8`,
    label: 'manage time',
    kind: 'soft',
    terms: ['time management'],
  },
  {
    id: `${ESCO}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`,
    label: 'adapt to change',
    kind: 'soft',
    terms: ['adaptability', 'adaptable', 'flexibility'],
  },
  {
    id: `${ESCO}9bf266a6-188b-4d17-a22f-2f266d76832b`,
    label: 'demonstrate willingness to learn',
    kind: 'soft',
    terms: ['eager to learn', 'growth mindset', 'curiosity'],
  },
];

/**
 * Alias table: the technology aliases, then the recruiter terms. Marked pure so that bundles
 * importing anything else from lib/skills (the content script's job reader) leave it out.
 */
export const SKILL_ALIASES: readonly SkillAlias[] =
  /* @__PURE__ */ TECH_ALIASES.concat(RECRUITER_ALIASES);
