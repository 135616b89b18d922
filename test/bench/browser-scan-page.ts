// A large LinkedIn-like profile page for the in-browser scan benchmark (browser.ts): global
// navigation, top card, About, Experience, "Licenses & certifications" with the credential
// links, Skills, an Activity feed with comments, a "People also viewed" rail and a footer,
// padded with feed posts until the page holds about `elements` elements. Deterministic: the
// same options give the same page. Every image is same-origin http (never a credential); the
// credential links are https Credly, Accredible, Coursera and edX links, some behind LinkedIn's
// redirect wrapper, and there are look-alike links that must not match (Credly organisation
// and user pages, Coursera catalogue pages, package.json).

export type ScanBenchPageOptions = {
  /** About how many elements the page holds (html, head and body included). */
  elements?: number;
  /** How many credential links (each one detection) the certifications card holds. */
  credentialLinks?: number;
};

export type ScanBenchPage = {
  html: string;
  /** Detections a scan of the whole document must return. */
  credentialLinks: number;
  /** Opening tags in `html`: the element count the parser should produce. */
  elements: number;
};

export const SCAN_PAGE_ELEMENTS = 10_000;
export const SCAN_PAGE_CREDENTIAL_LINKS = 30;

/** The page's HTML, with the number of credential links and elements it holds. */
export function buildScanBenchPage(options: ScanBenchPageOptions = {}): ScanBenchPage {
  const target = options.elements ?? SCAN_PAGE_ELEMENTS;
  const credentialLinks = options.credentialLinks ?? SCAN_PAGE_CREDENTIAL_LINKS;
  const random = seeded(0x5eed);
  const before = [navigation(), topCard(), about(), experience(random)].join('\n');
  const certs = certifications(credentialLinks, random);
  const after = [skills(random)].join('\n');
  const rail = `<aside class="scaffold-layout__aside" aria-label="People also viewed">${peopleAlsoViewed(random)}</aside>\n${footer()}`;
  const fixed = [before, certs, after, rail].join('\n');
  const posts: string[] = [];
  // The shell's own tags: html, head, meta, title, style, body, main, the Activity section,
  // its heading and its list.
  const shell = 10;
  let count = shell + countTags(fixed);
  for (let index = 0; count < target && index < 10_000; index++) {
    const post = feedPost(index, random);
    const tags = countTags(post);
    if (count + tags > target + tags / 2) break;
    posts.push(post);
    count += tags;
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ada Lovelace | LinkedIn</title><style>${CSS}</style></head>
<body class="render-mode-BIGPIPE">
${before}
<main class="scaffold-layout__main" id="main">
${certs}
${after}
<section class="artdeco-card pv-profile-card" id="activity"><h2 class="pvs-header__title">Activity</h2>
<div class="feed-list">${posts.join('\n')}</div></section>
</main>
${rail}
</body></html>`;
  return { html, credentialLinks, elements: countTags(html) };
}

function countTags(html: string): number {
  return html.match(/<[a-z][a-z0-9-]*/gi)?.length ?? 0;
}

// Deterministic pseudo-random numbers (mulberry32), so the page is the same on every run.
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hex(random: () => number, length: number): string {
  let out = '';
  for (let index = 0; index < length; index++) out += Math.floor(random() * 16).toString(16);
  return out;
}

function uuid(random: () => number): string {
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function redirect(url: string, random: () => number): string {
  return `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(url)}&amp;urlhash=${hex(random, 4)}&amp;trk=public_profile_certification-title`;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Barbara', 'Edsger', 'Frances', 'Donald', 'Radia', 'Ken'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Liskov', 'Dijkstra', 'Allen', 'Knuth', 'Perlman'];
const WORDS = [
  'platform',
  'kubernetes',
  'terraform',
  'observability',
  'pipelines',
  'schedulers',
  'credentials',
  'security',
  'latency',
  'rollouts',
  'on-call',
  'compilers',
];
const SKILLS = [
  'Kubernetes',
  'Terraform',
  'Go',
  'Rust',
  'TypeScript',
  'AWS',
  'Google Cloud',
  'Site Reliability Engineering',
  'CI/CD',
  'Linux',
  'PostgreSQL',
  'Distributed Systems',
];

function name(random: () => number): string {
  return `${pick(random, FIRST)} ${pick(random, LAST)}`;
}

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function icon(): string {
  return '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3 3h10v10H3z"></path></svg>';
}

function navigation(): string {
  const items = ['Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business'];
  return `<header class="global-nav" id="global-nav"><div class="global-nav__content">
<a class="global-nav__logo" href="/feed/"><span class="visually-hidden">LinkedIn</span>${icon()}</a>
<div class="search-global-typeahead"><input type="text" aria-label="Search" placeholder="Search"></div>
<nav class="global-nav__nav"><ul class="global-nav__primary-items">${items
    .map(
      (item) =>
        `<li class="global-nav__primary-item"><a class="global-nav__primary-link" href="/${item.toLowerCase().replace(/\s+/g, '-')}/">${icon()}<span class="t-12">${item}</span></a></li>`,
    )
    .join('')}</ul></nav></div></header>`;
}

function topCard(): string {
  return `<section class="artdeco-card pv-top-card"><div class="pv-top-card__cover"></div>
<div class="pv-top-card__body"><img class="pv-top-card__photo" src="/media/ada-lovelace.jpg" alt="Ada Lovelace" width="128" height="128">
<h1 class="text-heading-xlarge">Ada Lovelace</h1><div class="text-body-medium">Principal Platform Engineer · Kubernetes, Terraform &amp; verifiable credentials</div>
<div class="pv-text-details__left-panel"><span class="text-body-small">London, England, United Kingdom</span> · <a href="/in/ada-lovelace/overlay/contact-info/">Contact info</a></div>
<div class="pv-top-card--list"><a href="/mynetwork/invite-connect/connections/"><span class="t-bold">500+</span> connections</a></div>
<div class="pv-top-card__actions"><button type="button" class="artdeco-button">Connect</button><button type="button" class="artdeco-button">Message</button><button type="button" class="artdeco-button">More</button></div>
</div></section>`;
}

function card(id: string, title: string, body: string): string {
  return `<section class="artdeco-card pv-profile-card break-words"><div id="${id}" class="pv-profile-card__anchor"></div>
<div class="pvs-header__container"><h2 class="pvs-header__title">${title}</h2></div><div class="pvs-card__body">${body}</div></section>`;
}

function about(): string {
  return card(
    'about',
    'About',
    `<div class="pv-shared-text-with-see-more"><p>I build the platforms other engineers ship on. Slides are on <a href="https://github.com/ada-lovelace/talks">GitHub</a>; my tooling config is in <a href="https://github.com/ada-lovelace/dotfiles/blob/main/package.json">package.json</a>.</p>
<p>Certified on <a href="https://www.credly.com/users/ada-lovelace">Credly</a>; courses from <a href="https://www.coursera.org/specializations/deep-learning">Coursera</a>; issuers such as <a href="https://www.credly.com/organizations/the-linux-foundation/badges">the Linux Foundation</a>.</p></div>`,
  );
}

function experience(random: () => number): string {
  const jobs: string[] = [];
  for (let index = 0; index < 8; index++) {
    jobs.push(`<li class="pvs-list__item--line-separated artdeco-list__item"><div class="display-flex">
<a href="/company/${1000 + index}/"><img src="/media/company-${index}.jpg" alt="Company ${index} logo" width="48" height="48"></a>
<div class="pvs-entity__content"><h3 class="t-bold"><span aria-hidden="true">Engineer ${index + 1}</span><span class="visually-hidden">Engineer ${index + 1}</span></h3>
<span class="t-14 t-normal"><span aria-hidden="true">Company ${index} · Full-time</span></span>
<span class="t-14 t-black--light"><span aria-hidden="true">201${index % 10} – 202${index % 10}</span></span>
<ul class="pvs-list"><li><div class="t-14"><span aria-hidden="true">${sentence(random, 14)}</span></div></li>
<li><div class="t-14"><span aria-hidden="true">Skills: ${pick(random, SKILLS)} · ${pick(random, SKILLS)}</span></div></li></ul></div></div></li>`);
  }
  return card('experience', 'Experience', `<ul class="pvs-list">${jobs.join('\n')}</ul>`);
}

type Cert = { name: string; issuer: string; href: string; image: boolean };

function credentialHrefs(count: number, random: () => number): Cert[] {
  const certs: Cert[] = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 10;
    let href: string;
    let issuer: string;
    if (kind < 6) {
      const suffix = index % 3 === 0 ? '/public_url' : '';
      href = `https://www.credly.com/badges/${uuid(random)}${suffix}`;
      issuer = 'Credly';
    } else if (kind < 8) {
      href = `https://www.credential.net/${10_000_000 + Math.floor(random() * 89_999_999)}`;
      issuer = 'Accredible';
    } else if (kind === 8) {
      href = `https://www.coursera.org/account/accomplishments/verify/${hex(random, 12).toUpperCase()}`;
      issuer = 'Coursera';
    } else {
      href = `https://courses.edx.org/certificates/${hex(random, 32)}`;
      issuer = 'edX';
    }
    certs.push({
      name: `${pick(random, SKILLS)} Certified Professional ${index + 1}`,
      issuer,
      href: index % 4 === 1 ? redirect(href, random) : href,
      image: index % 7 === 3,
    });
  }
  return certs;
}

