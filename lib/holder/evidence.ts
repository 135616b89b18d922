// Who a credential says holds it, from every format Credlens verifies: VC 1.1 / 2.0 and OB 3.0
// `credentialSubject` (name, IdentityObject `identifier`s, id; OB 3.0 §B.1.2 AchievementSubject,
// §B.1.9 IdentityObject), CLR 2.0 ClrSubject, a presentation's `holder` (VC 2.0 §4.13), OB 2.0 /
// 1.x `recipient` with the recipientProfile extension, and provider JSON (Accredible, Credly).

import { cleanDisplayText } from '../shared/display-text';
import { asRecord } from '../shared/text';
import { identityClaims } from '../verify/ob2/recipient';
import type { HolderEvidence, HolderNameSource } from './types';

/** Most names, ids and identities kept (each list on its own). */
export const MAX_HOLDER_ITEMS = 8;
/** Longest name kept, after cleaning. */
export const MAX_HOLDER_NAME = 300;
/** Longest id, identity or salt kept; longer ones are dropped, never cut (a cut id could match another). */
const MAX_ID = 2048;

/** Provider JSON that names the earner outside any credential format. */
export type HolderProviderData = {
  /** `accredible`: the credential-net `data` object; `credly`: a Credly badge object (`issued_to`). */
  id: 'accredible' | 'credly';
  data: unknown;
};

export type HolderInput = {
  /** A credential, presentation or OB 2.0 / 1.x assertion, as plain JSON. */
  document?: unknown;
  provider?: HolderProviderData;
};

/** Everything `input` says about its holder. Pure; never throws for any JSON value. */
export function holderEvidence(input: HolderInput): HolderEvidence {
  const out = collector();
  const document = asRecord(input.document);
  if (document !== undefined) readDocument(document, out);
  if (input.provider !== undefined) readProvider(input.provider, out);
  return out.evidence;
}

type Collector = ReturnType<typeof collector>;

function collector() {
  const evidence: HolderEvidence = { names: [], ids: [], identities: [] };
  return {
    evidence,
    name(value: unknown, source: HolderNameSource): void {
      for (const raw of namesOf(value, 0)) {
        const name = cleanDisplayText(raw.slice(0, MAX_HOLDER_NAME * 4), MAX_HOLDER_NAME);
        const seen = evidence.names.some((n) => n.name === name && n.source === source);
        if (name === '' || seen || evidence.names.length >= MAX_HOLDER_ITEMS) continue;
        evidence.names.push({ name, source });
      }
    },
    id(value: unknown): void {
      const id = idOf(value);
      if (id === undefined || evidence.ids.includes(id)) return;
      if (evidence.ids.length < MAX_HOLDER_ITEMS) evidence.ids.push(id);
    },
    identity(type: unknown, identity: unknown, hashed: boolean, salt?: unknown): void {
      const value = idOf(identity);
      const saltValue = salt === undefined ? undefined : idOf(salt);
      if (value === undefined || (salt !== undefined && saltValue === undefined)) return;
      const entry = {
        type: typeof type === 'string' && type !== '' ? type.slice(0, 64) : 'unknown',
        identity: value,
        hashed,
        ...(saltValue === undefined ? {} : { salt: saltValue }),
      };
      const seen = evidence.identities.some(
        (i) => i.identity === entry.identity && i.type === entry.type && i.salt === entry.salt,
      );
      if (!seen && evidence.identities.length < MAX_HOLDER_ITEMS) evidence.identities.push(entry);
    },
  };
}

function readDocument(document: Record<string, unknown>, out: Collector): void {
  const types = typesOf(document.type);
  if (types.includes('VerifiablePresentation')) {
    // The holder is an id (URL/DID) or an object with one; the presented credentials are
    // verified, and so read, one by one.
    const holder = document.holder;
    out.id(typeof holder === 'string' ? holder : asRecord(holder)?.id);
    out.name(asRecord(holder)?.name, 'presentation.holder');
    return;
  }
  if (document.credentialSubject !== undefined) {
    const source = types.includes('ClrCredential') ? 'clr.subject' : 'credentialSubject.name';
    for (const subject of listOf(document.credentialSubject).map(asRecord)) {
      if (subject !== undefined) readSubject(subject, source, out);
    }
    return;
  }
  readRecipient(document, out);
}

