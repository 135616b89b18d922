// The parts of a LinkedIn-like profile other than certifications: top card, About, Experience
// and the "People also viewed" rail. A profile's main content is what the SPA script swaps.

import type { ProfileCert } from '../links';
import { certificationsSection, type Generation } from './certifications';
import { esc, ICONS, icon } from './html';

export type Job = { title: string; company: string; period: string; place: string; text: string };

export type Person = {
  name: string;
  initials: string;
  headline: string;
  location: string;
  connections: string;
  cover: string;
  /** HTML (links allowed). */
  about: string;
  experience: Job[];
  certifications: ProfileCert[];
  generation: Generation;
  alsoViewed: Array<{ name: string; initials: string; headline: string; href?: string }>;
};

/** The swappable part of a profile page: the profile column and its rail. */
export function profileMain(person: Person): string {
  return `<div class="scaffold-layout__main">
${topCard(person)}
${card('About', `<div class="pv-shared-text-with-see-more t-14 t-normal">${person.about}</div>`, 'about')}
${card('Experience', `<ul class="pvs-list">${person.experience.map(job).join('')}</ul>`, 'experience')}
${certificationsSection(person.certifications, person.generation)}
</div>
<aside class="scaffold-layout__aside" aria-label="People also viewed">
<section class="artdeco-card pv-profile-card"><h2 class="pvs-header__title rail-title">People also viewed</h2>
<ul class="rail-list">${person.alsoViewed.map(viewed).join('')}</ul></section>
<section class="artdeco-card pv-profile-card rail-note"><p>Credlens demo world · not affiliated with LinkedIn</p></section>
</aside>`;
}

function topCard(person: Person): string {
  return `<section class="artdeco-card pv-top-card" data-member-id="${esc(person.initials)}">
<div class="pv-top-card__cover" style="background:${person.cover}"></div>
<div class="pv-top-card__body">
<div class="pv-top-card__photo" aria-hidden="true">${esc(person.initials)}</div>
<h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${esc(person.name)}</h1>
<div class="text-body-medium break-words">${esc(person.headline)}</div>
<div class="pv-text-details__left-panel mt2"><span class="text-body-small inline t-black--light break-words">${esc(person.location)}</span> · <span class="link-like">Contact info</span></div>
<div class="pv-top-card--list t-bold link-like">${esc(person.connections)} connections</div>
<div class="pv-top-card__actions"><button class="artdeco-button artdeco-button--primary" type="button">Connect</button><button class="artdeco-button artdeco-button--secondary" type="button">Message</button><button class="artdeco-button artdeco-button--muted" type="button">More</button></div>
</div></section>`;
}

function card(title: string, body: string, anchor: string): string {
  return `<section class="artdeco-card pv-profile-card break-words"><div id="${anchor}" class="pv-profile-card__anchor"></div>
<div class="pvs-header__container"><h2 class="pvs-header__title">${esc(title)}</h2></div>
<div class="pvs-card__body">${body}</div></section>`;
}

function job(item: Job): string {
  return `<li class="pvs-list__item--line-separated artdeco-list__item t-14">
<div class="pvs-entity__image ivm-image-view-model" style="background:#5e6d55" aria-hidden="true">${esc(item.company.slice(0, 1))}</div>
<div class="pvs-entity__content"><h3 class="t-bold mr1">${esc(item.title)}</h3>
<span class="t-14 t-normal">${esc(item.company)}</span>
<span class="t-14 t-normal t-black--light">${esc(item.period)}</span>
<span class="t-14 t-normal t-black--light">${esc(item.place)}</span>
<p class="pvs-entity__description">${esc(item.text)}</p></div></li>`;
}

function viewed(person: Person['alsoViewed'][number]): string {
  const name =
    person.href === undefined
      ? `<span class="t-bold">${esc(person.name)}</span>`
      : `<a class="t-bold rail-link" href="${esc(person.href)}" data-spa-link>${esc(person.name)}</a>`;
  return `<li class="rail-item"><div class="rail-photo" aria-hidden="true">${esc(person.initials)}</div>
<div class="rail-body">${name}<div class="t-14 t-black--light">${esc(person.headline)}</div>
<button class="artdeco-button artdeco-button--secondary artdeco-button--muted rail-button" type="button">${icon(ICONS.network, 16)} Connect</button></div></li>`;
}
