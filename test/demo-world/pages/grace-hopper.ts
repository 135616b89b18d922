// Grace Hopper's profile content: what the SPA swaps in after "People also viewed", and what
// /in/grace-hopper/ serves directly. Her certifications use the redesigned (hashed) markup.

import type { DemoContent } from '../links';
import { type Person, profileMain } from './profile-parts';

export const GRACE_PATH = '/in/grace-hopper/';
export const GRACE_TITLE = 'Grace Hopper | LinkedIn';

export function graceHopperMain(content: DemoContent): string {
  const grace: Person = {
    name: 'Grace Hopper',
    initials: 'GH',
    headline: 'Rear Admiral (ret.) · Compiler pioneer · Data processing systems',
    location: 'Arlington, Virginia, United States',
    connections: '500+',
    cover: 'linear-gradient(120deg,#1e3a5f,#3f6e8c 55%,#c9a227)',
    about:
      '<p>I wrote the first compiler and helped turn programming into something people, not just machines, could read. Today I mentor teams on language design and large-scale data processing.</p><p>“The most dangerous phrase in the language is: we’ve always done it this way.”</p>',
    experience: [
      {
        title: 'Director, Navy Programming Languages Group',
        company: 'United States Navy · Full-time',
        period: 'Jan 2021 – Present · 5 yrs 11 mos',
        place: 'Washington, DC',
        text: 'Standardised COBOL across fleet data systems; introduced compiler validation suites.',
      },
      {
        title: 'Senior Mathematician',
        company: 'Remington Rand · Full-time',
        period: 'Mar 2014 – Dec 2020 · 6 yrs 10 mos',
        place: 'Philadelphia, Pennsylvania',
        text: 'Built the A-0 system and FLOW-MATIC for the UNIVAC I.',
      },
    ],
    certifications: content.grace,
    generation: 'hashed',
    alsoViewed: [
      {
        name: 'Ada Lovelace',
        initials: 'AL',
        headline: 'Principal Platform Engineer · Analytical engines',
        href: '/in/ada-lovelace/',
      },
      { name: 'Katherine Johnson', initials: 'KJ', headline: 'Trajectory analysis at NASA' },
      { name: 'Jean Bartik', initials: 'JB', headline: 'ENIAC programmer' },
    ],
  };
  return profileMain(grace);
}