/** One credential subject: VC / OB 3.0 / CLR (and Blockcerts v3, which adds a plain `email`). */
function readSubject(subject: Record<string, unknown>, source: HolderNameSource, out: Collector) {
  out.id(subject.id);
  if (subject.name !== undefined) out.name(subject.name, source);
  else out.name(personName(subject), source);
  // OB 3.0 IdentityObjects say `type: "IdentityObject"`; their kind is `identityType`.
  const identifiers = listOf(subject.identifier).map((entry) => {
    const record = asRecord(entry);
    return record?.identityType === undefined ? entry : { ...record, type: record.identityType };
  });
  for (const claim of identityClaims(identifiers))
    out.identity(claim.type, claim.identity, claim.hashed, claim.salt);
  if (typeof subject.email === 'string') out.identity('email', subject.email, false);
}

/** OB 2.0 / 1.1 `recipient` IdentityObject, OB 0.5 / 1.0 string recipient, recipientProfile. */
function readRecipient(assertion: Record<string, unknown>, out: Collector): void {
  const recipient = assertion.recipient;
  if (typeof recipient === 'string') {
    // OB 1.0: "sha256$…" with the salt beside it; OB 0.5: a plain email address.
    const hashed = /^(sha256|md5)\$/i.test(recipient);
    out.identity('email', recipient, hashed, hashed ? stringOf(assertion.salt) : undefined);
  } else {
    for (const claim of identityClaims(recipient))
      out.identity(claim.type, claim.identity, claim.hashed, claim.salt);
  }
  // The recipientProfile extension (Badgr / Canvas Credentials and others) and Blockcerts v2's
  // `recipientProfile` (top level; inside `recipient` in v2 alpha).
  out.name(asRecord(assertion['extensions:recipientProfile'])?.name, 'recipient.name');
  out.name(asRecord(assertion.recipientProfile)?.name, 'recipient.name');
  out.name(asRecord(asRecord(recipient)?.recipientProfile)?.name, 'recipient.name');
}

function readProvider(provider: HolderProviderData, out: Collector): void {
  const data = asRecord(provider.data);
  if (data === undefined) return;
  if (provider.id === 'accredible') {
    out.name(asRecord(data.recipient)?.name, 'provider');
    return;
  }
  // Credly's badge JSON: `issued_to`, else first and last name (PROVIDERS.md §1.1).
  const first = stringOf(data.issued_to_first_name);
  const last = stringOf(data.issued_to_last_name);
  const joined = [first, last].filter((part) => part !== undefined).join(' ');
  out.name(stringOf(data.issued_to) ?? (joined === '' ? undefined : joined), 'provider');
}

/** schema.org Person's given and family names, when the subject has no `name`. */
function personName(subject: Record<string, unknown>): string | undefined {
  const parts = [subject.givenName, subject.familyName].map((part) => namesOf(part, 0)[0]);
  const joined = parts.filter((part) => part !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}

/** Strings of a name: plain, JSON-LD value object, language map, or a list of those. */
function namesOf(value: unknown, depth: number): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 2) return [];
  if (Array.isArray(value))
    return value.slice(0, MAX_HOLDER_ITEMS).flatMap((item) => namesOf(item, depth + 1));
  const record = asRecord(value);
  if (record === undefined) return [];
  if ('@value' in record) return namesOf(record['@value'], depth + 1);
  // A language map: { "en": "…", "fr-CA": "…" }.
  return Object.entries(record)
    .filter(([key]) => /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(key))
    .slice(0, MAX_HOLDER_ITEMS)
    .flatMap(([, item]) => namesOf(item, depth + 1));
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_ID ? value : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function listOf(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : [value]).slice(0, MAX_HOLDER_ITEMS);
}

function typesOf(value: unknown): string[] {
  return listOf(value).filter((type): type is string => typeof type === 'string');
}
