// Which of a role's skills a candidate's credentials back, and how strongly: only `verified`
// and `confirmed` credentials back a skill (verified outranks confirmed); failed ones are
// listed but back nothing. The popup's "N of M required skills backed by verified credentials"
// and the CLI's match command both come from here.

import type { BadgeView } from '../messaging';
import { credentialWords } from '../shared/credential-words';
import type { SkillMatcher } from '../skills';
import type { CredentialSummary, VerificationStatus } from '../verify';
import { skillsOfEvidence } from './evidence-skills';
import type { Role } from './role';

export type CandidateCredential = {
  input: string;
  status: VerificationStatus;
  summary?: CredentialSummary | undefined;
};
export type CredentialSkills = {
  input: string;
  /** A verification status or a badge verdict: only verified and confirmed back skills. */
  status: VerificationStatus | BadgeView['verdict'];
  skills: Array<{ id: string; label: string }>;
};
export type Covered = {
  id: string;
  label: string;
  by: string[];
  tier: 'verified' | 'confirmed';
  /** Backed through a broader concept (a credential aligned to "computer vision" for Keras). */
  via?: { id: string; label: string };
};
/** A role skill as coverage reads it: `broader` lets a broader concept's credential back it. */
type CoverageSkill = { id: string; label: string; required: boolean; broader?: readonly string[] };
export type Coverage = {
  credentials: CredentialSkills[];
  covered: Covered[];
  missing: Array<{ id: string; label: string }>;
  coverage: { required: number; verified: number; confirmed: number };
};

/** The skills a credential shows: alignments first (exact ids), then its words. */
export function skillsOfCredential(
  summary: CredentialSummary | undefined,
  matcher: SkillMatcher,
): Array<{ id: string; label: string }> {
  if (summary === undefined) return [];
  const alignments = summary.alignments.map(({ targetName, targetUrl, targetCode }) => ({
    targetName,
    ...(targetUrl === undefined ? {} : { targetUrl }),
    ...(targetCode === undefined ? {} : { targetCode }),
  }));
  return skillsOfEvidence({ alignments, text: credentialWords(summary).join('\n') }, matcher);
}

/** Coverage of `role` by the candidate's credentials. */
export function computeCoverage(
  role: Role,
  candidates: CandidateCredential[],
  matcher: SkillMatcher,
): Coverage {
  const credentials = candidates.map((candidate) => ({
    input: candidate.input,
    status: candidate.status,
    skills: skillsOfCredential(candidate.summary, matcher),
  }));
  const skills = role.skills.map((skill) => ({
    ...skill,
    broader: skill.broader ?? matcher.broaderOf(skill.id),
  }));
  return coverageFromSkills({ skills }, credentials);
}

/** Coverage of `role` by credentials whose skills are already known (saved or matched). */
export function coverageFromSkills(
  role: { skills: ReadonlyArray<CoverageSkill> },
  credentials: CredentialSkills[],
): Coverage {
  const covered: Covered[] = [];
  for (const skill of role.skills) {
    const usable = credentials.filter((c) => c.status === 'verified' || c.status === 'confirmed');
    let backing = usable.filter((c) => c.skills.some((s) => s.id === skill.id));
    let via: { id: string; label: string } | undefined;
    if (backing.length === 0 && skill.broader && skill.broader.length > 0) {
      // Specific before general: the tool's own credential first; else one aligned to its
      // broader concept backs it, and says so.
      const broader = new Set(skill.broader);
      backing = usable.filter((c) => c.skills.some((s) => broader.has(s.id)));
      via = backing[0]?.skills.find((s) => broader.has(s.id));
    }
    if (backing.length === 0) continue;
    const tier = backing.some((c) => c.status === 'verified') ? 'verified' : 'confirmed';
    // Named by the credentials of that tier only: "verified: A" must not list a confirmed B.
    const by = backing.filter((c) => c.status === tier).map((c) => c.input);
    covered.push({
      id: skill.id,
      label: skill.label,
      by,
      tier,
      ...(via === undefined ? {} : { via: { id: via.id, label: via.label } }),
    });
  }
  const required = role.skills.filter((skill) => skill.required);
  const tierOf = (skill: { id: string }) => covered.find((c) => c.id === skill.id)?.tier;
  return {
    credentials,
    covered,
    missing: required
      .filter((skill) => tierOf(skill) === undefined)
      .map(({ id, label }) => ({ id, label })),
    coverage: {
      required: required.length,
      verified: required.filter((skill) => tierOf(skill) === 'verified').length,
      confirmed: required.filter((skill) => tierOf(skill) === 'confirmed').length,
    },
  };
}
