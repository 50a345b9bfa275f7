// "Start again" at the counter (issue 13, point 5): on a check it asks first, because it ends the
// open incident (as stopped); "carry on" leaves everything as it was; on the start screen, where
// it would do nothing, it is not offered. Practice starts again at once: it has no incident.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, smallTargets } from './support/browser';
import {
  expectIncidentCount,
  expectLogRows,
  rowText,
  showLog,
  startRecordedWalk,
} from './support/log';
import {
  accessibleDescription,
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  moveLabel,
  tap,
  titleOf,
  useBrowser,
  walk,
  words,
  type Lang,
  type Move,
} from './support/wizard';

const first: Move = ['triage.others', 'onlyHere'];
const second = 'triage.card';

describe('"Start again"', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])('is not offered on the start screen (%s)', async (lang) => {
    const opened = await open(`/?lang=${lang}`, { locale: lang });
    const { page } = opened;
    await expectH1(page, words[lang].ui.start.title);
    await page.waitForLoadState('networkidle');
    expect(await button(page, words[lang].ui.nav.restart).count()).toBe(0);
    expect(await button(page, words[lang].ui.nav.abandon).count()).toBe(0);
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'on a check asks first; "carry on" keeps the walk, the confirmation ends the incident as stopped (%s)',
    async (lang) => {
      const nav = words[lang].ui.nav;
      const opened = await open(`/?lang=${lang}`, { locale: lang });
      const { page } = opened;
      await startRecordedWalk(page, lang);
      await walk(page, [first], lang);
      await expectH1(page, titleOf(second, lang));

      await tap(page, nav.restart);
      const question = page.getByRole('group', { name: nav.restartConfirm, exact: true });
      await question.waitFor({ state: 'visible' });
      // The question takes focus, so a screen reader reads it out.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe(nav.restartConfirm);
      expect(await smallTargets(question)).toEqual([]);
      await expectNoAxeViolations(page);

      await button(question, nav.restartNo).click();
      expect(await question.count()).toBe(0);
      await expectH1(page, titleOf(second, lang));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe(nav.restart);
      await tap(page, words[lang].ui.nav.back);
      await expectH1(page, titleOf(first[0], lang));
      expect(await accessibleDescription(button(page, moveLabel(first, lang)))).toBe(
        words[lang].ui.earlierAnswer,
      );
      await walk(page, [first], lang);

      await tap(page, nav.restart);
      await button(page, nav.restartYes).click();
      await expectH1(page, words[lang].ui.start.title);
      await expectParam(page, 'step', null);

      await showLog(page, lang);
      await expectIncidentCount(page, 1, lang);
      await expectLogRows(page, [rowText('abandoned', second, lang)], lang);
      await expectCleanRun(opened);
    },
  );

  it('in practice starts again at once: there is no incident to end', async () => {
    const opened = await open('/?step=triage.card&mode=training&lang=en');
    const { page } = opened;
    await expectH1(page, titleOf(second));
    await tap(page, words.en.ui.nav.restart);
    await expectH1(page, words.en.ui.start.title);
    expect(await page.getByRole('group', { name: words.en.ui.nav.restartConfirm }).count()).toBe(0);
    await expectCleanRun(opened);
  });
});
