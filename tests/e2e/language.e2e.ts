// The language switch: "中文" and "English" change the words on the same step, and the choice
// sticks.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import {
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  expectHtmlLang,
  expectParam,
  goTo,
  movesUntil,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
  type CheckKey,
  type Lang,
} from './support/wizard';

const languageButton: Record<Lang, string> = { en: 'English', 'zh-CN': '中文' };

/** Asserts the check `step` is on screen in `lang`, in the h1, the URL and `<html lang>`. */
async function expectCheckIn(page: Page, step: CheckKey, lang: Lang): Promise<void> {
  await expectH1(page, titleOf(step, lang));
  await expectParam(page, 'step', step);
  await expectParam(page, 'lang', lang);
  await expectHtmlLang(page, lang);
}

describe('switching language', () => {
  const { open } = useBrowser();

  it('"中文" shows the same check in Chinese, and "English" switches back', async () => {
    const opened = await open('/?step=pin.holder&lang=en');
    const { page } = opened;
    await expectCheckIn(page, 'pin.holder', 'en');

    await tap(page, languageButton['zh-CN']);
    await expectCheckIn(page, 'pin.holder', 'zh-CN');
    for (const answer of ['noSigns', 'signs'] as const) {
      await button(page, answerLabel('pin.holder', answer, 'zh-CN')).waitFor();
    }

    await tap(page, languageButton.en);
    await expectCheckIn(page, 'pin.holder', 'en');
    await expectCleanRun(opened);
  });

  it('the chosen language survives a reload and a fresh visit without lang=', async () => {
    const opened = await open('/?step=pin.holder&lang=en');
    const { page } = opened;
    await expectCheckIn(page, 'pin.holder', 'en');
    await tap(page, languageButton['zh-CN']);
    await expectCheckIn(page, 'pin.holder', 'zh-CN');

    await page.reload();
    await expectCheckIn(page, 'pin.holder', 'zh-CN');

    // An en-US device, opened with no language in the link: the saved choice still wins.
    await goTo(page, '/?step=pin.holder');
    await expectCheckIn(page, 'pin.holder', 'zh-CN');
    await expectCleanRun(opened);
  });

  it('the app\'s Back ("返回") keeps the language chosen on the later step', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, movesUntil(walks.fixedBySignin, 'network.reconnect'));
    await expectCheckIn(page, 'network.reconnect', 'en');
    await tap(page, languageButton['zh-CN']);
    await expectCheckIn(page, 'network.reconnect', 'zh-CN');

    await tap(page, words['zh-CN'].ui.nav.back);

    await expectCheckIn(page, 'network.signal', 'zh-CN');
    await expectCleanRun(opened);
  });
});
