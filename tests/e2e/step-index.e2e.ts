// The step index (`?view=steps`): the agent's reference on the phone. Every step with its id and
// both titles, each link copied by a button, reachable from the start screen and the page bar.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import { expectNoAxeViolations, hasHorizontalScroll, smallTargets } from './support/browser';
import { logWords } from './support/log';
import { grantClipboard, pathOf, readClipboard, shareWords } from './support/share';
import {
  expectCleanRun,
  expectH1,
  expectParam,
  fill,
  titleOf,
  useBrowser,
  words,
  type Lang,
  type StepKey,
} from './support/wizard';

const stepKeys = Object.keys(enSteps) as StepKey[];
const stepsPath = (lang: Lang) => `/?view=steps&lang=${lang}`;
type Stage = keyof typeof words.en.ui.stages;
const groups = [...(Object.keys(words.en.ui.stages) as Stage[]), 'outcome'] as const;

/** A group's heading: the stage's name in the screen's language, then in the other. */
function groupHeading(group: Stage | 'outcome', lang: Lang): string {
  if (group === 'outcome') return shareWords[lang].stepIndex.outcomes;
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return `${words[lang].ui.stages[group]} ${words[other].ui.stages[group]}`;
}

/** Every step of the index, in all its groups. */
const stepList = (page: Page, lang: Lang): Locator =>
  page.getByRole('region', { name: shareWords[lang].stepIndex.listLabel, exact: true });

const filterBox = (page: Page, lang: Lang): Locator =>
  page.getByRole('searchbox', { name: shareWords[lang].stepIndex.filter, exact: true });

/** The ids the index shows now. */
const shownIds = (page: Page, lang: Lang): Promise<string[]> =>
  stepList(page, lang).locator('code').allTextContents();

/** Waits until the polite status line says `text`. */
async function expectCount(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'visible' });
}

describe('the step index', () => {
  const { open } = useBrowser();

  it('is one tap from the start screen, and lists every step under its stage with its id and both titles', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await page.getByRole('link', { name: words.en.ui.share.stepIndex, exact: true }).click();
    await expectH1(page, shareWords.en.stepIndex.title);
    await expectParam(page, 'view', 'steps');

    const items = stepList(page, 'en').getByRole('listitem');
    await expect.poll(() => items.count()).toBe(stepKeys.length);
    for (const [index, step] of stepKeys.entries()) {
      const item = items.nth(index);
      expect(await item.locator('code').textContent()).toBe(step);
      expect(await item.locator('[lang="en"]').textContent()).toBe(titleOf(step, 'en'));
      expect(await item.locator('[lang="zh-CN"]').textContent()).toBe(titleOf(step, 'zh-CN'));
    }

    // One heading and one list per stage, in the machine's order, then the outcomes.
    const headings = await stepList(page, 'en')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(headings).toEqual(groups.map((group) => groupHeading(group, 'en')));
    for (const group of groups) {
      const list = stepList(page, 'en').getByRole('list', {
        name: groupHeading(group, 'en'),
        exact: true,
      });
      expect(await list.locator('code').allTextContents(), group).toEqual(
        stepKeys.filter((step) => step.startsWith(`${group}.`)),
      );
    }
    await expectCleanRun(opened);
  });

  it('copies a step’s link, which opens that step in a fresh browser', async () => {
    const opened = await open(stepsPath('zh-CN'));
    const { page } = opened;
    await grantClipboard(opened);
    await expectH1(page, shareWords['zh-CN'].stepIndex.title);

    await page
      .getByRole('button', { name: `${shareWords['zh-CN'].stepIndex.copy} escalate.call` })
      .click();

    const item = page.getByRole('listitem').filter({ hasText: 'escalate.call' });
    await expect
      .poll(() => item.getByRole('status').textContent())
      .toBe(shareWords['zh-CN'].stepIndex.copied);
    const link = await readClipboard(page);
    expect(new URL(link).search).toBe('?step=escalate.call');

    const agent = await open(pathOf(link), { locale: 'en-GB' });
    await expectH1(agent.page, titleOf('escalate.call', 'en'));
    await expectCleanRun(opened);
  });

  it('is a section of the page bar, which still fits a 320 px phone', async () => {
    const opened = await open(`/?view=log&lang=zh-CN`, { width: 320 });
    const { page } = opened;
    await expectH1(page, logWords['zh-CN'].log.title);
    const sections = page.getByRole('navigation', { name: words['zh-CN'].ui.menu.label });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await sections.getByRole('link', { name: words['zh-CN'].ui.share.stepIndex }).click();
    await expectH1(page, shareWords['zh-CN'].stepIndex.title);
    expect(
      await sections
        .getByRole('link', { name: words['zh-CN'].ui.share.stepIndex })
        .getAttribute('aria-current'),
    ).toBe('page');
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'filters as the agent types, by id or by a title in either language, and says how many match (%s)',
    async (lang) => {
      const opened = await open(stepsPath(lang), { width: 320 });
      const { page } = opened;
      const index = shareWords[lang].stepIndex;
      await expectH1(page, index.title);
      await expectCount(page, fill(index.countAll, { total: stepKeys.length }));

      // By id: the card checks only, under their own heading.
      await filterBox(page, lang).fill('card.');
      await expect.poll(() => shownIds(page, lang)).toEqual(['card.insert', 'card.other']);
      expect(await stepList(page, lang).getByRole('heading').allTextContents()).toEqual([
        groupHeading('card', lang),
      ]);
      await expectCount(page, fill(index.countSome_other, { count: 2, total: stepKeys.length }));

      // By an English title's words, whatever the screen's language, case and order aside.
      await filterBox(page, lang).fill('SUPPORT call');
      await expect.poll(() => shownIds(page, lang)).toEqual(['escalate.call']);
      await expectCount(page, fill(index.countSome_one, { count: 1, total: stepKeys.length }));

      // By a Chinese title, typed with a full-width Chinese keyboard's letters too.
      await filterBox(page, lang).fill('ＰＯＳ机需要维修');
      await expect.poll(() => shownIds(page, lang)).toEqual(['outcome.repair']);

      // Nothing matches: said so, and one button brings every step back.
      await filterBox(page, lang).fill('zzz');
      await expectCount(page, fill(index.noMatch, { filter: 'zzz' }));
      expect(await stepList(page, lang).getByRole('listitem').count()).toBe(0);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: index.clear, exact: true }).click();
      await expect.poll(() => shownIds(page, lang)).toEqual(stepKeys);
      expect(await filterBox(page, lang).evaluate((box) => box === document.activeElement)).toBe(
        true,
      );
      await expectCleanRun(opened);
    },
  );

  it('works from the keyboard: from the heading to the filter, then to a step’s copy button', async () => {
    const opened = await open(stepsPath('en'), { width: 320 });
    const { page } = opened;
    await grantClipboard(opened);
    await expectH1(page, shareWords.en.stepIndex.title);
    await filterBox(page, 'en').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await filterBox(page, 'en').evaluate((box) => box === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.type('reenter');
    await expect.poll(() => shownIds(page, 'en')).toEqual(['pin.reenter']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectCount(page, shareWords.en.stepIndex.copied);
    expect(new URL(await readClipboard(page)).search).toBe('?step=pin.reenter');
    // Escape empties the search box: every step again.
    await filterBox(page, 'en').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => shownIds(page, 'en')).toEqual(stepKeys);
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'is axe-clean, with 44 px targets and no sideways scroll at 320 px (%s)',
    async (lang) => {
      const opened = await open(stepsPath(lang), { width: 320 });
      const { page } = opened;
      await expectH1(page, shareWords[lang].stepIndex.title);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    },
  );
});
