import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, contextOptions, launchChromium, waitForApp } from './support/browser';
import {
  button,
  expectCleanRun,
  expectH1,
  firstCheck,
  titleOf,
  useBrowser,
  words,
} from './support/wizard';

describe('smoke', () => {
  const { open } = useBrowser();

  it('renders a level-1 heading without errors or foreign requests', async () => {
    const opened = await open('/?lang=en');
    await opened.page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
    await expectCleanRun(opened);
  });
});

describe('a phone that goes offline before the service worker’s code has loaded', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('carries on with the checks, and registers no worker this time', async () => {
    const context = await browser.newContext(contextOptions());
    try {
      // Loaded once the page has settled: the network is gone by then.
      await context.route('**/assets/ServiceWorkerAgent-*.js', (route) =>
        route.abort('internetdisconnected'),
      );
      const page = await context.newPage();
      const failed = page.waitForEvent('requestfailed', (request) =>
        request.url().includes('/ServiceWorkerAgent-'),
      );
      await page.goto(new URL('/?lang=en', baseUrl()).href);
      await waitForApp(page);
      await failed;
      await button(page, words.en.ui.start.begin).click();
      await expectH1(page, titleOf(firstCheck, 'en'));
      expect(await page.getByText(words.en.ui.crash.title).count()).toBe(0);
      const registered = await page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map(
          (registration) => registration.scope,
        ),
      );
      expect(registered).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
