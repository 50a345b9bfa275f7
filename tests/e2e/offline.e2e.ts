// After one visit online the app works with no network at all: reload, deep links in both
// languages, a whole walk to an outcome. Every test ends with the network off AND the host
// unreachable, and checks that no request reached the host and none left for another origin.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import enLog from '../../content/log/en.json';
import zhLog from '../../content/log/zh-CN.json';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  launchChromium,
  type OpenedPage,
} from './support/browser';
import { codeTitle } from './support/codes';
import { headingParsed, watchHeadingParsed } from './support/prerendered';
import {
  copyOfDist,
  hostUrl,
  isControlled,
  openOnHost,
  openProfileOnHost,
  startStaticHost,
  waitForServiceWorkerControl,
  type HostedPageOptions,
  type StaticHost,
} from './support/pwa';
import {
  answerLabel,
  button,
  expectH1,
  expectHtmlLang,
  expectParam,
  firstCheck,
  reachedWords,
  startWalk,
  tap,
  titleOf,
  walks,
  walkTo,
  words,
} from './support/wizard';

const logWords = { en: enLog, 'zh-CN': zhLog } as const;
const en = words.en.ui;
const zh = words['zh-CN'].ui;

describe('offline, after one visit', () => {
  let browser: Browser;
  let host: StaticHost;
  let build: string;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    build = copyOfDist();
    browser = await launchChromium();
    host = await startStaticHost(build);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((hosted) => hosted.context.close()));
    host.setReachable(true);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  /** The first visit, online, until the service worker controls the page; then no network. */
  async function visitOnceThenGoOffline(
    where: string,
    options?: HostedPageOptions,
  ): Promise<OpenedPage> {
    const hosted = await openOnHost(browser, host, where, options);
    opened.push(hosted);
    await waitForServiceWorkerControl(hosted.page);
    await hosted.context.setOffline(true);
    host.setReachable(false);
    host.hits.splice(0);
    return hosted;
  }

  /**
   * A reload or a new page, still with no network. Chromium 150 drops the offline emulation for
   * the new document (navigator.onLine reads true), so it is set again once the page has loaded.
   */
  async function stillOffline(hosted: OpenedPage, navigate: () => Promise<unknown>) {
    await navigate();
    await hosted.context.setOffline(false);
    await hosted.context.setOffline(true);
  }

  function expectServedFromTheDevice(hosted: OpenedPage): void {
    expect(host.hits, 'requests that reached the host while offline').toEqual([]);
    expect(hosted.foreignRequests, 'requests to other origins').toEqual([]);
    expect(hosted.pageErrors, 'page errors').toEqual([]);
  }

  const offlineLine = (hosted: OpenedPage, text: string) =>
    hosted.page.getByRole('status').filter({ hasText: text });

  it('reloads with no network, and says calmly that it is offline and still works', async () => {
    const hosted = await visitOnceThenGoOffline('/?lang=en');
    const { page } = hosted;

    await stillOffline(hosted, () => page.reload());
    await expectH1(page, en.start.title);
    expect(await isControlled(page)).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await offlineLine(hosted, en.pwa.offline).waitFor({ state: 'visible' });
    expect(await page.getByRole('alert').count(), 'offline is not an alert').toBe(0);

    await tap(page, en.start.begin);
    await expectH1(page, titleOf(firstCheck));
    expectServedFromTheDevice(hosted);
  });

  it('opens a deep link straight onto its step, in either language', async () => {
    const hosted = await visitOnceThenGoOffline('/?lang=en', { prepare: watchHeadingParsed });
    const { page } = hosted;

    await stillOffline(hosted, () => page.goto(hostUrl(host, '/?step=hardware&lang=en')));
    await expectH1(page, titleOf('hardware.cables'));
    // The worker answered with the step's page drawn at build time: shown before the app ran.
    expect(await headingParsed(page)).toBe(titleOf('hardware.cables'));
    await expectHtmlLang(page, 'en');
    await offlineLine(hosted, en.pwa.offline).waitFor({ state: 'visible' });

    await stillOffline(hosted, () => page.goto(hostUrl(host, '/?step=pin&lang=zh-CN')));
    await expectH1(page, titleOf('pin.locked', 'zh-CN'));
    await expectHtmlLang(page, 'zh-CN');
    await offlineLine(hosted, zh.pwa.offline).waitFor({ state: 'visible' });

    await stillOffline(hosted, () =>
      page.goto(hostUrl(host, '/?step=outcome.card-problem&lang=zh-CN')),
    );
    await expectH1(page, titleOf('outcome.card-problem', 'zh-CN'));
    expect(await headingParsed(page)).toBe(titleOf('outcome.card-problem', 'zh-CN'));
    await stillOffline(hosted, () => page.goto(hostUrl(host, '/?code=96&lang=en')));
    expect(await headingParsed(page)).toBe(codeTitle('96'));
    expectServedFromTheDevice(hosted);
  });

  it('walks from the first check to the provider and switches language, with no network', async () => {
    const hosted = await visitOnceThenGoOffline('/?lang=en');
    const { page } = hosted;

    await stillOffline(hosted, () => page.reload());
    await walkTo(page, walks.escalated);

    await tap(page, '中文');
    await expectH1(page, reachedWords(walks.escalated, 'zh-CN').title);
    await offlineLine(hosted, zh.pwa.offline).waitFor({ state: 'visible' });
    // The browser's Back works offline as it does online.
    await page.goBack();
    await expectParam(page, 'step', 'escalate.call');
    expectServedFromTheDevice(hosted);
  });

  it('on the first visit, works with no network as soon as it is cached, without a reload', async () => {
    const hosted = await openOnHost(browser, host, '/?lang=en');
    opened.push(hosted);
    const { page, context } = hosted;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => isControlled(page), { message: 'the page is controlled' }).toBe(true);
    await context.setOffline(true);
    host.setReachable(false);
    host.hits.splice(0);

    // The outcome's parts (the log's and share's code and words) are fetched only now: from the device.
    await walkTo(page, walks.escalated);
    await page
      .getByRole('heading', { level: 2, name: logWords.en.provider.title, exact: true })
      .waitFor({ state: 'visible' });
    await page
      .getByRole('textbox', { name: logWords.en.note.label, exact: true })
      .waitFor({ state: 'visible' });
    expect(await page.getByText(en.unloaded.outcomeParts).count()).toBe(0);
    expectServedFromTheDevice(hosted);
  });

  it('opens the incident log, stats and settings with no network, in either language', async () => {
    const hosted = await visitOnceThenGoOffline('/?lang=en');
    const { page } = hosted;

    for (const lang of ['en', 'zh-CN'] as const) {
      for (const view of ['log', 'stats', 'settings'] as const) {
        await stillOffline(hosted, () => page.goto(hostUrl(host, `/?view=${view}&lang=${lang}`)));
        await expectH1(page, logWords[lang][view].title);
      }
    }
    await offlineLine(hosted, zh.pwa.offline).waitFor({ state: 'visible' });
    expectServedFromTheDevice(hosted);
  });

  it.each(['en', 'zh-CN'] as const)(
    'going offline moves nothing on the screen; the line fits 320 px, axe-clean (%s)',
    async (lang) => {
      const hosted = await openOnHost(browser, host, `/?lang=${lang}`, { width: 320 });
      opened.push(hosted);
      const { page, context } = hosted;
      await waitForServiceWorkerControl(page);
      // Tapped, not reloaded into: a reload mid-incident would bring the log's resume notice.
      await startWalk(page, lang);
      const answer = button(page, answerLabel(firstCheck, 'onlyHere', lang));
      const before = await answer.boundingBox();

      await context.setOffline(true);
      host.setReachable(false);
      const line = offlineLine(hosted, words[lang].ui.pwa.offline);
      await line.waitFor({ state: 'visible' });

      expect(await answer.boundingBox(), 'the answer button stays where it was').toEqual(before);
      await expect
        .poll(async () => (await line.boundingBox())?.height, {
          message: 'the offline line is one line high',
        })
        .toBeLessThanOrEqual(34);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectNoAxeViolations(page);
      expect(hosted.foreignRequests).toEqual([]);
      expect(hosted.pageErrors).toEqual([]);
    },
  );

  it('Chromium offers to install it: manifest, icons and service worker pass its checks', async () => {
    // Chromium never offers to install from an incognito-like context: use a real profile.
    const profile = await openProfileOnHost(host, '/?lang=en');
    try {
      const { page, context } = profile;
      await waitForServiceWorkerControl(page);

      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors, 'manifest errors').toEqual([]);
      const installability = await cdp.send('Page.getInstallabilityErrors');
      expect(installability.installabilityErrors, 'installability errors').toEqual([]);
      expect(profile.foreignRequests).toEqual([]);
      expect(profile.pageErrors).toEqual([]);
    } finally {
      await profile.close();
    }
  }, 60_000);
});
