// The demo world's home page (/): links to every demo page, for manual runs.

import type { DemoLink } from '../types';
import { esc } from './html';

export function indexPage(pages: Record<string, string>, links: DemoLink[]): string {
  const pageList = Object.entries(pages)
    .map(
      ([name, url]) => `<li><a href="${esc(url)}">${esc(name)}</a> <code>${esc(url)}</code></li>`,
    )
    .join('');
  const rows = links
    .map(
      (link) =>
        `<tr><td>${esc(link.page)}</td><td>${esc(link.name)}</td><td><code>${esc(link.expected)}</code></td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Credlens demo world</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:40px auto;padding:0 16px;color:#1f2328}
table{border-collapse:collapse;width:100%}td{border-top:1px solid #ddd;padding:4px 8px}code{font-size:13px}</style></head>
<body><h1>Credlens demo world</h1>
<p>Stand-ins for recruiting pages and credential providers, served on loopback for the extension's end-to-end tests and demo.</p>
<h2>Pages</h2><ul>${pageList}</ul>
<h2>Credential links and the verdict each must get</h2>
<table><tbody>${rows}</tbody></table></body></html>
`;
}