function certifications(count: number, random: () => number): string {
  const items = credentialHrefs(count, random).map((cert, index) => {
    const action = cert.image
      ? `<div class="pvs-thumbnail__wrapper"><a href="${cert.href}" target="_blank" rel="noopener noreferrer"><img alt="${cert.name} badge" src="/media/badge-${index}.jpg" width="64" height="64"></a></div>`
      : `<div><a class="optional-action-target-wrapper artdeco-button artdeco-button--secondary" href="${cert.href}" target="_blank" rel="noopener noreferrer" aria-label="Show credential. Opens in a new tab"><span>Show credential</span>${icon()}</a></div>`;
    return `<li class="pvs-list__item--line-separated artdeco-list__item t-14">
<div class="ivm-image-view-model pvs-entity__image" aria-hidden="true">${cert.issuer.slice(0, 2)}</div>
<div class="pvs-entity__content"><h3 class="t-bold"><span aria-hidden="true">${cert.name}</span><span class="visually-hidden">${cert.name}</span></h3>
<span class="t-14 t-normal"><span aria-hidden="true">${cert.issuer}</span><span class="visually-hidden">${cert.issuer}</span></span>
<span class="t-14 t-black--light"><span aria-hidden="true">Issued Jan 2025</span><span class="visually-hidden">Issued Jan 2025</span></span>
<span class="t-14 t-black--light"><span aria-hidden="true">Credential ID ${hex(random, 10)}</span></span>
<div class="pvs-entity__skills"><span aria-hidden="true">Skills: ${pick(random, SKILLS)} · ${pick(random, SKILLS)}</span></div>${action}</div></li>`;
  });
  return `<section class="artdeco-card pv-profile-card break-words" data-view-name="profile-card"><div id="licenses_and_certifications" class="pv-profile-card__anchor"></div>
<div class="pvs-header__container"><h2 class="pvs-header__title">Licenses &amp; certifications</h2></div>
<div class="pvs-list__outer-container"><ul class="pvs-list">${items.join('\n')}</ul></div></section>`;
}

