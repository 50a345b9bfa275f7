// Links that open the app somewhere: a check, a stage, an alias, a bad step, a language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  expectCleanRun,
  expectH1,
  expectHtmlLang,
  expectParam,
  fill,
  goTo,
  tap,
  titleOf,
  useBrowser,
  words,
  type Lang,
} from './support/wizard';

const en = words.en;
const zh = words['zh-CN'];

/** Waits for the page's one role=alert and checks it says `message`. */
async function expectAlert(page: Page, message: string): Promise<void> {
  const alert = page.getByRole('alert');
  await alert.waitFor({ state: 'visible' });
  expect(await alert.count()).toBe(1);
  const says = await alert.getByText(message, { exact: true }).isVisible();
  expect(says, `the alert says "${message}"`).toBe(true);
}

async function expectLanguage(page: Page, lang: Lang): Promise<void> {
  await expectHtmlLang(page, lang);
  await expectH1(page, words[lang].ui.start.title);
}

describe('deep links', () => {
  const { open } = useBrowser();

  it('a check id opens that check with its stage progress, seen and spoken', async () => {
    const opened = await open('/?step=hardware.selftest&lang=en');
    const { page } = opened;

    await expectH1(page, titleOf('hardware.selftest'));
    await expectParam(page, 'step', 'hardware.selftest');
    const stage = en.ui.stages.hardware;
    const shown = `6 / 9 ${stage}`;
    const spoken = fill(en.ui.progress, { number: 6, total: 9, stage });
    expect(spoken).toBe('Stage 6 of 9: Hardware');
    expect(await page.getByText(shown, { exact: true }).isVisible()).toBe(true);
    // Screen readers get the sentence, not the terse "6 / 9".
    const topBar = await page.getByRole('banner').ariaSnapshot();
    expect(topBar).toContain(spoken);
    expect(topBar).not.toContain('6 / 9');
    await expectCleanRun(opened);
  });

  it("a stage id opens the stage's first check and the URL names that check", async () => {
    const opened = await open('/?step=hardware&lang=en');
    const { page } = opened;

    await expectH1(page, titleOf('hardware.cables'));
    await expectParam(page, 'step', 'hardware.cables');
    await expectCleanRun(opened);
  });

  it('an alias ("security") opens the first check of "PIN and security"', async () => {
    const opened = await open('/?step=security&lang=en');
    const { page } = opened;

    await expectH1(page, titleOf('pin.locked'));
    await expectParam(page, 'step', 'pin.locked');
    await expectCleanRun(opened);
  });

  it('the card stage, a payment, opens on "Was the customer already charged?" first', async () => {
    const opened = await open('/?step=card&lang=en');
    const { page } = opened;

    await expectH1(page, titleOf('payment.charged'));
    await expectParam(page, 'step', 'payment.charged');
    await tap(page, answerLabel('payment.charged', 'notCharged'));
    await expectH1(page, titleOf('card.insert'));
    await expectParam(page, 'step', 'card.insert');
    await expectCleanRun(opened);
  });

  it.each([
    ['an unknown step', 'nope'],
    ['an empty step', ''],
  ])('%s shows the unknown-step alert on the start screen', async (_label, step) => {
    const opened = await open(`/?step=${step}&lang=en`);
    const { page } = opened;

    await expectH1(page, en.ui.start.title);
    await expectAlert(page, en.ui.alerts.unknownStep);
    await expectParam(page, 'step', null);
    await expectCleanRun(opened);
  });

  it.each([
    ['encoded', encodeURIComponent('<img src=x onerror=alert(1)>')],
    ['as typed', '<img src=x onerror=alert(1)>'],
  ])(
    'a step holding markup (%s) is refused as unknown and nothing is injected',
    async (_label, step) => {
      const opened = await open('/?lang=en');
      const { page } = opened;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });

      await goTo(page, `/?step=${step}&lang=en`);

      await expectH1(page, en.ui.start.title);
      await expectAlert(page, en.ui.alerts.unknownStep);
      expect(await page.evaluate(() => document.images.length)).toBe(0);
      expect(dialogs).toEqual([]);
      await expectCleanRun(opened);
    },
  );

  it('an unknown language shows the unknown-language alert and the device language', async () => {
    const opened = await open('/?lang=fr');
    const { page } = opened;

    await expectLanguage(page, 'en');
    await expectAlert(page, en.ui.alerts.unknownLanguage);
    await expectCleanRun(opened);
  });

  it('an unknown language on a zh-CN device shows the alert in Chinese, page in Chinese', async () => {
    const opened = await open('/?lang=fr', { locale: 'zh-CN' });
    const { page } = opened;

    await expectLanguage(page, 'zh-CN');
    await expectAlert(page, zh.ui.alerts.unknownLanguage);
    await expectCleanRun(opened);
  });

  it('"lang=EN" resolves to English, even on a zh-CN device', async () => {
    const opened = await open('/?lang=EN', { locale: 'zh-CN' });
    const { page } = opened;

    await expectLanguage(page, 'en');
    await expectParam(page, 'lang', 'en');
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectCleanRun(opened);
  });

  it('"lang=zh" resolves to Chinese, even on an en-US device', async () => {
    const opened = await open('/?lang=zh', { locale: 'en-US' });
    const { page } = opened;

    await expectLanguage(page, 'zh-CN');
    await expectParam(page, 'lang', 'zh-CN');
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectCleanRun(opened);
  });

  it('a zh-CN device gets Chinese by default', async () => {
    const opened = await open('/', { locale: 'zh-CN' });

    await expectLanguage(opened.page, 'zh-CN');
    await expectCleanRun(opened);
  });

  it('an en-US device gets English by default', async () => {
    const opened = await open('/', { locale: 'en-US' });

    await expectLanguage(opened.page, 'en');
    await expectCleanRun(opened);
  });
});
