// A new version deployed while the app is open: the person is told once, calmly, and nothing
// reloads until they choose; after "Reload now" they are on the same step, in the new version.
// The host first serves a copy of dist/ (this build), then a second build of the same source that differs
// only by a marker in index.html, so its service worker differs too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  launchChromium,
  type OpenedPage,
} from './support/browser';
import {
  checkForUpdateNow,
  copyOfDist,
  hostUrl,
  openOnHost,
  ROOT,
  startStaticHost,
  waitForServiceWorkerControl,
  type StaticHost,
} from './support/pwa';
import {
  button,
  expectH1,
  expectParam,
  firstCheck,
  reachedWords,
  startWalk,
  tap,
  titleOf,
  walk,
  walks,
  words,
} from './support/wizard';

const en = words.en.ui;
const zh = words['zh-CN'].ui;
const MARKER = 'e2e-next-version';

/**
 * Builds the app again into a temporary folder, with a marker that makes it a new version;
 * `killSwitch` builds it the way README says to retire the service worker.
 */
async function buildNextVersion(outDir: string, killSwitch = false): Promise<void> {
  // The e2e worker runs with NODE_ENV=test; a deploy is a production build.
  const { NODE_ENV, PWA_SELF_DESTROY } = process.env;
  process.env.NODE_ENV = 'production';
  process.env.PWA_SELF_DESTROY = String(killSwitch);
  try {
    await build({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
      plugins: [
        {
          name: MARKER,
          transformIndexHtml: (html) =>
            html.replace('</head>', `<meta name="${MARKER}" content="yes" /></head>`),
        },
      ],
    });
  } finally {
    process.env.NODE_ENV = NODE_ENV;
    process.env.PWA_SELF_DESTROY = PWA_SELF_DESTROY;
  }
}

function runsNextVersion(page: Page): Promise<boolean> {
  return page.evaluate((name) => document.querySelector(`meta[name="${name}"]`) !== null, MARKER);
}

/** A mark on this page's window: gone after any reload. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.assign(window, { e2eNotReloaded: true });
  });
}

function stillSameWindow(page: Page): Promise<boolean> {
  return page.evaluate(() => 'e2eNotReloaded' in window);
}

/**
 * The new version's worker is installed and waiting, and this version's still controls the page:
 * it has not taken over (a worker that skips waiting is never left in `waiting`).
 */
function newVersionWaits(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const { controller } = navigator.serviceWorker;
    return (
      registration?.waiting?.state === 'installed' &&
      controller !== null &&
      controller === registration.active
    );
  });
}

/** What the page's chunk-reload guard made of the page's last chunk that failed to load. */
type ChunkFailure = 'reloads' | 'kept';

/**
 * Notes on every page what became of a chunk that failed to load, once the guard has handled
 * it: it reloads (it prevents the event's default, the error) or keeps the page (the error
 * stands). This listener runs first; the note is written after every listener has run.
 */
function noteChunkFailures(): void {
  window.addEventListener('vite:preloadError', (event) => {
    setTimeout(() => {
      const failure: ChunkFailure = event.defaultPrevented ? 'reloads' : 'kept';
      Object.assign(window, { e2eChunkFailure: failure });
    });
  });
}

function chunkFailure(page: Page): Promise<ChunkFailure | null> {
  return page
    .evaluate(() => (window as { e2eChunkFailure?: ChunkFailure }).e2eChunkFailure ?? null)
    .catch(() => null); // mid-navigation: nothing to say yet
}

