// What the demo world knows about: the provider badges (Credly, Badgr, Accredible) it serves
// behind /providers/<host>/…, and the Open Badges 3.0 credentials its own issuer signs. Fixed
// ids, names and dates, so pages, API answers and tests agree without sharing state.

export type Expected =
  | 'verified'
  | 'confirmed'
  | 'expired'
  | 'revoked'
  | 'invalid'
  | 'unverifiable'
  /** Genuine, but issued to someone other than the person the page is about (holder binding). */
  | 'misattributed'
  | 'none';

export type CredlyIssuer = { uuid: string; name: string; url: string };

export type Holder = 'ada' | 'grace' | 'katherine' | 'jordan';

export const HOLDERS: Record<Holder, { name: string; email: string }> = {
  ada: { name: 'Ada Lovelace', email: 'ada@analytical-engines.example' },
  grace: { name: 'Grace Hopper', email: 'grace@cobol.example' },
  katherine: { name: 'Katherine Johnson', email: 'katherine@trajectories.example' },
  jordan: { name: 'Jordan Rivera', email: 'jordan.rivera@orbital-ops.example' },
};

export type CredlyBadge = {
  uuid: string;
  holder: Holder;
  classUuid: string;
  issuer: CredlyIssuer;
  name: string;
  description: string;
  skills: string[];
  issuedOn: string;
  expires?: string;
  /** Answered with 410 Gone and `{"revoked":true}`, as Credly does. */
  revoked?: true;
  /** Local stand-in for the badge artwork on images.credly.com (/assets/credly/<slug>.svg). */
  slug: string;
  color: string;
};

const LINUX_FOUNDATION: CredlyIssuer = {
  uuid: 'f4b8791a-6a47-4a8a-9f2b-1c0c6f0c2a11',
  name: 'The Linux Foundation',
  url: 'https://training.linuxfoundation.org',
};
const AWS: CredlyIssuer = {
  uuid: 'b4a4c2a8-7c3f-4d0e-8a1e-2f6d5e9c3b22',
  name: 'Amazon Web Services Training and Certification',
  url: 'https://aws.amazon.com/certification/',
};
const HASHICORP: CredlyIssuer = {
  uuid: '3d0a7c11-5b2e-4f6a-9c8d-7e1f2a3b4c33',
  name: 'HashiCorp',
  url: 'https://www.hashicorp.com/certification',
};

export const CREDLY = {
  cka: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c01',
    holder: 'ada',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c01',
    issuer: LINUX_FOUNDATION,
    name: 'CKA: Certified Kubernetes Administrator',
    description: 'Earners have the skills, knowledge and competency to administer Kubernetes.',
    skills: ['Kubernetes', 'Cloud Native', 'Container Orchestration', 'Linux'],
    issuedOn: '2026-01-14T09:12:44.000Z',
    expires: '2028-01-14T00:00:00.000Z',
    slug: 'cka',
    color: '#326ce5',
  },
  awsArchitect: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c02',
    holder: 'ada',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c02',
    issuer: AWS,
    name: 'AWS Certified Solutions Architect – Associate',
    description: 'Earners can design distributed systems on AWS.',
    skills: ['AWS', 'Cloud Architecture', 'High Availability'],
    issuedOn: '2022-06-30T15:03:10.000Z',
    expires: '2025-06-30T00:00:00.000Z',
    slug: 'aws-saa',
    color: '#232f3e',
  },
  terraform: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c03',
    holder: 'ada',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c03',
    issuer: HASHICORP,
    name: 'HashiCorp Certified: Terraform Associate (003)',
    description: 'Earners understand infrastructure as code with Terraform.',
    skills: ['Terraform', 'Infrastructure as Code'],
    issuedOn: '2025-03-02T11:40:00.000Z',
    expires: '2027-03-02T00:00:00.000Z',
    revoked: true,
    slug: 'terraform',
    color: '#7b42bc',
  },
  ckad: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c04',
    holder: 'grace',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c04',
    issuer: LINUX_FOUNDATION,
    name: 'CKAD: Certified Kubernetes Application Developer',
    description: 'Earners can design, build and deploy cloud native applications for Kubernetes.',
    skills: ['Kubernetes', 'Cloud Native', 'Application Development'],
    issuedOn: '2026-02-03T08:00:00.000Z',
    slug: 'ckad',
    color: '#0f766e',
  },
  lfcs: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c05',
    holder: 'ada',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c05',
    issuer: LINUX_FOUNDATION,
    name: 'LFCS: Linux Foundation Certified System Administrator',
    description: 'Earners can run Linux systems in production.',
    skills: ['Linux', 'System Administration', 'Networking'],
    issuedOn: '2025-11-20T10:00:00.000Z',
    slug: 'lfcs',
    color: '#1f2937',
  },
  // Its recipient is Jordan's email, hashed: whose it is shows only once that email is typed.
  kcna: {
    uuid: '0c6b3a52-9f1e-4d7a-8b2c-5e4f3a2b1c06',
    holder: 'jordan',
    classUuid: 'a1d2c3b4-0e9f-4a8b-9c7d-6e5f4a3b2c06',
    issuer: LINUX_FOUNDATION,
    name: 'KCNA: Kubernetes and Cloud Native Associate',
    description: 'Earners understand the Kubernetes and cloud native ecosystem.',
    skills: ['Kubernetes', 'Cloud Native'],
    issuedOn: '2026-04-20T09:00:00.000Z',
    slug: 'kcna',
    color: '#0086ff',
  },
} satisfies Record<string, CredlyBadge>;

export type BadgrAssertion = {
  /** 22-character entity id. */
  id: string;
  holder: Holder;
  badgeId: string;
  issuerId: string;
  issuerName: string;
  name: string;
  description: string;
  issuedOn: string;
  /** Served as Badgr's revoked stub: `{…, revoked: true, revocationReason}` with 200. */
  revocationReason?: string;
};

export const BADGR = {
  postman: {
    id: 'Xq3vR7tLmN2pK8wYz4bC1d',
    holder: 'grace',
    badgeId: 'Pb6kQ2mN8rT4vW1xY7zA3c',
    issuerId: 'Ps9dF3gH6jK1lZ4xC7vB2n',
    issuerName: 'Postman',
    name: 'Postman API Fundamentals Student Expert',
    description: 'Awarded for completing the Postman API Fundamentals Student Expert programme.',
    issuedOn: '2026-03-11T16:20:00+00:00',
  },
  flowMatic: {
    id: 'Hk9sT2uVw5xYa7bCd3eFg1',
    holder: 'grace',
    badgeId: 'Rm5nB8vC2xZ6lK9jH3gF1d',
    issuerId: 'Ur4eW7qA1sD5fG8hJ2kL6z',
    issuerName: 'Univac Programming Academy',
    name: 'FLOW-MATIC Language Design',
    description: 'Designed a business-oriented, English-like programming language.',
    issuedOn: '2025-09-01T12:00:00+00:00',
    revocationReason: 'Issued in error',
  },
} satisfies Record<string, BadgrAssertion>;

export const ACCREDIBLE = {
  id: '6fbd2d2c-9c35-4a0c-9c1b-2f3c1d4e5a6b',
  name: 'Professional Cloud Architect',
  issuerName: 'Google Cloud',
  issuedOn: '2026-02-18',
  expiresOn: '2028-02-18',
};

export const COURSERA_URL =
  'https://www.coursera.org/account/accomplishments/professional-cert/ZT5R8Q2MK7VB';
