// Shapes shared by the demo world's builders, pages and server.

import type { Expected } from './catalogue';

/** One response the server answers with, keyed by path (query ignored). */
export type Resource = {
  status?: number;
  contentType: string;
  body: string | Uint8Array;
  /** API documents (credentials, assertions, DID documents, lists): sent with max-age=60. */
  api?: boolean;
};

export type Resources = Map<string, Resource>;

/** A credential link shown on a demo page, and the verdict the extension must show for it. */
export type DemoLink = {
  /** `holder`: Jordan Rivera's profile, where whose credential it is decides some verdicts. */
  page: 'profile' | 'grace' | 'katherine' | 'github' | 'holder';
  /** The certification name shown on the page (the link text for a link outside the list). */
  name: string;
  /** The href attribute as written in the page (LinkedIn redirect wrappers included). */
  href: string;
  /** 'none' means no badge at all. */
  expected: Expected;
};

export function json(value: unknown, status?: number): Resource {
  return {
    contentType: 'application/json',
    body: JSON.stringify(value, null, 2),
    api: true,
    ...(status === undefined ? {} : { status }),
  };
}
