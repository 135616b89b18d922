// A GitHub-like profile (/ada-github/) whose README shows Credly badge images linking to
// https://www.credly.com/badges/<uuid>/public_url, as candidates' READMEs do; the artwork is
// served locally (/assets/credly/<slug>.svg) instead of images.credly.com.

import type { CredlyBadge } from '../catalogue';
import type { DemoContent } from '../links';
import { esc } from './html';

export const GITHUB_PATH = '/ada-github/';

export function githubProfilePage(content: DemoContent): string {
  const badges = content.github
    .map(
      (badge) =>
        `<a href="${esc(badge.href)}" target="_blank" rel="noopener noreferrer"><img src="${esc(badge.image)}" alt="${esc(badge.name)}" title="${esc(badge.name)}" width="110" height="110" style="max-width:100%"></a>`,
    )
    .join('\n');
  const repos = [
    [
      'platform-modules',
      'Terraform modules for our multi-region Kubernetes platform.',
      'HCL',
      '#844fba',
      '412',
    ],
    [
      'bernoulli',
      'Computes Bernoulli numbers on a simulated Analytical Engine.',
      'Go',
      '#00add8',
      '1.8k',
    ],
    [
      'vc-playground',
      'Issue and verify Open Badges 3.0 credentials locally.',
      'TypeScript',
      '#3178c6',
      '236',
    ],
    [
      'ci-templates',
      'Reusable CI/CD workflows with supply-chain attestations.',
      'Shell',
      '#89e051',
      '97',
    ],
  ]
    .map(
      ([name, text, language, color, stars]) =>
        `<li class="pinned-item"><a class="repo" href="#${name}">${name}</a><span class="Label">Public</span><p>${text}</p><p class="meta"><span class="dot" style="background:${color}"></span>${language} · ★ ${stars}</p></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en" data-color-mode="light">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ada-lovelace (Ada Lovelace) · GitHub</title>
<style>
body{margin:0;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
.Header{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:14px 32px;display:flex;gap:16px;align-items:center}
.Header .mark{width:32px;height:32px;border-radius:50%;background:#1f2328}
.Header input{border:1px solid #d1d9e0;border-radius:6px;padding:5px 10px;width:260px;font:inherit}
.UnderlineNav{border-bottom:1px solid #d1d9e0;padding:0 32px;display:flex;gap:20px}
.UnderlineNav span{padding:12px 2px}.UnderlineNav .selected{border-bottom:2px solid #fd8c73;font-weight:600}
.Layout{max-width:1280px;margin:24px auto;padding:0 32px;display:grid;grid-template-columns:296px 1fr;gap:24px}
.avatar{width:260px;height:260px;border-radius:50%;border:1px solid #d1d9e0;background:linear-gradient(135deg,#4b79a1,#283e51);color:#fff;font:600 96px/260px sans-serif;text-align:center}
.vcard-names h1{margin:16px 0 0;font-size:24px;line-height:1.25}.vcard-username{font-size:20px;font-weight:300;color:#59636e}
.btn{display:block;width:100%;margin:16px 0;padding:5px 16px;border:1px solid #d1d9e0;border-radius:6px;background:#f6f8fa;font:600 14px sans-serif}
.Box{border:1px solid #d1d9e0;border-radius:6px;padding:24px;margin-bottom:24px}
.Box-title{font-size:12px;color:#59636e;margin:0 0 12px}
.markdown-body h1{font-size:2em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin:0 0 16px}
.markdown-body h2{font-size:1.5em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
.markdown-body code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
.badges a{display:inline-block;margin:0 8px 8px 0}
.pinned{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:1fr 1fr;gap:16px}
.pinned-item{border:1px solid #d1d9e0;border-radius:6px;padding:16px}
.repo{font-weight:600;color:#0969da;text-decoration:none}.Label{margin-left:8px;border:1px solid #d1d9e0;border-radius:2em;padding:0 7px;font-size:12px;color:#59636e}
.pinned-item p{margin:8px 0 0;color:#59636e;font-size:12px}.dot{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:4px;vertical-align:-1px}
</style></head>
<body>
<header class="Header"><span class="mark" aria-hidden="true"></span><input type="search" placeholder="Type / to search" aria-label="Search"></header>
<nav class="UnderlineNav" aria-label="User"><span class="selected">Overview</span><span>Repositories 42</span><span>Projects</span><span>Packages</span><span>Stars 318</span></nav>
<div class="Layout">
<div class="Layout-sidebar"><div class="avatar" aria-hidden="true">AL</div>
<div class="vcard-names"><h1><span class="p-name">Ada Lovelace</span></h1><span class="vcard-username">ada-lovelace</span></div>
<button class="btn" type="button">Follow</button>
<p>Platform engineer. Kubernetes, Terraform, Go. Verifiable credentials enthusiast.</p>
<p>Analytical Engines Ltd<br>London, UK</p></div>
<div class="Layout-main">
<div class="Box"><p class="Box-title">ada-lovelace / README.md</p>
<article class="markdown-body entry-content">
<h1>Hi, I'm Ada</h1>
<p>I run the platform team at <strong>Analytical Engines Ltd</strong>: 40 Kubernetes clusters on AWS, managed with Terraform and a handful of Go operators.</p>
<ul><li>Working on <code>vc-playground</code>, an Open Badges 3.0 sandbox</li><li>Learning Rust and formal methods</li><li>Reach me at <code>ada@analytical-engines.example</code></li></ul>
<h2>Certifications</h2>
<p class="badges">
${badges}
</p>
<p><em>Badges issued via Credly; click one to check it.</em></p>
</article></div>
<h2 style="font-size:16px;font-weight:400">Pinned</h2>
<ol class="pinned">${repos}</ol>
</div></div>
</body></html>
`;
}

/** The stand-in artwork for a Credly badge: a hexagon in the badge colour with its short name. */
export function credlyBadgeSvg(badge: CredlyBadge): string {
  const short = esc(badge.slug.toUpperCase().replace(/-/g, ' '));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="110" height="110" viewBox="0 0 110 110">
<polygon points="55,4 100,30 100,80 55,106 10,80 10,30" fill="${badge.color}" stroke="#d4a017" stroke-width="5"/>
<text x="55" y="52" font-family="Arial,sans-serif" font-size="${short.length > 6 ? 12 : 16}" font-weight="700" fill="#fff" text-anchor="middle">${short}</text>
<text x="55" y="72" font-family="Arial,sans-serif" font-size="9" fill="#fff" text-anchor="middle">${esc(badge.issuer.name.replace(/^The /, '').split(' ')[0] ?? '')}</text>
</svg>
`;
}
