// The start screen is prerendered into index.html, so a phone shows the first question before the
// app's code has loaded. Blocking that code shows what the person sees meanwhile.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchChromium } from './support/browser';
import { firstCheck, titleOf, words, type Lang } from './support/wizard';

const appCode = /\/assets\/start-[^/]*\.js$/;

describe('the first paint, before the app has loaded', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function openWithoutApp(path: string, locale: string) {
    const context = await browser.newContext({ locale, viewport: { width: 320, height: 700 } });
    contexts.push(context);
    // Held, not failed: a failed chunk makes the app reload once (src/pwa/chunkReload.ts).
    await context.route(appCode, () => new Promise<void>(() => undefined));
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl()).href);
    return page;
  }

  it.each<[path: string, locale: string, lang: Lang]>([
    ['/', 'zh-CN', 'zh-CN'],
    ['/', 'en-US', 'en'],
    ['/?lang=en', 'zh-CN', 'en'],
    ['/?lang=zh-CN', 'en-US', 'zh-CN'],
  ])('%s on a %s phone shows the start screen in %s', async (path, locale, lang) => {
    const { ui } = words[lang];
    const page = await openWithoutApp(path, locale);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).allInnerTexts())
      .toEqual([ui.start.title]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // Until the app replaces them, its buttons say they are not ready yet.
    const start = page.getByRole('button', { name: ui.start.begin });
    expect(await start.getAttribute('aria-disabled')).toBe('true');
    // "Jump to a stage" opens without script; it waits for the app, which would close it again.
    const jump = page.getByText(ui.nav.jump, { exact: true });
    expect(await jump.isVisible()).toBe(false);
    await expectNoAxeViolations(page);
  });

  it('shows the language chosen before, over the device language', async () => {
    const page = await openWithoutApp('/', 'zh-CN');
    await page.evaluate(() => localStorage.setItem('e1.language', 'en'));
    await page.goto(baseUrl());
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).allInnerTexts())
      .toEqual([words.en.ui.start.title]);
  });

  it.each(['/?step=card', '/?view=log', '/?lang=fr', '/?handoff=1.abc'])(
    '%s shows no start screen: the app draws that page itself',
    async (path) => {
      const page = await openWithoutApp(path, 'zh-CN');
      await page.waitForLoadState('load');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    },
  );

  it('is replaced by the app, whose start button works at once', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('button', { name: words.en.ui.start.begin }).click();
    await page.getByRole('heading', { level: 1, name: titleOf(firstCheck) }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
  });
});
