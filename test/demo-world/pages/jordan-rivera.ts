// Jordan Rivera's profile (/in/jordan-rivera/), for holder binding: a credential in his name, one
// in a shorter form of it ("J. Rivera"), a genuine one issued to someone else that his page lists
// as his, and a Credly badge whose only recipient is his email, hashed.

import type { DemoContent } from '../links';
import { linkedinShell } from './linkedin-shell';
import { type Person, profileMain } from './profile-parts';

export const JORDAN_PATH = '/in/jordan-rivera/';
const JORDAN_TITLE = 'Jordan Rivera | LinkedIn';

/** The page on its own: no other profile to switch to in place. */
export function jordanRiveraPage(content: DemoContent): string {
  const profile = { path: JORDAN_PATH, title: JORDAN_TITLE, main: jordanRiveraMain(content) };
  return linkedinShell(profile, [profile]);
}

function jordanRiveraMain(content: DemoContent): string {
  const jordan: Person = {
    name: 'Jordan Rivera',
    initials: 'JR',
    headline: 'Senior Platform Engineer · Kubernetes, Go and delivery pipelines',
    location: 'Bristol, England, United Kingdom',
    connections: '500+',
    cover: 'linear-gradient(120deg,#3b1f4a,#7a4f9a 55%,#e0a96d)',
    about:
      '<p>I run Kubernetes platforms and write the Go services and Terraform around them. Before that I built delivery pipelines that ship to AWS dozens of times a day.</p>',
    experience: [
      {
        title: 'Senior Platform Engineer',
        company: 'Orbital Operations Ltd · Full-time',
        period: 'May 2021 – Present · 5 yrs 7 mos',
        place: 'Bristol, England · Hybrid',
        text: 'Runs 12 Kubernetes clusters; wrote the Go deployment controller and its Terraform modules.',
      },
    ],
    certifications: content.jordan,
    generation: 'classic',
    alsoViewed: [
      { name: 'Katherine Johnson', initials: 'KJ', headline: 'Trajectory analysis at NASA' },
      { name: 'Mallory Impostor', initials: 'MI', headline: 'Cloud engineer · AWS pipelines' },
    ],
  };
  return profileMain(jordan);
}
