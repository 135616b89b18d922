// Ada Lovelace's LinkedIn-like profile (/in/ada-lovelace/): top card, About (with a .json link
// that is not a credential), Experience, and "Licenses & certifications" in the classic markup:
// Credly, Accredible, Coursera and demo-issuer links, some behind LinkedIn's redirect wrapper,
// one shown as a baked badge image. "People also viewed" → Grace Hopper without a page load.

import type { DemoContent } from '../links';
import { GRACE_PATH, GRACE_TITLE, graceHopperMain } from './grace-hopper';
import { esc } from './html';
import { KATHERINE_PATH, KATHERINE_TITLE, katherineJohnsonMain } from './katherine-johnson';
import { linkedinShell } from './linkedin-shell';
import { type Person, profileMain } from './profile-parts';

export const ADA_PATH = '/in/ada-lovelace/';
const ADA_TITLE = 'Ada Lovelace | LinkedIn';

/** The LinkedIn-like page at `path` (Ada's or Grace's), able to switch to the other in place. */
export function linkedinProfilePage(content: DemoContent, path = ADA_PATH): string {
  const profiles = [
    { path: ADA_PATH, title: ADA_TITLE, main: adaLovelaceMain(content) },
    { path: GRACE_PATH, title: GRACE_TITLE, main: graceHopperMain(content) },
    { path: KATHERINE_PATH, title: KATHERINE_TITLE, main: katherineJohnsonMain(content) },
  ];
  const current = profiles.find((profile) => profile.path === path) ?? profiles[0];
  if (current === undefined) throw new RangeError(`no profile at ${path}`);
  return linkedinShell(current, profiles);
}

export function adaLovelaceMain(content: DemoContent): string {
  const { text, href } = content.aboutJson;
  const ada: Person = {
    name: 'Ada Lovelace',
    initials: 'AL',
    headline:
      'Principal Platform Engineer · Kubernetes, Terraform & verifiable credentials · Analytical engines',
    location: 'London, England, United Kingdom',
    connections: '500+',
    cover: 'linear-gradient(120deg,#283e51,#4b79a1 60%,#a0b4b7)',
    about: `<p>I build the platforms other engineers ship on: multi-region Kubernetes, infrastructure as code, CI/CD pipelines that deploy hundreds of times a day. Lately I work on verifiable credentials, so that the certificates below can be checked rather than trusted.</p><p>Slides and recordings of my conference talks are listed in <a href="${esc(href)}">${esc(text)}</a>. I write about Bernoulli numbers, schedulers and supply-chain security.</p>`,
    experience: [
      {
        title: 'Principal Platform Engineer',
        company: 'Analytical Engines Ltd · Full-time',
        period: 'Feb 2022 – Present · 4 yrs 10 mos',
        place: 'London, England · Hybrid',
        text: 'Leads the platform team: 40 Kubernetes clusters on AWS, Terraform modules, Go operators and the internal developer portal.',
      },
      {
        title: 'Site Reliability Engineer',
        company: 'Difference Engine Co. · Full-time',
        period: 'Jun 2017 – Jan 2022 · 4 yrs 8 mos',
        place: 'Manchester, England',
        text: 'Moved the monolith to containers; on-call lead; wrote the incident review process.',
      },
    ],
    certifications: content.ada,
    generation: 'classic',
    alsoViewed: [
      {
        name: 'Grace Hopper',
        initials: 'GH',
        headline: 'Rear Admiral (ret.) · Compiler pioneer',
        href: GRACE_PATH,
      },
      { name: 'Charles Babbage', initials: 'CB', headline: 'Inventor · Difference engines' },
      { name: 'Mary Somerville', initials: 'MS', headline: 'Science writer · Polymath' },
    ],
  };
  return profileMain(ada);
}
