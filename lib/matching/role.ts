// The role a candidate is compared against: its title and the skills it requires and prefers,
// read from a job posting (lib/roles reads pages, JSON-LD and pasted text). Shared by the CLI's
// skills and match commands and the popup: one implementation.

import { postingOfString } from '../roles';
import type { SkillHit, SkillMatcher } from '../skills';
import { splitRequirements } from '../skills';

export type RoleSkill = {
  id: string;
  label: string;
  kind: 'hard' | 'soft';
  required: boolean;
  evidence: string;
};
export type Role = { title?: string; skills: RoleSkill[] };

/** Skills of a job posting given as a string (text, HTML with JSON-LD, a JobPosting JSON). */
export function analyzeRole(content: string, matcher: SkillMatcher): Role {
  const posting = postingOfString(content);
  return roleFromText(posting.text, matcher, posting.title);
}

/** Skills of a posting's plain text (section headings on their own lines), e.g. from lib/roles. */
export function roleFromText(text: string, matcher: SkillMatcher, title?: string): Role {
  const { required, preferred } = splitRequirements(text);
  const skills: RoleSkill[] = [];
  const seen = new Set<string>();
  const add = (hits: SkillHit[], isRequired: boolean) => {
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      skills.push({
        id: hit.id,
        label: hit.label,
        kind: hit.kind,
        required: isRequired,
        evidence: hit.evidence,
      });
    }
  };
  add(matcher.find(required), true);
  add(matcher.find(preferred), false);
  return title === undefined ? { skills } : { title, skills };
}
