// The LinkedIn-like document around a profile, made a single-page app the way LinkedIn is
// (PROVIDERS.md §2.2): links marked data-spa-link to another profile call history.pushState and
// swap <main>'s content from an inert <template>, with no page load; Back restores it. Like
// LinkedIn, the page watches its own DOM: a MutationObserver, installed once the document is
// parsed (before any document_idle content script runs), records every change anyone makes in
// window.__pageMutations, so tests can tell that Credlens made none (page-untouched mode).

import { esc, ICONS, icon } from './html';
import { linkedinCss } from './linkedin-style';

export type ShellProfile = { path: string; title: string; main: string };

/** The page for `current`, carrying every profile in `profiles` for client-side navigation. */
export function linkedinShell(current: ShellProfile, profiles: ShellProfile[]): string {
  const nav = [
    ['Home', ICONS.home],
    ['My Network', ICONS.network],
    ['Jobs', ICONS.jobs],
    ['Messaging', ICONS.messaging],
    ['Notifications', ICONS.bell],
  ]
    .map(
      ([label, path]) =>
        `<li class="global-nav__primary-item">${icon(path as string)}<span>${label}</span></li>`,
    )
    .join('');
  const templates = profiles
    .map(
      (profile) =>
        `<template data-profile-path="${esc(profile.path)}" data-title="${esc(profile.title)}">${profile.main}</template>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(current.title)}</title>
<style>${linkedinCss()}</style>
<script>${WATCH_SCRIPT}</script>
</head>
<body class="render-mode-BIGPIPE nav-v2 ember-application">
<header class="global-nav" role="banner"><div class="global-nav__content">
<a class="global-nav__logo" href="${esc(current.path)}" aria-label="LinkedIn">in</a>
<div class="search-global-typeahead">${icon(ICONS.search, 16, 16)}<input type="search" placeholder="Search" aria-label="Search"></div>
<ul class="global-nav__primary-items">${nav}<li class="global-nav__primary-item global-nav__primary-item--active"><span class="rail-photo" style="width:24px;height:24px;flex-basis:24px;font-size:10px;line-height:24px">Me</span><span>Me ▾</span></li></ul>
</div></header>
<main id="main" class="scaffold-layout" data-spa-root>
${current.main}
</main>
${templates}
<script>${SPA_SCRIPT}</script>
</body>
</html>
`;
}

const WATCH_SCRIPT = `
(() => {
  const seen = [];
  window.__pageMutations = seen;
  const name = (node) =>
    node instanceof Element
      ? node.localName + [...node.attributes].map((a) => '[' + a.name + ']').join('')
      : node.nodeName;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const record of records)
        seen.push({
          type: record.type,
          target: name(record.target),
          attribute: record.attributeName,
          added: [...record.addedNodes].map(name),
          removed: [...record.removedNodes].map(name),
        });
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
})();
`;

const SPA_SCRIPT = `
(() => {
  const root = document.querySelector('main[data-spa-root]');
  const render = (path) => {
    const template = document.querySelector('template[data-profile-path="' + path + '"]');
    if (!template) return false;
    root.replaceChildren(template.content.cloneNode(true));
    document.title = template.dataset.title;
    window.scrollTo(0, 0);
    return true;
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-spa-link]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const path = new URL(link.href).pathname;
    if (path === location.pathname) return event.preventDefault();
    if (!render(path)) return;
    event.preventDefault();
    history.pushState({ path }, '', path);
  });
  window.addEventListener('popstate', () => render(location.pathname));
})();
`;
