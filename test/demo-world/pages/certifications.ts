// LinkedIn's "Licenses & certifications" card (PROVIDERS.md §2.1) in two of the markup
// generations found in the wild: `classic` (pvs-/artdeco- classes, every text line twice as an
// aria-hidden span plus a visually-hidden copy) and `hashed` (the redesign: obfuscated class
// names, each line once). Both keep a <section> with an <h2> heading and one <li> per item.

import type { ProfileCert } from '../links';
import { esc, ICONS, icon } from './html';

export type Generation = 'classic' | 'hashed';

type Part = keyof typeof CLASSIC;

const CLASSIC = {
  section: 'artdeco-card pv-profile-card break-words',
  title: 'pvs-header__title text-heading-large',
  list: 'pvs-list',
  item: 'pvs-list__item--line-separated artdeco-list__item t-14',
  logo: 'ivm-image-view-model pvs-entity__image',
  body: 'pvs-entity__content display-flex flex-column full-width',
  name: 't-bold mr1 hoverable-link-text',
  line: 't-14 t-normal',
  caption: 't-14 t-normal t-black--light pvs-entity__caption-wrapper',
  skills: 'pvs-entity__skills t-14 t-normal',
  button:
    'optional-action-target-wrapper artdeco-button artdeco-button--secondary artdeco-button--muted',
  media: 'pvs-thumbnail__wrapper',
};

const HASHED: Record<Part, string> = {
  section: '_5b3f1c0e _e0a7d93c',
  title: '_1f4c7b90 _c2e85d17',
  list: '_6a0d3e58',
  item: '_9e7b2f14 _04c1a8d6',
  logo: '_b7c05e21',
  body: '_3d9a6f72 _f1e2c3d4',
  name: '_a4e81b3f',
  line: '_71c2d0e9',
  caption: '_2e6f9a05 _71c2d0e9',
  skills: '_c8b1e7a3',
  button: '_0f5d2b6c _e93a4c18',
  media: '_d4a7e0b2',
};

/** The card for `certs`, rendered in markup `generation`. */
export function certificationsSection(certs: ProfileCert[], generation: Generation): string {
  const cls = generation === 'classic' ? CLASSIC : HASHED;
  const text = (value: string) =>
    generation === 'classic'
      ? `<span aria-hidden="true">${esc(value)}</span><span class="visually-hidden">${esc(value)}</span>`
      : esc(value);
  const items = certs.map((cert) => {
    const lines = [
      `<h3 class="${cls.name}">${text(cert.name)}</h3>`,
      `<span class="${cls.line}">${text(cert.issuer)}</span>`,
      `<span class="${cls.caption}">${text(cert.dates)}</span>`,
      cert.credentialId === undefined
        ? ''
        : `<span class="${cls.caption}">${text(`Credential ID ${cert.credentialId}`)}</span>`,
    ];
    const action =
      cert.image === true
        ? `<div class="${cls.media}"><a href="${esc(cert.href)}" target="_blank" rel="noopener noreferrer"><img alt="Credential badge" src="${esc(cert.href)}" width="64" height="64"></a></div>`
        : `<div><a class="${cls.button}" href="${esc(cert.href)}" target="_blank" rel="noopener noreferrer" aria-label="Show credential. Opens in a new tab"><span>Show credential</span>${icon(ICONS.external, 16, 16)}</a></div>`;
    const skills =
      cert.skills.length === 0
        ? ''
        : `<div class="${cls.skills}">${text(`Skills: ${skillLine(cert.skills)}`)}</div>`;
    return `<li class="${cls.item}">
  <div class="${cls.logo}" style="background:${cert.logo.color}" aria-hidden="true">${esc(cert.logo.initials)}</div>
  <div class="${cls.body}">${lines.join('')}${skills}${action}</div>
</li>`;
  });
  const classic = generation === 'classic';
  const anchor = classic
    ? '<div id="licenses_and_certifications" class="pv-profile-card__anchor"></div>'
    : '';
  return `<section class="${cls.section}" data-view-name="profile-card">${anchor}
<div class="${classic ? 'pvs-header__container' : '_8d2e6a41'}"><h2 class="${cls.title}">Licenses &amp; certifications</h2></div>
<div class="${classic ? 'pvs-list__outer-container' : '_f7b3c9e0'}"><ul class="${cls.list}">${items.join('\n')}</ul></div>
</section>`;
}

/** The card's CSS for both generations (a rule per part, both selectors). */
export function certificationsCss(): string {
  const rules: Record<Exclude<Part, 'section' | 'title'>, string> = {
    list: 'list-style:none;margin:0;padding:0 0 4px',
    item: 'display:flex;gap:12px;padding:14px 24px;border-top:1px solid rgba(0,0,0,.08)',
    logo: 'flex:0 0 48px;height:48px;border-radius:4px;color:#fff;font:600 16px/48px system-ui,sans-serif;text-align:center',
    body: 'display:flex;flex-direction:column;gap:2px;min-width:0',
    name: 'margin:0;font-size:16px;font-weight:600;color:rgba(0,0,0,.9)',
    line: 'font-size:14px;color:rgba(0,0,0,.9)',
    caption: 'font-size:14px;color:rgba(0,0,0,.6)',
    skills: 'font-size:14px;color:rgba(0,0,0,.9);margin-top:6px',
    button:
      'display:inline-flex;align-items:center;gap:6px;margin-top:8px;padding:5px 16px;border:1px solid rgba(0,0,0,.6);border-radius:16px;color:rgba(0,0,0,.6);font-weight:600;font-size:16px;text-decoration:none',
    media: 'margin-top:8px',
  };
  const css = Object.entries(rules).map(([part, body]) => {
    const selectors = [CLASSIC[part as Part], HASHED[part as Part]].map(
      (classes) => `.${classes.split(' ')[0]}`,
    );
    return `${selectors.join(',')}{${body}}`;
  });
  css.push(
    `.${CLASSIC.list.split(' ')[0]} li:first-child,.${HASHED.list} li:first-child{border-top:0}`,
    `.${CLASSIC.media} img,.${HASHED.media} img{border-radius:4px;border:1px solid rgba(0,0,0,.08);display:block}`,
    `.${CLASSIC.button.split(' ')[0]}:hover,.${HASHED.button.split(' ')[0]}:hover{background:rgba(0,0,0,.08);box-shadow:inset 0 0 0 1px rgba(0,0,0,.6)}`,
  );
  return css.join('\n');
}

function skillLine(skills: string[]): string {
  if (skills.length <= 2) return skills.join(' · ');
  return `${skills.slice(0, 2).join(', ')} and +${skills.length - 2} skill${skills.length > 3 ? 's' : ''}`;
}