function skills(random: () => number): string {
  const items: string[] = [];
  for (let index = 0; index < 40; index++) {
    const skill = `${pick(random, SKILLS)} ${index + 1}`;
    items.push(
      `<li class="artdeco-list__item"><a href="/in/ada-lovelace/details/skills/urn:li:fsd_skill:${index}/"><span class="t-bold"><span aria-hidden="true">${skill}</span></span></a><div class="t-14"><span aria-hidden="true">${1 + Math.floor(random() * 99)} endorsements</span></div></li>`,
    );
  }
  return card('skills', 'Skills', `<ul class="pvs-list">${items.join('')}</ul>`);
}

function feedPost(index: number, random: () => number): string {
  const author = name(random);
  const member = `member-${index}`;
  const comments: string[] = [];
  for (let comment = 0; comment < 3; comment++) {
    const who = name(random);
    comments.push(`<article class="comments-comment-item"><a class="comments-post-meta__actor-link" href="/in/${member}-c${comment}/"><img src="/media/avatar-${index}-${comment}.jpg" alt="${who}" width="32" height="32"></a>
<div class="comments-comment-item__main-content"><span class="comments-post-meta__name-text"><span aria-hidden="true">${who}</span></span><time class="t-12">${1 + comment}d</time>
<div class="update-components-text"><span dir="ltr">${sentence(random, 10)}</span></div>
<div class="comments-comment-social-bar"><button type="button" aria-label="Like">Like</button><button type="button" aria-label="Reply">Reply</button></div></div></article>`);
  }
  const link =
    index % 5 === 0
      ? `<a href="https://engineering.example.com/posts/${index}">engineering.example.com/posts/${index}</a>`
      : `<a href="/feed/hashtag/${pick(random, WORDS)}/">#${pick(random, WORDS)}</a>`;
  return `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${7_000_000 + index}" role="article">
<div class="update-components-actor"><a class="update-components-actor__image" href="/in/${member}/"><img src="/media/avatar-${index}.jpg" alt="${author}" width="48" height="48"></a>
<div class="update-components-actor__meta"><a href="/in/${member}/"><span class="update-components-actor__title"><span aria-hidden="true">${author}</span></span></a><span class="update-components-actor__description">${sentence(random, 5)}</span><time class="t-12">${1 + (index % 20)}w</time></div></div>
<div class="update-components-text"><p><span dir="ltr">${sentence(random, 24)} ${link}</span></p></div>
<div class="social-details-social-counts"><ul><li><button type="button">${Math.floor(random() * 300)} reactions</button></li><li><button type="button">${comments.length} comments</button></li></ul></div>
<div class="feed-shared-social-action-bar">${['Like', 'Comment', 'Repost', 'Send']
    .map((action) => `<span><button type="button">${icon()}<span>${action}</span></button></span>`)
    .join('')}</div>
<div class="comments-comments-list">${comments.join('\n')}</div></div>`;
}

