// What the popup saves, built from what it read: a role from a job page or a pasted job text,
// and a shortlist entry from the candidate on the page. Pure, so the popup stays thin and these
// shapes are tested in Node.

import type { PagePosting } from '../messaging';
import { type Say, sayEnglish } from '../shared/words';
import type { SkillMatcher } from '../skills';
import { LIMITS, type SavedRoleSkill, type ShortlistEntry } from '../storage';
import type { CandidateSkills } from './candidate';
import { analyzeRole, type RoleSkill, roleFromText } from './role';

/** Longest job text read (as the role detector caps page text). */
const MAX_JOB_TEXT = 50_000;

export type RoleDraft = {
  title: string;
  company?: string;
  skills: SavedRoleSkill[];
  /** The posting's language when not English ('other': only its English terms were read). */
  language?: 'fr' | 'es' | 'other';
};

export function savedSkillOf(
  skill: Pick<RoleSkill, 'id' | 'label' | 'kind' | 'required'>,
): SavedRoleSkill {
  return { id: skill.id, label: skill.label, kind: skill.kind, required: skill.required };
}

/** The role a job page shows, with its skills split into required and preferred. */
export function roleOfPosting(
  posting: PagePosting,
  matcher: SkillMatcher,
  say: Say = sayEnglish,
): RoleDraft {
  const role = roleFromText(posting.text.slice(0, MAX_JOB_TEXT), matcher, posting);
  return {
    title: role.title ?? posting.title ?? say('roleFromPage'),
    ...(posting.company === undefined ? {} : { company: posting.company }),
    skills: role.skills.slice(0, LIMITS.roleSkills).map(savedSkillOf),
    ...(role.language === undefined ? {} : { language: role.language }),
  };
}

/** A pasted job description (text or HTML): its title from the first line or JSON-LD. */
export function roleOfPastedText(
  text: string,
  matcher: SkillMatcher,
  say: Say = sayEnglish,
): RoleDraft {
  const role = analyzeRole(text.slice(0, MAX_JOB_TEXT), matcher);
  return {
    title: role.title ?? say('rolePasted'),
    skills: role.skills.slice(0, LIMITS.roleSkills).map(savedSkillOf),
    ...(role.language === undefined ? {} : { language: role.language }),
  };
}

/** The candidate as shortlisted: final verdicts only, each with the skills it showed. */
export function shortlistEntryOf(input: {
  id: string;
  roleId: string;
  name: string;
  pageUrl: string;
  savedAt: Date;
  skills: CandidateSkills;
}): ShortlistEntry {
  return {
    id: input.id,
    roleId: input.roleId,
    name: input.name.slice(0, 300),
    pageUrl: input.pageUrl,
    savedAt: input.savedAt.toISOString(),
    // Capped to what storage keeps; a hostile page may list more.
    credentials: input.skills.credentials
      .filter((credential) => credential.verdict !== 'checking')
      .slice(0, LIMITS.credentialsPerCandidate)
      .map(({ name, verdict, issuerName, issuerId, sourceUrl, skills }) => ({
        name,
        verdict,
        ...(issuerName === undefined ? {} : { issuerName }),
        ...(issuerId === undefined ? {} : { issuerId }),
        sourceUrl,
        skills: skills.slice(0, LIMITS.skillsPerCredential),
      })),
  };
}
