// The `skills` and `match` commands for batch screening: the same role analysis and coverage
// the popup uses (lib/matching), as JSON Lines or readable text.

import { withHolderName } from '../holder';
import { computeCoverage, type Role, roleFromText } from '../matching';
import { createDefaultSkillMatcher } from '../skills';
import { createVerifierCaches } from '../verify';
import type { CliIo } from './io';
import { type CliPosting, readRolePosting } from './role-input';
import { SKILLS_USAGE } from './skills-usage';
import { verifyInput } from './verify-input';

type Flags = {
  json: boolean;
  insecureLocalhost: boolean;
  role?: string;
  now?: Date;
  holderName?: string;
  inputs: string[];
};

/** `credlens skills …` */
export async function runSkills(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, false);
  if (typeof flags === 'string') return usage(io, flags);
  const matcher = createDefaultSkillMatcher();
  let usable = 0;
  for (const input of flags.inputs) {
    const read = await readRolePosting(
      input,
      { ...io, read: io.readFile },
      flags.insecureLocalhost,
    );
    if (!read.ok) {
      io.stderr(`credlens: ${input}: ${read.reason}`);
      continue;
    }
    usable++;
    const role = roleOf(read.posting, matcher);
    io.stdout(
      flags.json
        ? JSON.stringify({ input, ...postingFields(read.posting), ...role })
        : formatRole(input, role, read.posting),
    );
  }
  return usable > 0 ? 0 : 1;
}

/** `credlens match --role … …` */
export async function runMatch(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, true);
  if (typeof flags === 'string') return usage(io, flags);
  const roleInput = flags.role as string;
  const read = await readRolePosting(
    roleInput,
    { ...io, read: io.readFile },
    flags.insecureLocalhost,
  );
  if (!read.ok) {
    io.stderr(`credlens: ${roleInput}: ${read.reason}`);
    return 1;
  }
  const matcher = createDefaultSkillMatcher();
  const role = roleOf(read.posting, matcher);
  const now = flags.now;
  const options = {
    ...io,
    ...createVerifierCaches(),
    insecureLocalhost: flags.insecureLocalhost,
    ...(now === undefined ? {} : { now: () => now }),
  };
  const candidates = [];
  for (const input of flags.inputs) {
    const verified = await verifyInput(input, options, io);
    const result =
      flags.holderName === undefined ? verified : withHolderName(verified, flags.holderName);
    candidates.push({ input, status: result.status, summary: result.credential });
  }
  const report = computeCoverage(role, candidates, matcher);
  const output = {
    role: {
      ...(role.title === undefined ? {} : { title: role.title }),
      required: role.skills.filter((s) => s.required).map(({ id, label }) => ({ id, label })),
      preferred: role.skills.filter((s) => !s.required).map(({ id, label }) => ({ id, label })),
    },
    ...report,
  };
  io.stdout(flags.json ? JSON.stringify(output) : formatMatch(output));
  return candidates.some((c) => c.status === 'verified' || c.status === 'confirmed') ? 0 : 1;
}

function roleOf(posting: CliPosting, matcher: ReturnType<typeof createDefaultSkillMatcher>): Role {
  return roleFromText(posting.text, matcher, posting);
}

/** The posting's company, place and where it was read, for the JSON line. */
function postingFields(posting: CliPosting) {
  return {
    ...(posting.company === undefined ? {} : { company: posting.company }),
    ...(posting.location === undefined ? {} : { location: posting.location }),
    source: posting.source,
  };
}

function parseFlags(args: readonly string[], needsRole: boolean): Flags | string {
  const flags: Flags = { json: false, insecureLocalhost: false, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') flags.json = true;
    else if (arg === '--insecure-localhost') flags.insecureLocalhost = true;
    else if (arg === '--role' && needsRole) {
      const value = args[++i];
      if (value === undefined) return '--role needs a job posting file or URL';
      flags.role = value;
    } else if (arg === '--holder-name' && needsRole) {
      const value = args[++i];
      if (value === undefined || value.trim() === '')
        return '--holder-name needs the name of the person the credentials should belong to';
      flags.holderName = value.slice(0, 300);
    } else if (arg === '--now' && needsRole) {
      const time = Date.parse(args[++i] ?? '');
      if (Number.isNaN(time)) return '--now needs an ISO-8601 date-time';
      flags.now = new Date(time);
    } else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else flags.inputs.push(arg);
  }
  if (needsRole && flags.role === undefined) return 'match needs --role <file|url>';
  if (flags.inputs.length === 0)
    return needsRole
      ? 'give at least one credential file or URL'
      : 'give at least one file, URL or -';
  return flags;
}

function formatRole(input: string, role: Role, posting: CliPosting): string {
  const where = [posting.company, posting.location].filter((part) => part !== undefined);
  const lines = [
    `${role.title ?? 'Job posting'}${where.length > 0 ? ` — ${where.join(', ')}` : ''}  ${input}`,
  ];
  for (const required of [true, false]) {
    const skills = role.skills.filter((skill) => skill.required === required);
    lines.push(
      `  ${required ? 'required' : 'preferred'}: ${skills.length === 0 ? '(none found)' : skills.map((s) => `${s.label}${s.kind === 'soft' ? ' (soft)' : ''}`).join(', ')}`,
    );
  }
  if (role.language === 'other')
    lines.push('  note: not in English, French or Spanish; only its English terms were read');
  return `${lines.join('\n')}\n`;
}

function formatMatch(output: {
  role: { title?: string; required: Array<{ label: string }> };
  credentials: Array<{ input: string; status: string; skills: Array<{ label: string }> }>;
  covered: Array<{
    id: string;
    label: string;
    by: string[];
    tier: string;
    via?: { label: string };
  }>;
  missing: Array<{ label: string }>;
  coverage: { required: number; verified: number; confirmed: number };
}): string {
  const { coverage } = output;
  const lines = [
    `${output.role.title ?? 'Role'}: ${coverage.verified} of ${coverage.required} required skills backed by verified credentials${coverage.confirmed > 0 ? `, ${coverage.confirmed} more confirmed by a provider` : ''}`,
  ];
  for (const skill of output.covered)
    lines.push(
      `  ✔ ${skill.label}${skill.via ? ` via ${skill.via.label}` : ''} (${skill.tier}: ${skill.by.join(', ')})`,
    );
  for (const skill of output.missing)
    lines.push(`  ✘ ${skill.label} (no verified or confirmed credential)`);
  lines.push('  credentials:');
  for (const credential of output.credentials)
    lines.push(
      `    ${credential.status.toUpperCase()}  ${credential.input}${credential.skills.length > 0 ? ` — ${credential.skills.map((s) => s.label).join(', ')}` : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`credlens: ${message}\n\n${SKILLS_USAGE}`);
  return 2;
}
