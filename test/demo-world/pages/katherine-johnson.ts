// Katherine Johnson's profile (/in/katherine-johnson/): the third demo candidate, with two
// verified demo-issuer credentials that cover most of the demo job's required skills.

import type { DemoContent } from '../links';
import { type Person, profileMain } from './profile-parts';

export const KATHERINE_PATH = '/in/katherine-johnson/';
export const KATHERINE_TITLE = 'Katherine Johnson | LinkedIn';

export function katherineJohnsonMain(content: DemoContent): string {
  const katherine: Person = {
    name: 'Katherine Johnson',
    initials: 'KJ',
    headline: 'Staff Platform Engineer · Trajectories, Kubernetes and AWS',
    location: 'Hampton, Virginia, United States',
    connections: '500+',
    cover: 'linear-gradient(120deg,#0f3d3e,#2c7873 55%,#d9b44a)',
    about:
      '<p>I compute trajectories for a living: today they are deployment pipelines and cluster upgrades rather than orbits. I run multi-account AWS platforms and the Terraform that builds them.</p>',
    experience: [
      {
        title: 'Staff Platform Engineer',
        company: 'Langley Research Systems · Full-time',
        period: 'Apr 2020 – Present · 6 yrs 8 mos',
        place: 'Hampton, Virginia',
        text: 'Runs 25 Kubernetes clusters on AWS; wrote the Go controllers behind self-service environments.',
      },
    ],
    certifications: content.katherine,
    generation: 'classic',
    alsoViewed: [
      { name: 'Grace Hopper', initials: 'GH', headline: 'Rear Admiral (ret.) · Compiler pioneer' },
    ],
  };
  return profileMain(katherine);
}
