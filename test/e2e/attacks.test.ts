// A hostile page against its badges, in Chromium with the test build: every attack from the
// threat model, run as the page's own script (page.evaluate and init scripts run in the page's
// main world, exactly where a page's script runs), and shown to fail. The popup and the toolbar
// are the trusted surfaces: each test also reads what they say.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoLink } from '../demo-world';
import { BADGE_HOST, badgeFrames, readBadges, settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 200 };
/** Badges follow their links within a second (plus the time to check a new link). */
const FOLLOW = { timeout: 5_000, interval: 100 };

describe('a hostile page against its badges (test build)', () => {
  const session = useDemoSession();

  const links = (which: DemoLink['page']) =>
    session.world.links.filter((link) => link.page === which && link.expected !== 'none');
  const verified = () => links('profile').find((link) => link.expected === 'verified') as DemoLink;
  const invalid = () => links('profile').find((link) => link.expected === 'invalid') as DemoLink;

  const openProfile = async (init?: string): Promise<Page> => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    if (init !== undefined) await page.addInitScript({ content: init });
    await page.goto(session.world.pages.profile);
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(links('profile').length);
    return page;
  };

  const badgeFor = async (page: Page, name: string) =>
    (await readBadges(session.browser.context, page)).find(
      (badge) => badge.role === 'button' && badge.name.endsWith(`— ${name}`),
    )?.name;

  /** What the trusted popup says about the tab: its text. */
  const popupText = async (page: Page) => {
    const tabId = await tabIdOf(session.browser.worker, page.url());
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').innerText(), SETTLE).toContain('credentials');
    return { popup, text: () => popup.locator('body').innerText() };
  };

  /** The toolbar's badge text for the page's tab. */
  const toolbar = async (page: Page) => {
    const tabId = await tabIdOf(session.browser.worker, page.url());
    return session.browser.worker.evaluate(async (id) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            action: {
              getBadgeText(d: object): Promise<string>;
              getTitle(d: object): Promise<string>;
            };
          };
        }
      ).chrome;
      return {
        text: await api.action.getBadgeText({ tabId: id }),
        title: await api.action.getTitle({ tabId: id }),
      };
    }, tabId);
  };

  it('the toolbar counts the verdicts, and the popup shows any credential on the page', async () => {
    const page = await openProfile();
    const all = links('profile');
    await expect
      .poll(async () => (await toolbar(page)).text, SETTLE)
      .toBeOneOf([String(all.length), '!']);
    if ((await toolbar(page)).text === '!') {
      // Say what the interference was, should this ever fail: a clean page has none.
      const { text } = await popupText(page);
      expect(await text()).not.toContain('This page is interfering with Credlens badges');
    }
    // The page's own sticky header passing over a badge is not interference.
    await page.evaluate((selector) => {
      const host = document.querySelector(selector) as HTMLElement;
      window.scrollBy(0, host.getBoundingClientRect().top - 20);
    }, BADGE_HOST);
    await page.waitForTimeout(2_500);
    expect((await toolbar(page)).text).toBe(String(all.length));
    const { title } = await toolbar(page);
    const good = all.filter((l) => l.expected === 'verified' || l.expected === 'confirmed');
    expect(title).toContain(`${good.length} verified or confirmed`);
    expect(title).toContain('invalid or revoked');
    // "Show" on the last credential: the page scrolls to its link and the badge lights up.
    const last = all.at(-1) as DemoLink;
    await page.evaluate(() => window.scrollTo(0, 0));
    const { popup } = await popupText(page);
    await popup.getByRole('button', { name: `Show ${last.name} on the page` }).click();
    const link = page.locator(`a[href="${last.href}"]`);
    await expect
      .poll(() =>
        link.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await expect
      .poll(async () => {
        for (const frame of badgeFrames(page)) {
          const lit = await frame
            .evaluate(
              (name) =>
                document.querySelector(`button.highlighted[aria-label$="— ${name}"]`) !== null,
              last.name,
            )
            .catch(() => false);
          if (lit) return true;
        }
        return false;
      })
      .toBe(true);
    await popup.close();
    await page.close();
  });

  it('cannot read, capture or copy a badge: no shadow root, no frame content, copies are blank', async () => {
    // Before any badge exists, the page arms every trap it has.
    const page = await openProfile(`(() => {
      const captured = [];
      globalThis.__captured = captured;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, { ...init, mode: 'open' });
        captured.push(root);
        return root;
      };
      for (const name of ['credlens-badge', 'credlens-host', 'credlens-frame'])
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); globalThis.__internals = this.attachInternals(); }
        });
    })();`);
    const seen = await page.evaluate((selector) => {
      const host = document.querySelector(selector) as HTMLElement;
      const frames: string[] = [];
      for (let index = 0; index < window.frames.length; index++) {
        try {
          frames.push(window.frames[index]?.document.body.innerText ?? '');
        } catch (error) {
          frames.push(`blocked: ${(error as Error).name}`);
        }
      }
      return {
        captured: (globalThis as { __captured?: unknown[] }).__captured?.length,
        shadowRoot: host.shadowRoot,
        tag: host.localName,
        text: host.textContent,
        frames,
      };
    }, BADGE_HOST);
    // The content script's own attachShadow is not the page's: nothing captured.
    expect(seen.captured).toBe(0);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.tag).toBe('span');
    expect(seen.text).toBe('');
    // Frames in a shadow tree are not the page's child frames at all (window.length is 0); had
    // one been reachable, its document would be another origin's.
    for (const frame of seen.frames) expect(frame).toMatch(/^blocked: SecurityError$/);
    expect(seen.frames).toEqual([]);

    // Copies: the host cloned beside an ordinary link, and the badge page embedded by the page
    // itself with made-up tokens. Neither shows a verdict or the seal.
    const before = (await settledBadges(session.browser.context, page)).length;
    await page.evaluate(
      ([selector, url]) => {
        const about = [...document.querySelectorAll('a[href]')].find((a) =>
          a.getAttribute('href')?.endsWith('.json'),
        ) as HTMLElement;
        about.after((document.querySelector(selector as string) as HTMLElement).cloneNode(true));
        const frame = document.createElement('iframe');
        frame.src = url as string;
        frame.onload = () => {
          for (let i = 0; i < 30; i++)
            frame.contentWindow?.postMessage(
              { credlens: 'token', token: i.toString(16).padStart(32, '0') },
              '*',
            );
        };
        about.after(frame);
      },
      [BADGE_HOST, `chrome-extension://${session.browser.extensionId}/badge.html`],
    );
    await page.waitForTimeout(1_000);
    expect((await settledBadges(session.browser.context, page)).length).toBe(before);
    await page.close();
  });

  it('a badge follows its link: a new address gets a new verdict, a moved badge goes back', async () => {
    const page = await openProfile();
    const good = verified();
    const bad = invalid();
    expect(await badgeFor(page, good.name)).toMatch(/^Credlens: Verified/);
    // The page points the verified credential's link at the tampered credential.
    await page.evaluate(
      ([from, to]) => {
        const link = [...document.querySelectorAll('a[href]')].find(
          (a) => a.getAttribute('href') === from,
        ) as HTMLAnchorElement;
        link.setAttribute('href', to as string);
        link.id = 'retargeted';
      },
      [good.href, bad.href],
    );
    const started = Date.now();
    await expect.poll(() => badgeFor(page, good.name), FOLLOW).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_500);
    const retargeted = async () =>
      page.evaluate((selector) => {
        const next = document.querySelector('#retargeted')?.nextElementSibling;
        return next?.matches(selector) === true;
      }, BADGE_HOST);
    await expect.poll(retargeted, FOLLOW).toBe(true);
    await expect
      .poll(
        async () =>
          (await readBadges(session.browser.context, page)).filter((badge) =>
            badge.name.startsWith('Credlens: Invalid'),
          ).length,
        FOLLOW,
      )
      .toBe(2);

    // The page moves a genuine Verified badge beside a link that has no credential.
    const other = links('profile').find(
      (link) => link.expected === 'verified' && link.name !== good.name,
    ) as DemoLink;
    await page.evaluate(
      ([href, selector]) => {
        const link = [...document.querySelectorAll('a[href]')].find(
          (a) => a.getAttribute('href') === href,
        ) as HTMLElement;
        const host = link.nextElementSibling as HTMLElement;
        if (!host.matches(selector as string)) throw new Error('no badge after the link');
        const stranger = document.createElement('a');
        stranger.href = 'https://example.org/nothing';
        stranger.id = 'stranger';
        stranger.textContent = 'My other certificate';
        document.querySelector('h1')?.after(stranger);
        stranger.after(host);
      },
      [other.href, BADGE_HOST],
    );
    await expect
      .poll(
        () =>
          page.evaluate(
            (selector) =>
              document.querySelector('#stranger')?.nextElementSibling?.matches(selector) === true,
            BADGE_HOST,
          ),
        FOLLOW,
      )
      .toBe(false);
    // The badge is back beside its own link, and the trusted popup says what happened.
    await expect.poll(() => badgeFor(page, other.name), FOLLOW).toMatch(/^Credlens: Verified/);
    const { popup, text } = await popupText(page);
    await expect.poll(text, SETTLE).toContain('This page is interfering with Credlens badges');
    expect(await text()).toContain('moved away from its link');
    await popup.close();
    await page.close();
  });

  it('an overlay or a clip cannot pass an Invalid badge off as Verified: popup and toolbar say so', async () => {
    const page = await openProfile();
    const bad = invalid();
    // The credential listed just before it, so both badges are in view together.
    const neighbour = links('profile')[links('profile').indexOf(bad) - 1] as DemoLink;
    expect(await badgeFor(page, bad.name)).toMatch(/^Credlens: Invalid/);
    // The page covers the genuine Invalid badge with its own green pill (which lets clicks
    // through), and clips another genuine badge to its seal.
    await page.evaluate(
      ([badHref, clipHref, selector]) => {
        const find = (href: string) =>
          [...document.querySelectorAll('a[href]')].find(
            (a) => a.getAttribute('href') === href,
          ) as HTMLElement;
        const host = find(badHref as string).nextElementSibling as HTMLElement;
        if (!host.matches(selector as string)) throw new Error('no badge');
        const box = host.getBoundingClientRect();
        const pill = document.createElement('div');
        pill.textContent = '✔ Verified';
        Object.assign(pill.style, {
          position: 'absolute',
          left: `${box.left + scrollX + 20}px`,
          top: `${box.top + scrollY}px`,
          width: `${box.width - 20}px`,
          height: `${box.height}px`,
          background: '#e7f6ec',
          color: '#14532d',
          borderRadius: '999px',
          pointerEvents: 'none',
          zIndex: '10',
          font: '600 12px system-ui',
        });
        document.body.append(pill);
        const clipped = find(clipHref as string).parentElement as HTMLElement;
        clipped.style.clipPath = 'inset(0 50% 0 0)';
      },
      [bad.href, neighbour.href, BADGE_HOST],
    );
    const badLink = page.locator(`a[href="${bad.href}"]`);
    await badLink.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'attack-overlay.png') });
    await expect.poll(async () => (await toolbar(page)).text, SETTLE).toBe('!');
    expect((await toolbar(page)).title).toContain('this page is interfering with Credlens badges');
    const { popup, text } = await popupText(page);
    await expect.poll(text, SETTLE).toContain('This page is interfering with Credlens badges');
    await expect.poll(text, SETTLE).toContain(`${neighbour.name}: clipped or masked`);
    // Two reports from two places (the content script's style checks, the frame's own
    // visibility), which may reach the popup one poll apart.
    await expect.poll(text, SETTLE).toContain(`${bad.name}: covered by something else`);
    const said = await text();
    // The verdict itself stands in the popup's list.
    expect(said).toMatch(/Invalid/);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-interference.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('cannot switch Credlens off: replayed start events, pre-marked links and bare <a> all fail', async () => {
    // The page records every window message (WXT's content-script start announcement among
    // them) so it can replay it, and pre-marks a link with the old "handled" attribute.
    const page = await openProfile(`(() => {
      const seen = [];
      globalThis.__messages = seen;
      addEventListener('message', (event) => seen.push(event.data));
    })();`);
    const count = (await settledBadges(session.browser.context, page)).length;
    await page.evaluate((extensionId) => {
      const seen = (globalThis as { __messages?: unknown[] }).__messages ?? [];
      for (const data of seen) window.postMessage(data, '*');
      const names = [
        `${extensionId}:recruiting:wxt:content-script-started`,
        'wxt:content-script-started',
        ...seen
          .map((data) => (data as { type?: unknown } | null)?.type)
          .filter((type): type is string => typeof type === 'string'),
      ];
      for (const type of names)
        document.dispatchEvent(
          new CustomEvent(type, { detail: { contentScriptName: 'recruiting', messageId: 'x' } }),
        );
    }, session.browser.extensionId);
    // Two new credential links: one pre-marked as handled, one bare <a> appended on its own.
    const extra = links('grace').slice(0, 2);
    await page.evaluate(
      (hrefs) => {
        const marked = document.createElement('a');
        marked.href = hrefs[0] as string;
        marked.textContent = 'Pre-marked credential';
        marked.setAttribute('data-credlens', '');
        const section = document.createElement('section');
        section.append(marked);
        document.querySelector('main')?.append(section);
        const bare = document.createElement('a');
        bare.href = hrefs[1] as string;
        bare.textContent = 'Bare credential';
        document.querySelector('main')?.append(bare);
      },
      extra.map((link) => link.href),
    );
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(count + 2);
    await page.close();
  });

  it('a late answer after single-page navigation never mounts a second badge', async () => {
    // Nothing cached: every verdict is still on its way when the page navigates.
    await session.browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
      ).chrome.storage.session.clear(),
    );
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = verified();
    await page.goto(session.world.pages.profile, { waitUntil: 'domcontentloaded' });
    // Navigate within the page (history API) while the links stay, twice in quick succession:
    // each navigation starts a new scan while the previous one's answers are still coming.
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?tab=skills`));
    await page.waitForTimeout(450);
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?tab=all`));
    await expect.poll(() => badgeFor(page, link.name), SETTLE).toMatch(/^Credlens: Verified/);
    await page.waitForTimeout(1_500);
    const after = await page.evaluate(
      ([href, selector]) => {
        const anchor = [...document.querySelectorAll('a[href]')].find(
          (a) => a.getAttribute('href') === href,
        );
        let hosts = 0;
        for (let node = anchor?.nextElementSibling; node?.matches(selector as string); ) {
          hosts++;
          node = node.nextElementSibling;
        }
        return { hosts, total: document.querySelectorAll(selector as string).length };
      },
      [link.href, BADGE_HOST],
    );
    expect(after.hosts).toBe(1);
    expect(after.total).toBe(links('profile').length);
    await page.close();
  });

  it('a badge drawn away from its link, or cut down by a wrapper, is reported; the page hears nothing from frames', async () => {
    const heard: string[] = [];
    const page = await openProfile(`(() => {
      globalThis.__heard = [];
      addEventListener('message', (event) => globalThis.__heard.push(JSON.stringify(event.data)));
    })();`);
    const all = links('profile');
    const bad = invalid();
    const above = all[all.indexOf(bad) - 1] as DemoLink;
    await page.locator(`a[href="${bad.href}"]`).scrollIntoViewIfNeeded();
    // Opening a card is private between the frame and the content script.
    await page.locator(BADGE_HOST).nth(all.indexOf(bad)).click();
    await page.keyboard.press('Escape');
    await page.evaluate(
      ([badHref, aboveHref]) => {
        const find = (href: string) =>
          [...document.querySelectorAll('a[href]')].find(
            (a) => a.getAttribute('href') === href,
          ) as HTMLElement;
        // The revoked credential's link is drawn a row away from its own badge, by CSS only.
        const moved = find(badHref as string);
        (moved.parentElement as HTMLElement).style.position = 'relative';
        Object.assign(moved.style, { position: 'absolute', left: '0', top: '-120px' });
        // Another badge is cut down to its first pixels (its seal) by its container.
        const cut = find(aboveHref as string);
        (cut.parentElement as HTMLElement).style.width = '250px';
        (cut.parentElement as HTMLElement).style.overflow = 'hidden';
        (cut.parentElement as HTMLElement).style.whiteSpace = 'nowrap';
      },
      [bad.href, above.href],
    );
    const { popup, text } = await popupText(page);
    await expect.poll(text, SETTLE).toContain(`${bad.name}: moved away from its link`);
    await expect.poll(text, SETTLE).toContain(`${above.name}: clipped or masked`);
    heard.push(
      ...(await page.evaluate(() => (globalThis as { __heard?: string[] }).__heard ?? [])),
    );
    expect(heard.filter((data) => data.includes('credlens'))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('keeps what it saw when the page churns its address, and follows a replaced body', async () => {
    const page = await openProfile();
    const bad = invalid();
    await page.locator(`a[href="${bad.href}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((href) => {
      const link = [...document.querySelectorAll('a[href]')].find(
        (a) => a.getAttribute('href') === href,
      ) as HTMLElement;
      (link.parentElement as HTMLElement).style.opacity = '0.2';
      // Navigate in place every 350 ms, faster than a finding is confirmed... once.
      let n = 0;
      const churn = setInterval(() => {
        history.replaceState(null, '', `?t=${n++}`);
        if (n > 12) clearInterval(churn);
      }, 350);
    }, bad.href);
    const { popup, text } = await popupText(page);
    await expect.poll(text, SETTLE).toContain(`${bad.name}: made transparent`);
    await popup.close();
    // The page swaps its whole body for a copy: the copy's links get badges again.
    const count = links('profile').length;
    await page.evaluate(() => document.body.replaceWith(document.body.cloneNode(true)));
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(count);
    // A link that gets its address only later, and one under `hidden` that is later shown.
    const extra = links('grace').slice(0, 2);
    await page.evaluate(
      (hrefs) => {
        const late = document.createElement('a');
        late.textContent = 'Later credential';
        document.querySelector('main')?.append(late);
        setTimeout(() => late.setAttribute('href', hrefs[0] as string), 300);
        const hidden = document.createElement('div');
        hidden.hidden = true;
        const inside = document.createElement('a');
        inside.href = hrefs[1] as string;
        inside.textContent = 'Hidden credential';
        hidden.append(inside);
        document.querySelector('main')?.append(hidden);
        setTimeout(() => {
          hidden.hidden = false;
        }, 600);
      },
      extra.map((link) => link.href),
    );
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(count + 2);
    await page.close();
  });
});
