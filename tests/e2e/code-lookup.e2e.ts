// The response-code lookup in the browser: typed (case, full width, words in either language),
// linked (/?code=96), unknown or malformed links, E1's own entry, the ways in from the start
// screen and from "what is on the screen?", and each code's button into the checks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/browser';
import {
  codeLink,
  codeList,
  codePath,
  codeSearch,
  codesPath,
  codeTitle,
  codeWords,
  expectLookup,
  goToButton,
  listedNames,
  startLink,
  triageLink,
} from './support/codes';
import { answerChecks, beginChecks, answerWords } from './support/trainer';
import {
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  fill,
  tap,
  titleOf,
  useBrowser,
  words,
  type Lang,
} from './support/wizard';

const en = codeWords.en;

/** Types `query` into the lookup's search box and presses Enter. */
async function search(page: Page, query: string, lang: Lang = 'en'): Promise<void> {
  await codeSearch(page, lang).fill(query);
  await codeSearch(page, lang).press('Enter');
}

/** The code page's facts: what it means, its kind in words, what to do, the customer's line. */
async function expectCodePage(page: Page, code: keyof typeof en.codes, lang: Lang = 'en') {
  const words = codeWords[lang];
  const entry = words.codes[code];
  await expectH1(page, codeTitle(code, lang));
  await page.getByText(entry.meaning, { exact: true }).waitFor();
  const todo = page.getByRole('list', { name: words.entry.whatNow, exact: true });
  expect(await todo.getByRole('listitem').allTextContents()).toEqual(entry.todo);
  expect(await page.getByText(`${words.entry.tell}: ${entry.tell}`).count()).toBe(1);
}

