// The app takes over the page drawn at build time without a second paint of another page and
// without moving anything; a tap made before its code runs is carried out once it does.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { appUrl, expectNoAxeViolations, launchChromium, waitForApp } from './support/browser';
import { codeTitle, goToButton } from './support/codes';
import {
  expectDrawnH1,
  headingsDrawn,
  holdAppCode,
  watchHeadingsDrawn,
} from './support/prerendered';
import { shareWords } from './support/share';
import { trainerWords } from './support/trainer';
import {
  answerLabel,
  button,
  expectHtmlLang,
  fill,
  firstCheck,
  titleOf,
  words,
  type Lang,
} from './support/wizard';

const en = words.en.ui;
const zh = words['zh-CN'].ui;
const stepCount = Object.keys(words.en.steps).length;

describe('the app taking over a page drawn at build time', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** `path` drawn with the app's code held back until `release()`. */
  async function openHeld(path: string, locale: Lang) {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const release = await holdAppCode(context);
    await watchHeadingsDrawn(context);
    const page = await context.newPage();
    await page.goto(appUrl(path), { waitUntil: 'commit' });
    return { page, release };
  }

  /** Where the h1 and a control under it are, to the pixel. */
  async function boxes(page: Page, control: Locator) {
    return [
      await page.getByRole('heading', { level: 1 }).boundingBox(),
      await control.boundingBox(),
    ];
  }

  const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });
  const cases: [path: string, locale: Lang, h1: string, under: (page: Page) => Locator][] = [
    ['/', 'en', en.start.title, (page) => button(page, en.start.begin)],
    [
      '/?step=network.signal&lang=en',
      'zh-CN',
      titleOf('network.signal'),
      (page) => button(page, answerLabel('network.signal', 'normal')),
    ],
    [
      '/?step=outcome.escalated&lang=zh-CN',
      'en',
      titleOf('outcome.escalated', 'zh-CN'),
      (page) => h2(page, zh.outcome.whatNow),
    ],
    [
      '/?code=96',
      'zh-CN',
      codeTitle('96', 'zh-CN'),
      (page) => goToButton(page, titleOf('outcome.outage', 'zh-CN'), 'zh-CN'),
    ],
    [
      '/?view=steps&lang=en',
      'zh-CN',
      shareWords.en.stepIndex.title,
      (page) => page.getByRole('button', { name: `${shareWords.en.stepIndex.copy} ${firstCheck}` }),
    ],
    [
      '/?view=reference&page=quick&lang=en',
      'en',
      trainerWords.en.reference.quick.title,
      (page) => button(page, trainerWords.en.reference.print),
    ],
    ['/?step=nope&lang=en', 'zh-CN', en.start.title, (page) => page.getByRole('alert')],
  ];

  it.each(cases)(
    '%s: the app keeps the same page in the same place (%s phone)',
    async (path, locale, h1, under) => {
      const { page, release } = await openHeld(path, locale);
      await expectDrawnH1(page, h1);
      const drawn = await boxes(page, under(page));
      await release();
      // The app's first screen is this page: the same heading, not another page first.
      await expect.poll(() => headingsDrawn(page)).toEqual([h1]);
      expect(await boxes(page, under(page)), 'the heading and what is under it stay put').toEqual(
        drawn,
      );
      await page.waitForLoadState('networkidle');
      expect(await headingsDrawn(page), 'no other page drawn since').toEqual([h1]);
      await expectNoAxeViolations(page);
    },
  );

  it('a tap on the start button before the app runs says it is starting, then is carried out', async () => {
    const { page, release } = await openHeld('/?lang=en', 'en');
    const begin = button(page, en.start.begin);
    await begin.click();
    expect(await begin.getAttribute('aria-busy')).toBe('true');
    await page.getByRole('status').filter({ hasText: en.loading }).waitFor();
    await release();
    await expectDrawnH1(page, titleOf(firstCheck));
    expect(await headingsDrawn(page)).toEqual([en.start.title, titleOf(firstCheck)]);
  });

  it('an answer tapped before the app runs is given once, when it runs', async () => {
    const { page, release } = await openHeld('/?step=network.signal&lang=en', 'en');
    await button(page, answerLabel('network.signal', 'normal')).click();
    await release();
    await expectDrawnH1(page, titleOf('network.signin'));
    await page.waitForLoadState('networkidle');
    expect(await headingsDrawn(page)).toEqual([
      titleOf('network.signal'),
      titleOf('network.signin'),
    ]);
    // Back returns to the check the link opened: the tap was one answer there.
    await button(page, en.nav.back).click();
    await expectDrawnH1(page, titleOf('network.signal'));
  });

  it('a code page’s way into the checks, tapped before the app runs, opens the checks', async () => {
    const { page, release } = await openHeld('/?code=96&lang=en', 'en');
    await goToButton(page, titleOf('outcome.outage')).click();
    await release();
    await expectDrawnH1(page, titleOf('outcome.outage'));
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('outcome.outage');
  });

  it('the language switch tapped before the app runs switches the language', async () => {
    const { page, release } = await openHeld('/?step=network.signal&lang=en', 'en');
    // The switch is named in the language it switches to.
    await button(page, '中文').click();
    await release();
    await expectDrawnH1(page, titleOf('network.signal', 'zh-CN'));
    await expectHtmlLang(page, 'zh-CN');
  });

  it('keyboard focus on a drawn button stays on that button when the app takes over', async () => {
    const { page, release } = await openHeld('/?step=network.signal&lang=en', 'en');
    const answer = answerLabel('network.signal', 'noSignal');
    const focusedWords = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 15 && (await focusedWords()) !== answer; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedWords()).toBe(answer);
    await release();
    await waitForApp(page);
    expect(await focusedWords()).toBe(answer);
    // The app's own button has it: Enter answers.
    await page.keyboard.press('Enter');
    await expectDrawnH1(page, titleOf('network.reconnect'));
  });

  it('text typed into a field before the app runs is kept, and used', async () => {
    const { page, release } = await openHeld('/?view=steps&lang=en', 'en');
    const index = shareWords.en.stepIndex;
    const filter = page.getByRole('searchbox', { name: index.filter });
    await filter.fill('card.');
    await release();
    await page
      .getByRole('status')
      .filter({ hasText: fill(index.countSome_other, { count: 2, total: stepCount }) })
      .waitFor();
    expect(await filter.inputValue()).toBe('card.');
  });
});