describe('a new version while the app is open', () => {
  let browser: Browser;
  let host: StaticHost;
  let thisVersion: string;
  let nextVersion: string;
  let killSwitch: string;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    thisVersion = copyOfDist();
    nextVersion = mkdtempSync(path.join(tmpdir(), 'e1-next-version-'));
    killSwitch = mkdtempSync(path.join(tmpdir(), 'e1-kill-switch-'));
    await buildNextVersion(nextVersion);
    await buildNextVersion(killSwitch, true);
    browser = await launchChromium();
    host = await startStaticHost(thisVersion);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((hosted) => hosted.context.close()));
    host.serve(thisVersion);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    for (const folder of [thisVersion, nextVersion, killSwitch]) {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  });

  /** Opens this version and lets its worker take control, then deploys the next version. */
  async function openThenDeploy(where: string, width?: number): Promise<OpenedPage> {
    const hosted = await openOnHost(browser, host, where, { width });
    opened.push(hosted);
    await waitForServiceWorkerControl(hosted.page);
    expect(await runsNextVersion(hosted.page)).toBe(false);
    host.serve(nextVersion);
    return hosted;
  }

  const updatePrompt = (page: Page, lang: 'en' | 'zh-CN' = 'en') =>
    page.getByRole('status').filter({ hasText: words[lang].ui.pwa.update.ready });

  it('mid-incident: waits for the person, then reloads onto the same step in the new version', async () => {
    const hosted = await openThenDeploy('/?lang=en');
    const { page } = hosted;
    await startWalk(page);
    await walk(page, [['triage.others', 'onlyHere']]);
    const step = 'triage.card';
    await expectH1(page, titleOf(step));
    await markWindow(page);

    await checkForUpdateNow(page);
    const prompt = updatePrompt(page);
    await prompt.waitFor({ state: 'visible' });
    expect(await prompt.textContent()).toBe(en.pwa.update.readyKeepsPlace);
    expect(await page.getByRole('alert').count(), 'an update is not an alert').toBe(0);

    // Nothing happens on its own: the new version waits, installed, and the person stays on their
    // step, in this version.
    await expect
      .poll(() => newVersionWaits(page), { message: 'the new version waits for the person' })
      .toBe(true);
    expect(await stillSameWindow(page), 'no reload before the person chooses').toBe(true);
    await expectH1(page, titleOf(step));
    await expectParam(page, 'step', step);
    expect(await runsNextVersion(page)).toBe(false);
    expect(await newVersionWaits(page), 'it takes over when the person chooses').toBe(true);

    const reloaded = page.waitForEvent('load');
    await tap(page, en.pwa.update.reload);
    await reloaded;
    await expect.poll(() => runsNextVersion(page), { message: 'the new version runs' }).toBe(true);
    await expectH1(page, titleOf(step));
    await expectParam(page, 'step', step);
    expect(await updatePrompt(page).count(), 'told once').toBe(0);
    expect(hosted.foreignRequests).toEqual([]);
    expect(hosted.pageErrors).toEqual([]);
  });

  it('"Later" keeps this version, even across a reload, and leaves a quiet way to update', async () => {
    const hosted = await openThenDeploy('/?lang=zh-CN', 320);
    const { page } = hosted;
    await startWalk(page, 'zh-CN');
    await markWindow(page);

    await checkForUpdateNow(page);
    await updatePrompt(page, 'zh-CN').waitFor({ state: 'visible' });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    for (const name of [zh.pwa.update.reload, zh.pwa.update.later]) {
      const box = await button(page, name).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
      expect(box?.width, name).toBeGreaterThanOrEqual(44);
    }

    await tap(page, zh.pwa.update.later);
    await expect
      .poll(() => updatePrompt(page, 'zh-CN').count(), { message: 'prompt gone' })
      .toBe(0);
    // Other tills fail too: the outage advice, one tap from the first question.
    await walk(page, walks.othersFail.moves, 'zh-CN');
    await expectH1(page, reachedWords(walks.othersFail, 'zh-CN').title);
    expect(await stillSameWindow(page), 'no reload after "Later"').toBe(true);
    expect(await runsNextVersion(page)).toBe(false);

    // Told once: a reload of their own brings no second prompt, only a quiet line after the
    // screen that offers the new version again; the person still chooses.
    await page.reload();
    await expectH1(page, titleOf('outcome.outage', 'zh-CN'));
    await page.getByText(zh.pwa.update.nextTime, { exact: true }).waitFor({ state: 'visible' });
    expect(await updatePrompt(page, 'zh-CN').count()).toBe(0);
    expect(await runsNextVersion(page)).toBe(false);
    const reloaded = page.waitForEvent('load');
    await tap(page, zh.pwa.update.reload);
    await reloaded;
    await expect.poll(() => runsNextVersion(page), { message: 'the new version runs' }).toBe(true);
    await expectH1(page, titleOf('outcome.outage', 'zh-CN'));
    expect(hosted.foreignRequests).toEqual([]);
    expect(hosted.pageErrors).toEqual([]);
  });

  it('a chunk that fails to load after a deploy reloads the page once, never in a loop', async () => {
    // A chunk the server no longer has: the lazily loaded service-worker helper, every time.
    const hosted = await openOnHost(browser, host, '/?lang=en', {
      prepare: async (context) => {
        await context.route('**/assets/workbox-window*.js', (route) => route.abort());
        await context.addInitScript(noteChunkFailures);
      },
    });
    opened.push(hosted);
    const { page } = hosted;
    const pageLoads = () => hosted.requests.filter((url) => url === hostUrl(host, '/?lang=en'));

    await expect.poll(() => pageLoads().length, { message: 'one guarded reload' }).toBe(2);
    // The reloaded page's chunk fails too: wait until the guard has decided (or it reloaded again).
    await expect
      .poll(async () => pageLoads().length > 2 || (await chunkFailure(page)) === 'kept', {
        message: 'the guard has handled the second failure',
        timeout: 10_000,
      })
      .toBe(true);
    expect(pageLoads().length, 'no second reload').toBe(2);
    await expectH1(page, en.start.title);
    const guard = await page.evaluate(() => sessionStorage.getItem('e1.chunkReloadAt'));
    expect(guard).toMatch(/^\d+$/);
    expect(hosted.foreignRequests).toEqual([]);
  });

  it('the kill switch (a self-destroying worker) removes the worker and its caches', async () => {
    const where = `/?step=${firstCheck}&lang=en`;
    const hosted = await openOnHost(browser, host, where);
    opened.push(hosted);
    const { page } = hosted;
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    // Opening the app online fetches sw.js again: the new worker takes over, unregisters itself,
    // empties the caches and reloads the open tabs once. (Asked mid-navigation, say "unknown".)
    host.serve(killSwitch);
    await page.reload();
    const ask = <T>(question: () => T | Promise<T>) => page.evaluate(question).catch(() => null);
    await expect
      .poll(() => ask(() => navigator.serviceWorker.controller === null), {
        message: 'no worker controls the page',
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(() => ask(async () => (await caches.keys()).length), {
        message: 'caches left',
        timeout: 15_000,
      })
      .toBe(0);
    await expectH1(page, titleOf(firstCheck));
    const pageLoads = () => hosted.requests.filter((url) => url === hostUrl(host, where)).length;
    const loads = pageLoads();
    // The reloaded page registers sw.js again: that worker too installs and unregisters itself,
    // and would reload the page again if it were to loop. Wait until it has come and gone.
    const lastLoad = hosted.requests.lastIndexOf(hostUrl(host, where));
    await expect
      .poll(() => hosted.requests.slice(lastLoad).includes(hostUrl(host, '/sw.js')), {
        message: 'the reloaded page registers the worker',
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(
        () => ask(async () => (await navigator.serviceWorker.getRegistration()) === undefined),
        {
          message: 'its worker is gone',
          timeout: 15_000,
        },
      )
      .toBe(true);
    expect(pageLoads(), 'no reload loop').toBe(loads);
    expect(hosted.foreignRequests).toEqual([]);
    expect(hosted.pageErrors).toEqual([]);
  }, 60_000);
});