describe('the response-code lookup', () => {
  const { open } = useBrowser();

  describe('typed', () => {
    it('is one tap from the start screen, and finds A0 typed as a0, opening it with Enter', async () => {
      const opened = await open('/?lang=en');
      const { page } = opened;
      await expectH1(page, words.en.ui.start.title);
      await startLink(page).click();
      await expectLookup(page);
      await expectParam(page, 'view', 'codes');

      await codeSearch(page).fill('a0');
      expect((await listedNames(page))[0]).toBe(`A0 ${en.codes.A0.title}`);
      await codeSearch(page).press('Enter');
      await expectCodePage(page, 'A0');
      await expectParam(page, 'code', 'A0');
      // The kind is said in words, not by a colour alone.
      await page.getByText(`${en.entry.kind}: ${en.kinds.retry}`, { exact: true }).waitFor();
      await expectCleanRun(opened);
    });

    it('finds a code typed in full width or with spaces, and words in either language', async () => {
      const opened = await open(codesPath('en'));
      const { page } = opened;
      await expectLookup(page);
      for (const [query, first] of [
        ['Ａ０', 'A0'],
        [' 9 6 ', '96'],
        ['余额不足', '51'],
        ['insufficient', '51'],
        ['PIN', '38'],
      ] as const) {
        await codeSearch(page).fill(query);
        const names = await listedNames(page);
        expect(names[0], query).toBe(`${first} ${en.codes[first].title}`);
      }
      await codeSearch(page).fill('PIN');
      await codeLink(page, '55', en.codes['55'].title).waitFor();
      await expectCleanRun(opened);
    });

    it('says calmly when nothing matches, and still offers the way into the checks', async () => {
      const opened = await open(codesPath('zh-CN'));
      const { page } = opened;
      const zh = codeWords['zh-CN'];
      await expectLookup(page, 'zh-CN');
      await codeSearch(page, 'zh-CN').fill('33');
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContain(zh.lookup.noMatch);
      expect(await codeList(page, 'zh-CN').count()).toBe(0);
      await button(page, zh.lookup.startChecks).click();
      await expectH1(page, titleOf('triage.others', 'zh-CN'));
      await expectCleanRun(opened);
    });
  });

  describe('linked', () => {
    it('opens /?code=96&lang=en on its page, whose button opens the outage advice', async () => {
      const opened = await open(codePath('96', 'en'));
      const { page } = opened;
      await expectCodePage(page, '96');
      await page.getByText(`${en.entry.kind}: ${en.kinds.system}`, { exact: true }).waitFor();
      await goToButton(page, titleOf('outcome.outage')).click();
      await expectH1(page, titleOf('outcome.outage'));
      await expectParam(page, 'step', 'outcome.outage');
      // The outcome says which code led there.
      await page
        .getByRole('link', {
          name: fill(en.entry.found, { code: '96', title: en.codes['96'].title }),
          exact: true,
        })
        .waitFor();
      await expectCleanRun(opened);
    });

    it('opens a code written in lower case, in Chinese, and leads 75 to the locked card’s words', async () => {
      const opened = await open(codePath('a0', 'zh-CN'));
      const { page } = opened;
      await expectCodePage(page, 'A0', 'zh-CN');
      await goToButton(page, titleOf('network.signin', 'zh-CN'), 'zh-CN').waitFor();

      await page.goto(page.url().replace(/code=a0/, 'code=75'));
      await expectCodePage(page, '75', 'zh-CN');
      const locked = words['zh-CN'].steps['outcome.card-problem'].paths.locked;
      await goToButton(page, locked.title, 'zh-CN').click();
      await expectH1(page, locked.title);
      await page.getByText(locked.lead, { exact: true }).waitFor();
      await expectCleanRun(opened);
    });

    it('asks the charged question before the cardholder re-enters the PIN for 55', async () => {
      const opened = await open(codePath('55'));
      const { page } = opened;
      await expectCodePage(page, '55');
      await page.getByText(en.entry.chargedFirst, { exact: true }).waitFor();
      await goToButton(page, titleOf('pin.reenter')).click();
      await expectH1(page, titleOf('payment.charged'));
      await tap(page, answerWords('payment.charged', 'notCharged'));
      await expectH1(page, titleOf('pin.reenter'));
      await expectCleanRun(opened);
    });

    it('gives E1 its own entry: three readings, honestly, and the way into the checks', async () => {
      const opened = await open(codePath('E1'));
      const { page } = opened;
      await expectH1(page, en.e1.title);
      const readings = page.getByRole('list').filter({ hasText: en.e1.readings[0] });
      expect(await readings.getByRole('listitem').allTextContents()).toEqual(en.e1.readings);
      await button(page, en.lookup.startChecks).click();
      await expectH1(page, titleOf('triage.others'));
      await expectCleanRun(opened);
    });
  });

  describe('unknown or malformed', () => {
    it.each([
      ['a code the app does not know', 'ZZ'],
      ['a code the facts do not list', '33'],
      ['markup', '<img src=x onerror=alert(1)>'],
      ['an empty code', ''],
    ])('shows a message, the list and the way into the checks for %s', async (_, code) => {
      const opened = await open(codePath(code));
      const { page } = opened;
      await expectLookup(page);
      expect(await page.getByRole('alert').allTextContents()).toEqual([en.lookup.unknownLink]);
      expect(await listedNames(page)).toHaveLength(Object.keys(en.codes).length + 1);
      // Nothing from the link is echoed into the page.
      expect(await page.locator('img').count()).toBe(0);
      if (code) expect(await page.locator('body').innerText()).not.toContain(code);
      await button(page, en.lookup.startChecks).click();
      await expectH1(page, titleOf('triage.others'));
      await expectCleanRun(opened);
    });
  });

  describe('from the checks', () => {
    it('opens from "what is on the screen?", and a code found there leads on to its step', async () => {
      const opened = await open('/?lang=en');
      const { page } = opened;
      await beginChecks(page);
      await answerChecks(page, [
        ['triage.others', 'unsure'],
        ['triage.card', 'unsure'],
      ]);
      await expectH1(page, titleOf('triage.screen'));
      await triageLink(page).click();
      await expectLookup(page);
      // Back to the checks returns to the same question, the walk as it was.
      await page.getByRole('link', { name: words.en.ui.menu.checks }).click();
      await expectH1(page, titleOf('triage.screen'));
      await triageLink(page).click();
      await expectLookup(page);
      await button(page, en.lookup.backToChecks).waitFor();

      await search(page, '68');
      await expectCodePage(page, '68');
      await goToButton(page, titleOf('payment.charged')).click();
      await expectH1(page, titleOf('payment.charged'));
      await page
        .getByRole('link', {
          name: fill(en.entry.found, { code: '68', title: en.codes['68'].title }),
        })
        .waitFor();
      await expectCleanRun(opened);
    });
  });

  it('is offered again on the charged question the "two-character code" answer leads to', async () => {
    const opened = await open('/?lang=zh-CN');
    const { page } = opened;
    await beginChecks(page, 'zh-CN');
    await answerChecks(
      page,
      [
        ['triage.others', 'unsure'],
        ['triage.card', 'unsure'],
        ['triage.screen', 'code'],
      ],
      'zh-CN',
    );
    await expectH1(page, titleOf('payment.charged', 'zh-CN'));
    await triageLink(page, 'zh-CN').click();
    await expectLookup(page, 'zh-CN');
    await expectCleanRun(opened);
  });

  describe.each<Lang>(['en', 'zh-CN'])('accessibility and layout in %s', (lang) => {
    it.each([
      ['the list', codesPath(lang), codeWords[lang].lookup.title],
      ['a code', codePath('51', lang), codeTitle('51', lang)],
      ['E1', codePath('E1', lang), codeWords[lang].e1.title],
      ['an unknown code', codePath('ZZ', lang), codeWords[lang].lookup.title],
    ])('%s: no axe violations, no sideways scrolling at 320 px', async (_, path, title) => {
      const opened = await open(path, { width: 320 });
      const { page } = opened;
      await expectH1(page, title);
      await expectNoAxeViolations(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectCleanRun(opened);
    });
  });
});
