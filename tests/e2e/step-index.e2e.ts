// The step index (`?view=steps`): the agent's reference on the phone. Every step with its id and
// both titles, each link copied by a button, reachable from the start screen and the page bar.
import { describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import { expectNoAxeViolations, hasHorizontalScroll, smallTargets } from './support/browser';
import { logWords } from './support/log';
import { grantClipboard, pathOf, readClipboard, shareWords } from './support/share';
import {
  expectCleanRun,
  expectH1,
  expectParam,
  titleOf,
  useBrowser,
  words,
  type Lang,
  type StepKey,
} from './support/wizard';

const stepKeys = Object.keys(enSteps) as StepKey[];
const stepsPath = (lang: Lang) => `/?view=steps&lang=${lang}`;

describe('the step index', () => {
  const { open } = useBrowser();

  it('is one tap from the start screen, and lists every step with its id and both titles', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await page.getByRole('link', { name: words.en.ui.share.stepIndex, exact: true }).click();
    await expectH1(page, shareWords.en.stepIndex.title);
    await expectParam(page, 'view', 'steps');

    const items = page
      .getByRole('list', { name: shareWords.en.stepIndex.listLabel, exact: true })
      .getByRole('listitem');
    await expect.poll(() => items.count()).toBe(stepKeys.length);
    for (const [index, step] of stepKeys.entries()) {
      const item = items.nth(index);
      expect(await item.locator('code').textContent()).toBe(step);
      expect(await item.locator('[lang="en"]').textContent()).toBe(titleOf(step, 'en'));
      expect(await item.locator('[lang="zh-CN"]').textContent()).toBe(titleOf(step, 'zh-CN'));
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
