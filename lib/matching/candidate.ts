// A candidate as the popup sees them: the credentials on the page with the skills each shows,
// and the candidate's skills grouped by the strongest evidence behind them — a verified
// credential, a provider's confirmation, or only a claim (a credential that failed or could not
// be checked backs nothing).

import type { BadgeView } from '../messaging';
import type { SkillMatcher } from '../skills';
import { skillsOfEvidence } from './evidence-skills';

export type PageCredential = {
  name: string;
  verdict: BadgeView['verdict'];
  headline: string;
  issuerName?: string;
  issuerId?: string;
  sourceUrl: string;
  skills: Array<{ id: string; label: string }>;
  /** Mixed scripts or a look-alike issuer name, as the worker saw them. */
  nameWarnings?: BadgeView['nameWarnings'];
  /** Whose it is: the holder against the page's person (lib/holder). */
  holder?: { outcome: NonNullable<BadgeView['holderCheck']>['outcome']; text: string };
};
export type SkillEvidence = { id: string; label: string; by: string[] };
export type CandidateSkills = {
  credentials: PageCredential[];
  verified: SkillEvidence[];
  confirmed: SkillEvidence[];
  claimed: SkillEvidence[];
  /** How many badges are still being checked. */
  checking: number;
};

const TIERS = ['verified', 'confirmed', 'claimed'] as const;
type Tier = (typeof TIERS)[number];

const tierOf = (verdict: BadgeView['verdict']): Tier =>
  verdict === 'verified' ? 'verified' : verdict === 'confirmed' ? 'confirmed' : 'claimed';

export function candidateSkills(
  entries: ReadonlyArray<{ label: string; view: BadgeView }>,
  matcher: SkillMatcher,
): CandidateSkills {
  const credentials: PageCredential[] = entries.map(({ label, view }) => ({
    name: view.name ?? label,
    verdict: view.verdict,
    headline: view.headline,
    ...(view.issuerName === undefined ? {} : { issuerName: view.issuerName }),
    ...(view.issuerId === undefined ? {} : { issuerId: view.issuerId }),
    sourceUrl: view.sourceUrl,
    skills: skillsOfEvidence(view.evidence, matcher),
    ...(view.nameWarnings === undefined ? {} : { nameWarnings: view.nameWarnings }),
    ...(view.holderCheck === undefined
      ? {}
      : { holder: { outcome: view.holderCheck.outcome, text: view.holderCheck.text } }),
  }));
  // Each skill lands in its strongest tier only.
  const best = new Map<string, { label: string; tier: Tier; by: string[] }>();
  for (const credential of credentials) {
    if (credential.verdict === 'checking') continue;
    const tier = tierOf(credential.verdict);
    for (const skill of credential.skills) {
      const seen = best.get(skill.id);
      if (seen === undefined || TIERS.indexOf(tier) < TIERS.indexOf(seen.tier))
        best.set(skill.id, { label: skill.label, tier, by: [credential.name] });
      else if (seen.tier === tier && !seen.by.includes(credential.name))
        seen.by.push(credential.name);
    }
  }
  const group = (tier: Tier) =>
    [...best]
      .filter(([, entry]) => entry.tier === tier)
      .map(([id, entry]) => ({ id, label: entry.label, by: entry.by }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return {
    credentials,
    verified: group('verified'),
    confirmed: group('confirmed'),
    claimed: group('claimed'),
    checking: credentials.filter((credential) => credential.verdict === 'checking').length,
  };
}
