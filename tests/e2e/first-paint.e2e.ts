// Every page a link opens without the device's own data is drawn at build time (the start screen
// into index.html, every other page into a file of its own), so a phone shows it before the app's
// code has run. Holding that code back shows what the person sees meanwhile, for each kind of link.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchChromium, waitForApp } from './support/browser';
import { codeTitle, codeWords } from './support/codes';
import { expectDrawnH1, holdAppCode } from './support/prerendered';
import { shareWords } from './support/share';
import { trainerWords } from './support/trainer';
import {
  answerLabel,
  expectHtmlLang,
  fill,
  firstCheck,
  titleOf,
  words,
  type Lang,
} from './support/wizard';

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
    await holdAppCode(context);
    const page = await context.newPage();
    // Not to `load`: the held scripts hold it back.
    await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'commit' });
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
    await expectDrawnH1(page, ui.start.title);
    await expectHtmlLang(page, lang);
    // It looks ready, and a tap on it is kept for the app (tests/e2e/prerendered-pages.e2e.ts).
    const start = page.getByRole('button', { name: ui.start.begin });
    expect(await start.isEnabled()).toBe(true);
    // "Jump to a stage" opens without script; it waits for the app, which would close it again.
    const jump = page.getByText(ui.nav.jump, { exact: true });
    expect(await jump.isVisible()).toBe(false);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows the language chosen before, over the device language', async () => {
    const page = await openWithoutApp('/', 'zh-CN');
    await page.evaluate(() => localStorage.setItem('e1.language', 'en'));
    await page.goto(new URL('/?step=network.signal', baseUrl()).href, { waitUntil: 'commit' });
    await expectDrawnH1(page, titleOf('network.signal', 'en'));
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await expectDrawnH1(page, words.en.ui.start.title);
  });

  const ui = (lang: Lang) => words[lang].ui;
  /** Each kind of link, the device's locale, the h1 it opens on and words under it. */
  const links: [path: string, locale: string, lang: Lang, h1: string, text: string][] = [
    [
      '/?step=network.signal&lang=en',
      'zh-CN',
      'en',
      titleOf('network.signal'),
      answerLabel('network.signal', 'normal'),
    ],
    [
      '/?step=card',
      'zh-CN',
      'zh-CN',
      // A payment step asks first whether the customer was charged.
      titleOf('payment.charged', 'zh-CN'),
      words['zh-CN'].steps['payment.charged'].detail,
    ],
    [
      '/?step=outcome.escalated&lang=zh-CN',
      'en-US',
      'zh-CN',
      titleOf('outcome.escalated', 'zh-CN'),
      words['zh-CN'].steps['outcome.escalated'].tell,
    ],
    [
      '/?step=outcome.fixed&at=network.signal&lang=en',
      'en-US',
      'en',
      titleOf('outcome.fixed'),
      fill(ui('en').outcome.fixedBy, { check: titleOf('network.signal') }),
    ],
    ['/?code=96', 'zh-CN', 'zh-CN', codeTitle('96', 'zh-CN'), codeWords['zh-CN'].codes['96'].tell],
    ['/?code=e1&lang=en', 'zh-CN', 'en', codeWords.en.e1.title, codeWords.en.e1.lead],
    [
      '/?view=codes&lang=en',
      'zh-CN',
      'en',
      codeWords.en.lookup.title,
      codeWords.en.lookup.searchHint,
    ],
    [
      '/?view=steps',
      'en-US',
      'en',
      shareWords.en.stepIndex.title,
      shareWords.en.stepIndex.filterHint,
    ],
    [
      '/?view=reference&page=prevention&lang=zh-CN',
      'en-US',
      'zh-CN',
      trainerWords['zh-CN'].reference.prevention.title,
      trainerWords['zh-CN'].reference.prevention.lead,
    ],
  ];

  it.each(links)('%s on a %s phone is drawn in %s', async (path, locale, lang, h1, text) => {
    const page = await openWithoutApp(path, locale);
    await expectDrawnH1(page, h1);
    await expectHtmlLang(page, lang);
    await page.getByText(text).first().waitFor({ state: 'visible' });
    expect(await page.title()).toBe(`${h1} · ${ui(lang).appName}`);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it.each<[path: string, lang: Lang, h1: string, alert: keyof ReturnType<typeof ui>['alerts']]>([
    ['/?step=nope&lang=en', 'en', words.en.ui.start.title, 'unknownStep'],
    ['/?view=nope', 'zh-CN', words['zh-CN'].ui.start.title, 'unknownView'],
    ['/?lang=fr', 'zh-CN', words['zh-CN'].ui.start.title, 'unknownLanguage'],
    [
      '/?step=network.signal&lang=fr',
      'zh-CN',
      titleOf('network.signal', 'zh-CN'),
      'unknownLanguage',
    ],
  ])('%s says so in an alert, on %s, before the app', async (path, lang, h1, alert) => {
    const page = await openWithoutApp(path, lang);
    await expectDrawnH1(page, h1);
    await expectHtmlLang(page, lang);
    const said = page.getByRole('alert');
    expect((await said.innerText()).trim()).toContain(ui(lang).alerts[alert]);
    expect(await said.getByRole('button', { name: ui(lang).alerts.dismiss }).isVisible()).toBe(
      true,
    );
    await expectNoAxeViolations(page);
  });

  it.each(['/?view=log', '/?view=settings&lang=en', '/?handoff=1.abc', '/?step=card#handoff=2.x'])(
    '%s shows no page: the app draws that page itself',
    async (path) => {
      const page = await openWithoutApp(path, 'zh-CN');
      // Parsed: the held scripts hold the DOMContentLoaded event back.
      await page.waitForFunction(() => document.readyState !== 'loading');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    },
  );

  it.each<[path: string, lang: Lang]>([
    ['/', 'zh-CN'],
    ['/?step=network.signal&lang=en', 'en'],
  ])(
    '%s asks for the app’s code and its words once it has painted, each once',
    async (path, lang) => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      contexts.push(context);
      // When the page's first frame began, recorded before any of its own scripts run.
      await context.addInitScript(() => {
        requestAnimationFrame(() => {
          (window as unknown as { firstFrame?: number }).firstFrame = performance.now();
        });
      });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl()).href);
      await waitForApp(page);
      const { listed, fetched, firstFrame } = await page.evaluate((language) => {
        const root = document.documentElement;
        const words = JSON.parse(root.dataset.words ?? '{}') as Record<string, string[]>;
        return {
          listed: [
            ...(JSON.parse(root.dataset.code ?? '[]') as string[]),
            ...(words[language] ?? []),
          ],
          fetched: performance
            .getEntriesByType('resource')
            .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
          firstFrame: (window as unknown as { firstFrame?: number }).firstFrame,
        };
      }, lang);
      expect(listed.length).toBeGreaterThan(3);
      expect(firstFrame).toBeDefined();
      for (const file of listed) {
        const requests = fetched.filter((entry) => entry.path === file);
        // Once: the app's own imports take the modules fetched ahead for them.
        expect(requests, file).toHaveLength(1);
        expect(requests[0]?.start, file).toBeGreaterThanOrEqual(firstFrame ?? Infinity);
      }
    },
  );

  it.each<[path: string, carries: string[], leaves: string[]]>([
    [
      '/?step=network.signal&lang=en',
      ['.answers', '.share-step'],
      ['.code-search', '.incident-link', '.training-banner'],
    ],
    ['/?code=51&lang=en', ['.code-kind'], ['.incident-link', '.training-banner']],
    ['/?view=reference&lang=en', ['.quick-ref-first', '.code-table'], ['.incident-link']],
  ])(
    '%s carries the rules of its own screens and none of the log’s or the trainer’s',
    async (path, carries, leaves) => {
      const page = await openWithoutApp(path, 'en-US');
      const rules = await page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules].map((rule) => rule.cssText),
        ),
      );
      for (const selector of carries) {
        expect(
          rules.some((rule) => rule.includes(selector)),
          selector,
        ).toBe(true);
      }
      for (const selector of leaves) {
        expect(
          rules.some((rule) => rule.includes(selector)),
          selector,
        ).toBe(false);
      }
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
