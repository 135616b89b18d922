// The role a candidate is compared against: its title and the skills it requires and prefers,
// read from a job posting (lib/roles reads pages, JSON-LD and pasted text). Shared by the CLI's
// skills and match commands and the popup: one implementation.

import { postingOfString } from '../roles';
import type { PostingLanguage, SkillHit, SkillMatcher } from '../skills';
import { detectLanguage, splitRequirements } from '../skills';

export type RoleSkill = {
  id: string;
  label: string;
  kind: 'hard' | 'soft';
  required: boolean;
  evidence: string;
  /** Broader ESCO concepts of a tool: a credential aligned to one of them backs it ("via"). */
  broader?: string[];
};
export type Role = {
  title?: string;
  skills: RoleSkill[];
  /**
   * The posting's language when not English: French and Spanish are read with their own labels;
   * for 'other' (German, Dutch, …) only the English terms in it were read.
   */
  language?: Exclude<PostingLanguage, 'en'>;
};

/** What is known about the posting besides its text. */
export type RoleContext = {
  title?: string | undefined;
  /** The hiring organisation: its name is never one of the role's skills. */
  company?: string | undefined;
};

/** Skills of a job posting given as a string (text, HTML with JSON-LD, a JobPosting JSON). */
export function analyzeRole(content: string, matcher: SkillMatcher): Role {
  const posting = postingOfString(content);
  return roleFromText(posting.text, matcher, posting);
}

/** Skills of a posting's plain text (section headings on their own lines), e.g. from lib/roles. */
export function roleFromText(text: string, matcher: SkillMatcher, context: RoleContext = {}): Role {
  const { required, preferred } = splitRequirements(text);
  const language = detectLanguage(text);
  const options = {
    language,
    ...(context.company === undefined ? {} : { ignore: [context.company] }),
  };
  const skills: RoleSkill[] = [];
  const seen = new Set<string>();
  const add = (hits: SkillHit[], isRequired: boolean) => {
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      const broader = matcher.broaderOf(hit.id);
      skills.push({
        id: hit.id,
        label: hit.label,
        kind: hit.kind,
        required: isRequired,
        evidence: hit.evidence,
        ...(broader.length === 0 ? {} : { broader: [...broader] }),
      });
    }
  };
  add(matcher.find(required, options), true);
  add(matcher.find(preferred, options), false);
  const { title } = context;
  return {
    ...(title === undefined ? {} : { title }),
    skills,
    ...(language === 'en' ? {} : { language }),
  };
}
