// What a person is shown about a credential: name, issuer, achievement, criteria, alignments,
// skills, subject and a safe image URL, read from the (verified) document as plain text with
// length caps. Nothing here is HTML; callers render it as text.

import { compact } from '../../shared/compact';
import { asRecord } from '../../shared/text';
import { typesOf } from './credential-schema';

export type Alignment = {
  targetName: string;
  targetUrl?: string;
  targetCode?: string;
  targetFramework?: string;
};

export type CredentialSummary = {
  id?: string;
  types: string[];
  kind: 'open-badge' | 'clr' | 'endorsement' | 'verifiable-credential';
  name?: string;
  description?: string;
  image?: string;
  achievement?: {
    id?: string;
    name?: string;
    description?: string;
    achievementType?: string;
    criteria?: { id?: string; narrative?: string };
  };
  alignments: Alignment[];
  skills: string[];
  subject: { id?: string; name?: string };
};

export type IssuerSummary = { id?: string; name?: string; url?: string };

const SHORT = 300;
const LONG = 4000;
const MAX_LIST = 50;
const MAX_DATA_IMAGE = 256 * 1024;
/** Summarises a credential document for display. */
export function summarizeCredential(credential: Record<string, unknown>): CredentialSummary {
  const types = typesOf(credential.type)
    .slice(0, 10)
    .map((t) => t.slice(0, 80));
  const subject = firstRecord(credential.credentialSubject) ?? {};
  const achievement = asRecord(subject.achievement);
  const parts = achievementParts(achievement);
  return compact({
    ...parts,
    types,
    kind: kindOf(types),
    subject: compact({ id: text(subject.id, SHORT), name: text(subject.name, SHORT) }),
    id: text(credential.id, SHORT),
    name: text(credential.name, SHORT) ?? text(achievement?.name, SHORT),
    description: text(credential.description, LONG) ?? text(achievement?.description, LONG),
    image: safeImageUrl(credential.image) ?? safeImageUrl(achievement?.image),
  });
}

/** Summarises an Open Badges 2.0 assertion with its BadgeClass (the BadgeClass plays the achievement). */
export function summarizeOpenBadge2(
  assertion: Record<string, unknown>,
  badge: Record<string, unknown> | undefined,
): CredentialSummary {
  return compact({
    ...achievementParts(badge),
    types: ['Assertion'],
    kind: 'open-badge' as const,
    subject: {},
    id: text(assertion.id, SHORT),
    name: text(badge?.name, SHORT),
    description: text(badge?.description, LONG),
    image: safeImageUrl(assertion.image) ?? safeImageUrl(badge?.image),
  });
}

/** Achievement (OB 3.0) or BadgeClass (OB 2.0): its summary, alignments and skills. */
function achievementParts(achievement: Record<string, unknown> | undefined) {
  const alignments = listOf(achievement?.alignment)
    .map(alignmentOf)
    .filter((a) => a !== undefined)
    .slice(0, MAX_LIST);
  const tags = listOf(achievement?.tag ?? achievement?.tags)
    .map((tag) => text(tag, SHORT))
    .filter((tag) => tag !== undefined);
  const skills = [...new Set([...tags, ...alignments.map((a) => a.targetName)])].slice(0, MAX_LIST);
  const criteria = achievement?.criteria;
  const criteriaRecord = typeof criteria === 'string' ? { id: criteria } : asRecord(criteria);
  const summary =
    achievement === undefined
      ? undefined
      : compact({
          id: text(achievement.id, SHORT),
          name: text(achievement.name, SHORT),
          description: text(achievement.description, LONG),
          achievementType: text(achievement.achievementType, SHORT),
          criteria:
            criteriaRecord === undefined
              ? undefined
              : compact({
                  id: safeLinkUrl(criteriaRecord.id),
                  narrative: text(criteriaRecord.narrative, LONG),
                }),
        });
  return { alignments, skills, ...compact({ achievement: summary }) };
}

/** The issuer's id, name and homepage from a string or Profile object. */
export function summarizeIssuer(issuer: unknown): IssuerSummary {
  if (typeof issuer === 'string') return compact({ id: text(issuer, SHORT) });
  const profile = asRecord(issuer);
  if (profile === undefined) return {};
  return compact({
    id: text(profile.id, SHORT),
    name: text(profile.name, SHORT),
    url: safeLinkUrl(profile.url),
  });
}

/** An image URL safe to put in <img src>: https, or a small raster/SVG data: URL. */
export function safeImageUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' ? value : text(asRecord(value)?.id, MAX_DATA_IMAGE);
  if (url === undefined) return undefined;
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(url)) {
    return url.length <= MAX_DATA_IMAGE ? url : undefined;
  }
  return safeLinkUrl(url);
}

/** A link safe to show and open: https only. */
export function safeLinkUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(types: string[]): CredentialSummary['kind'] {
  if (types.includes('ClrCredential')) return 'clr';
  if (types.includes('EndorsementCredential')) return 'endorsement';
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential'))
    return 'open-badge';
  return 'verifiable-credential';
}

function alignmentOf(value: unknown): Alignment | undefined {
  const record = asRecord(value);
  const targetName = text(record?.targetName, SHORT);
  if (record === undefined || targetName === undefined) return undefined;
  return compact({
    targetName,
    targetUrl: safeLinkUrl(record.targetUrl),
    targetCode: text(record.targetCode, SHORT),
    targetFramework: text(record.targetFramework, SHORT),
  });
}

/** Plain text from a string or a JSON-LD value object / language map; control characters removed. */
function text(value: unknown, max: number): string | undefined {
  let raw: unknown = value;
  if (Array.isArray(raw)) raw = raw[0];
  const record = asRecord(raw);
  if (record !== undefined) raw = record['@value'];
  if (typeof raw !== 'string') return undefined;
  const bounded = raw.slice(0, max * 2);
  const cleaned = (hasUnsafeCharacter(bounded) ? stripUnsafe(bounded) : bounded).trim();
  if (cleaned === '') return undefined;
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/**
 * C0 controls other than tab and newlines, DEL, and bidirectional overrides/isolates, which
 * could make a name display as something it is not ("Trojan Source").
 */
function isUnsafeCharacter(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code === 0x7f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function hasUnsafeCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isUnsafeCharacter(text.charCodeAt(i))) return true;
  }
  return false;
}

function stripUnsafe(text: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    if (!isUnsafeCharacter(text.charCodeAt(i))) kept += text[i];
  }
  return kept;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).slice(0, MAX_LIST);
}

function firstRecord(value: unknown): Record<string, unknown> | undefined {
  return asRecord(Array.isArray(value) ? value[0] : value);
}
