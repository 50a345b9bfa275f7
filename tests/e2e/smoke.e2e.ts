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

describe('a first visit whose connection drops before a part of the app has loaded', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A context whose requests for `chunk` (an asset's name before its hash) fail as offline. */
  async function withoutChunk(chunk: string) {
    const context = await browser.newContext(contextOptions());
    await context.route(`**/assets/${chunk}-*.js`, (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    const failed = page.waitForEvent('requestfailed', (request) =>
      request.url().includes(`/assets/${chunk}-`),
    );
    return { context, page, failed };
  }

  it('without the service worker’s code: carries on with the checks, and registers no worker this time', async () => {
    // Loaded once the page has settled: the network is gone by then.
    const { context, page, failed } = await withoutChunk('ServiceWorkerAgent');
    try {
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

  it('without the log’s recorder: says the incident is not being logged, and the checks go on', async () => {
    const { context, page, failed } = await withoutChunk('IncidentRecording');
    try {
      await page.goto(new URL('/?lang=en', baseUrl()).href);
      await waitForApp(page);
      await failed;
      await page
        .getByRole('alert')
        .filter({ hasText: words.en.ui.unloaded.log })
        .waitFor({ state: 'visible' });
      await button(page, words.en.ui.start.begin).click();
      await expectH1(page, titleOf(firstCheck, 'en'));
      expect(await page.getByText(words.en.ui.crash.title).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(['en', 'zh-CN'] as const)(
    'without an outcome’s note: the outcome’s advice stays, and a line says a part did not load (%s)',
    async (lang) => {
      const { context, page, failed } = await withoutChunk('OutcomeNote');
      try {
        await page.goto(new URL(`/?step=outcome.escalated&lang=${lang}`, baseUrl()).href);
        await waitForApp(page);
        await failed;
        await page
          .getByRole('status')
          .filter({ hasText: words[lang].ui.unloaded.outcomeParts })
          .waitFor({ state: 'visible' });
        await expectH1(page, titleOf('outcome.escalated', lang));
        expect(await page.getByText(words[lang].ui.crash.title).count()).toBe(0);
      } finally {
        await context.close();
      }
    },
  );
});
