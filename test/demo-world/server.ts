// The demo world's HTTP server on 127.0.0.1: recruiting pages (LinkedIn-, GitHub- and
// Greenhouse-like), the demo issuer (/issuer/…) and the provider API stand-ins
// (/providers/<host>/…). Everything is built at start for the bound port; nothing is fetched
// from elsewhere. Requests are counted per path.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CREDLY, type CredlyBadge } from './catalogue';
import { buildCredentials } from './credentials';
import { demoContent, demoLinks, holderLinks } from './links';
import { UNREACHABLE_STATUS_HOST } from './ob3-catalogue';
import { credlyBadgeSvg, GITHUB_PATH, githubProfilePage } from './pages/github-profile';
import { GRACE_PATH } from './pages/grace-hopper';
import { indexPage } from './pages/index-page';
import { JOB_PATH, jobPostingPage } from './pages/job-posting';
import { JORDAN_PATH, jordanRiveraPage } from './pages/jordan-rivera';
import { KATHERINE_PATH } from './pages/katherine-johnson';
import { ADA_PATH, linkedinProfilePage } from './pages/linkedin-profile';
import type { DemoLink, Resource, Resources } from './types';

export const DEFAULT_PORT = 8787;
/** Pages under this path are outside the test build's default content-script matches. */
export const OTHER_SITE_PATH = '/other-site/';

export type DemoWorldOptions = { port?: number };

export type DemoWorld = {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  port: number;
  /** Absolute URLs of the demo pages. */
  /**
   * `otherSite` serves the GitHub-like README under /other-site/, where the test build's content
   * script does not run by itself: a site the user has to enable or scan once.
   */
  pages: {
    profile: string;
    graceProfile: string;
    katherineProfile: string;
    /** Jordan Rivera's profile: holder binding (credentials issued to him, or to someone else). */
    holderProfile: string;
    github: string;
    job: string;
    otherSite: string;
  };
  /** Every credential link on the pages, with the verdict the extension must show. */
  links: DemoLink[];
  /** Requests so far for `path`: a path without `?` counts every query; with one, only that query. */
  hits(path: string): number;
  close(): Promise<void>;
};

/** Starts the demo world on 127.0.0.1 (port 8787 by default; 0 picks a free port). */
export async function startDemoWorld(options: DemoWorldOptions = {}): Promise<DemoWorld> {
  const requests: string[] = [];
  let routes: Resources | undefined;
  const server = createServer((request, response) => {
    const target = request.url ?? '/';
    requests.push(target);
    respond(request, response, routes);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const content = demoContent(origin);
  const links = [...demoLinks(origin), ...holderLinks(origin)];
  const pages = {
    profile: `${origin}${ADA_PATH}`,
    graceProfile: `${origin}${GRACE_PATH}`,
    katherineProfile: `${origin}${KATHERINE_PATH}`,
    holderProfile: `${origin}${JORDAN_PATH}`,
    github: `${origin}${GITHUB_PATH}`,
    job: `${origin}${JOB_PATH}`,
    otherSite: `${origin}${OTHER_SITE_PATH}`,
  };
  const built = await buildCredentials(origin);
  const html = (body: string): Resource => ({ contentType: 'text/html; charset=utf-8', body });
  built.set('/', html(indexPage(pages, links)));
  built.set(ADA_PATH, html(linkedinProfilePage(content, ADA_PATH)));
  built.set(GRACE_PATH, html(linkedinProfilePage(content, GRACE_PATH)));
  built.set(KATHERINE_PATH, html(linkedinProfilePage(content, KATHERINE_PATH)));
  built.set(JORDAN_PATH, html(jordanRiveraPage(content)));
  built.set(GITHUB_PATH, html(githubProfilePage(content)));
  built.set(OTHER_SITE_PATH, html(githubProfilePage(content)));
  built.set(JOB_PATH, html(jobPostingPage(origin)));
  built.set(new URL(content.aboutJson.href).pathname, {
    contentType: 'application/json',
    body: JSON.stringify(talks(), null, 2),
  });
  for (const badge of Object.values(CREDLY) as CredlyBadge[]) {
    built.set(`/assets/credly/${badge.slug}.svg`, {
      contentType: 'image/svg+xml',
      body: credlyBadgeSvg(badge),
    });
  }
  routes = built;
  return {
    origin,
    port,
    pages,
    links,
    hits: (path) =>
      requests.filter((target) => (path.includes('?') ? target : target.split('?')[0]) === path)
        .length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function respond(
  request: IncomingMessage,
  response: ServerResponse,
  routes: Resources | undefined,
) {
  if (routes === undefined) {
    response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('starting');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end();
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  // A host that refuses the extension (no CORS, no permission): the connection just drops.
  if (pathname.startsWith(`/providers/${UNREACHABLE_STATUS_HOST}/`)) {
    request.socket.destroy();
    return;
  }
  // Pages are also served without their trailing slash; Badgr allows a `.json` suffix.
  const resource =
    routes.get(pathname) ??
    routes.get(`${pathname}/`) ??
    (pathname.startsWith('/providers/api.badgr.io/')
      ? routes.get(pathname.replace(/\.json$/, ''))
      : undefined);
  if (resource === undefined) {
    const json = pathname.startsWith('/providers/');
    response
      .writeHead(404, { 'content-type': json ? 'application/json' : 'text/plain; charset=utf-8' })
      .end(json ? '{"error":"NOT_FOUND"}' : 'not found');
    return;
  }
  const body = typeof resource.body === 'string' ? Buffer.from(resource.body) : resource.body;
  response.writeHead(resource.status ?? 200, {
    'content-type': resource.contentType,
    'content-length': String(body.byteLength),
    'cache-control': resource.api === true ? 'max-age=60' : 'no-cache',
    ...(resource.api === true ? { 'access-control-allow-origin': '*' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Unrelated JSON linked from Ada's About text: a list of talks, not a credential. */
function talks() {
  return {
    speaker: 'Ada Lovelace',
    updated: '2026-10-30',
    talks: [
      {
        title: 'Schedulers all the way down',
        event: 'KubeCon EU 2026',
        slides: '/files/schedulers.pdf',
      },
      { title: 'Terraform modules that age well', event: 'HashiDays 2026', video: null },
      {
        title: 'Checking, not trusting, certificates',
        event: 'OWASP Global AppSec 2026',
        video: null,
      },
    ],
  };
}
