// The role a candidate is compared against: its title and the skills it requires and prefers,
// read from a job posting's text or HTML (JobPosting JSON-LD when present). Shared by the CLI's
// skills and match commands and, later, the popup: one implementation.

import type { SkillHit, SkillMatcher } from '../skills';
import { extractJobPosting, splitRequirements } from '../skills';

export type RoleSkill = {
  id: string;
  label: string;
  kind: 'hard' | 'soft';
  required: boolean;
  evidence: string;
};
export type Role = { title?: string; skills: RoleSkill[] };

/** A plain-text posting's title: its first line, when that line is short and not a sentence. */
function titleOf(text: string): { title?: string } {
  const first = text
    .split(/\r?\n/)
    .find((line) => line.trim() !== '')
    ?.trim();
  return first !== undefined && first.length <= 120 && !/[.!?:]$/.test(first)
    ? { title: first }
    : {};
}

/** Skills of a job posting: required ones first, preferred ones not already required. */
export function analyzeRole(content: string, matcher: SkillMatcher): Role {
  const isHtml = /^\s*(<!doctype html|<html|<head|<body|<div|<section|<main|<script)/i.test(
    content,
  );
  const posting = isHtml ? extractJobPosting(content) : { text: content, ...titleOf(content) };
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
