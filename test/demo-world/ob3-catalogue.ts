// The Open Badges 3.0 credentials the demo world's own issuer signs (did:key university,
// did:web institute): names, dates, status-list entries, whom each is issued to
// (credentialSubject.name and its mailto: id) and the verdict each must get.

import type { Expected, Holder } from './catalogue';

export type Ob3Spec = {
  /** Whose page lists it, and (unless overridden below) whom it is issued to. */
  holder: Holder;
  /** `credentialSubject.name` when not the holder's own name (a variant, or someone else). */
  subjectName?: string;
  /** The `mailto:` of `credentialSubject.id` when not the holder's own email. */
  email?: string;
  /** Served at /issuer/credentials/<file> (or /issuer/badges/<file> for a PNG). */
  file: string;
  name: string;
  description: string;
  skills: string[];
  /** did:key university, or did:web institute. */
  issuer: 'university' | 'institute';
  validFrom: string;
  validUntil?: string;
  /** Index on the university's status list; revoked entries have their bit set. */
  statusIndex?: number;
  /** A status list somewhere else instead (https; the demo world refuses it like a CORS failure). */
  statusListUrl?: string;
  revoked?: true;
  /** The name written into the document after signing (breaks the proof). */
  tamperedName?: string;
  expected: Expected;
};

export const STATUS_INDEX_REVOKED = 42;
/** The status-list host the demo world refuses at the network level (see server.ts). */
export const UNREACHABLE_STATUS_HOST = 'status.unreachable.example';