function peopleAlsoViewed(random: () => number): string {
  const people: string[] = [];
  for (let index = 0; index < 20; index++) {
    const who = name(random);
    people.push(
      `<li class="rail-item"><a href="/in/viewed-${index}/"><img src="/media/viewed-${index}.jpg" alt="${who}" width="48" height="48"><div><span class="t-bold">${who}</span><span class="t-14">${sentence(random, 4)}</span></div></a><button type="button" class="artdeco-button">Connect</button></li>`,
    );
  }
  return `<section class="artdeco-card"><h2 class="pvs-header__title">People also viewed</h2><ul class="rail-list">${people.join('')}</ul></section>`;
}

function footer(): string {
  const links = [
    'About',
    'Accessibility',
    'Talent Solutions',
    'Community Guidelines',
    'Careers',
    'Marketing Solutions',
    'Privacy & Terms',
    'Ad Choices',
    'Advertising',
    'Sales Solutions',
    'Mobile',
    'Small Business',
    'Safety Center',
  ];
  return `<footer class="global-footer"><ul class="global-footer__links">${links
    .map(
      (link) =>
        `<li><a href="/legal/${link.toLowerCase().replace(/[^a-z]+/g, '-')}">${link.replace('&', '&amp;')}</a></li>`,
    )
    .join('')}</ul><p>LinkedIn-like benchmark page · not affiliated with LinkedIn</p></footer>`;
}

const CSS = `body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#f4f2ee}
.global-nav{background:#fff;border-bottom:1px solid #ddd}.global-nav__primary-items{display:flex;list-style:none;gap:16px}
.scaffold-layout__main{max-width:800px;margin:16px auto}.artdeco-card{background:#fff;border-radius:8px;margin:8px 0;padding:12px 24px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.pvs-list{list-style:none;margin:0;padding:0}.artdeco-list__item{padding:12px 0;border-top:1px solid rgba(0,0,0,.08)}
.feed-shared-update-v2{border-top:1px solid #ddd;padding:12px 0}.comments-comment-item{margin-left:40px}
.rail-list{list-style:none;padding:0}.global-footer__links{display:flex;flex-wrap:wrap;gap:8px;list-style:none}`;