export const OB3 = {
  vcEngineer: {
    file: 'ada-vc-engineer.json',
    holder: 'ada',
    name: 'Verifiable Credentials Engineer',
    description: 'Designs, issues and verifies W3C Verifiable Credentials and Open Badges 3.0.',
    skills: ['Verifiable Credentials', 'Cryptography', 'JSON-LD'],
    issuer: 'university',
    validFrom: '2026-01-20T00:00:00Z',
    validUntil: '2029-01-20T00:00:00Z',
    statusIndex: 7,
    expected: 'verified',
  },
  engine: {
    file: 'ada-analytical-engine.json',
    holder: 'ada',
    name: 'Analytical Engine Programming',
    description: 'Writes programs for the Analytical Engine, including Bernoulli numbers.',
    skills: ['Algorithms', 'Go', 'Programming'],
    issuer: 'institute',
    validFrom: '2026-01-05T00:00:00Z',
    expected: 'verified',
  },
  cloudSecurity: {
    file: 'ada-cloud-security.json',
    holder: 'ada',
    name: 'Cloud Security Fundamentals',
    description: 'Secures workloads on public clouds.',
    skills: ['AWS', 'Security', 'IAM'],
    issuer: 'university',
    validFrom: '2025-10-01T00:00:00Z',
    statusIndex: STATUS_INDEX_REVOKED,
    revoked: true,
    expected: 'revoked',
  },
  distributed: {
    file: 'ada-distributed-systems.json',
    holder: 'ada',
    name: 'Distributed Systems Foundations',
    description: 'Consensus, replication and failure handling in distributed systems.',
    skills: ['Distributed Systems', 'Consensus'],
    issuer: 'university',
    validFrom: '2023-01-10T00:00:00Z',
    validUntil: '2025-01-10T00:00:00Z',
    expected: 'expired',
  },
  kubernetesSecurity: {
    file: 'ada-kubernetes-security.json',
    holder: 'ada',
    name: 'Kubernetes Security Associate',
    description: 'Hardens Kubernetes clusters and supply chains.',
    skills: ['Kubernetes', 'Security'],
    issuer: 'university',
    validFrom: '2026-01-25T00:00:00Z',
    tamperedName: 'Kubernetes Security Specialist',
    expected: 'invalid',
  },
  machineLearning: {
    file: 'machine-learning-engineer-badge.png',
    holder: 'ada',
    name: 'Machine Learning Engineer',
    description: 'Builds, evaluates and ships machine learning systems.',
    skills: ['Machine Learning', 'Python'],
    issuer: 'university',
    validFrom: '2026-01-08T00:00:00Z',
    expected: 'verified',
  },
  compilers: {
    file: 'grace-compiler-construction.jwt',
    holder: 'grace',
    name: 'Compiler Construction',
    description: 'Designs and implements compilers, from parsing to code generation.',
    skills: ['Compilers', 'Programming Languages'],
    issuer: 'university',
    validFrom: '2026-01-12T00:00:00Z',
    expected: 'verified',
  },
  navalData: {
    file: 'grace-naval-data-systems.json',
    holder: 'grace',
    name: 'Naval Data Systems Architecture',
    description: 'Architects data processing systems for large organisations.',
    skills: ['Data Processing', 'Systems Architecture'],
    issuer: 'institute',
    validFrom: '2026-02-01T00:00:00Z',
    expected: 'verified',
  },
  platformOps: {
    file: 'katherine-platform-operations.json',
    holder: 'katherine',
    name: 'Kubernetes Platform Operations',
    description:
      'Runs production Kubernetes platforms: cluster upgrades, Terraform modules and CI/CD pipelines.',
    skills: ['Kubernetes', 'Terraform', 'CI/CD'],
    issuer: 'university',
    validFrom: '2026-03-02T00:00:00Z',
    validUntil: '2029-03-02T00:00:00Z',
    statusIndex: 11,
    expected: 'verified',
  },
  cloudEngineering: {
    file: 'katherine-aws-cloud-engineering.json',
    holder: 'katherine',
    name: 'AWS Cloud Engineering',
    description:
      'Designs AWS accounts, IAM policies and networks; writes infrastructure tools in Go.',
    skills: ['AWS', 'IAM', 'Go'],
    issuer: 'institute',
    validFrom: '2026-04-14T00:00:00Z',
    expected: 'verified',
  },
  costOptimisation: {
    file: 'katherine-cloud-cost.json',
    holder: 'katherine',
    name: 'Cloud Cost Optimisation',
    description: 'Plans and tracks cloud spending; rightsizes AWS workloads.',
    skills: ['FinOps', 'AWS'],
    issuer: 'university',
    validFrom: '2026-05-04T00:00:00Z',
    statusIndex: 3,
    // A host Credlens has no permission for and that sends no CORS headers: "could not check",
    // and the popup offers to allow it.
    statusListUrl: `https://${UNREACHABLE_STATUS_HOST}/lists/7`,
    expected: 'unverifiable',
  },
  // Jordan Rivera's page (holder binding): one in his name, one in a shorter form of it, and a
  // genuine credential in someone else's name that his page lists as his.
  delivery: {
    file: 'jordan-cloud-native-delivery.json',
    holder: 'jordan',
    name: 'Cloud Native Delivery',
    description: 'Runs Kubernetes platforms and the Terraform that provisions them.',
    skills: ['Kubernetes', 'Terraform'],
    issuer: 'university',
    validFrom: '2026-02-16T00:00:00Z',
    expected: 'verified',
  },
  goServices: {
    file: 'jordan-go-services.json',
    holder: 'jordan',
    subjectName: 'J. Rivera',
    name: 'Go Services Engineering',
    description: 'Builds and operates network services in Go.',
    skills: ['Go'],
    issuer: 'institute',
    validFrom: '2026-03-09T00:00:00Z',
    expected: 'verified',
  },
  borrowed: {
    file: 'mallory-aws-delivery-pipelines.json',
    holder: 'jordan',
    subjectName: 'Mallory Impostor',
    email: 'mallory@impostor.example',
    name: 'AWS Delivery Pipelines',
    description: 'Builds CI/CD pipelines that deploy to AWS.',
    skills: ['AWS', 'CI/CD'],
    issuer: 'university',
    validFrom: '2026-01-27T00:00:00Z',
    expected: 'misattributed',
  },
} satisfies Record<string, Ob3Spec>;

/** Path of a catalogue credential: /issuer/credentials/<file>, or /issuer/badges/<file> for a PNG. */
export function credentialPath(spec: Ob3Spec): string {
  return spec.file.endsWith('.png')
    ? `/issuer/badges/${spec.file}`
    : `/issuer/credentials/${spec.file}`;
}
