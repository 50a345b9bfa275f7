// The trainer's screens in both languages: no axe violations (WCAG 2.0-2.2 A and AA), no
// sideways scrolling on a 320 px phone (the flowchart pans inside its own box), and every
// button and link at least 44x44 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll, smallTargets } from './support/browser';
import {
  firstCheckKey,
  outcomeTitles,
  playScenario,
  practicePath,
  referencePath,
  trainerWords,
  trainingPath,
} from './support/trainer';
import {
  expectCleanRun,
  expectH1,
  tap,
  titleOf,
  useBrowser,
  words,
  type Lang,
} from './support/wizard';

const NARROW = 320;
/** The checks every trainer screen must pass, on the screen as it is now. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await hasHorizontalScroll(page), `${screen} scrolls sideways`).toBe(false);
  expect(await smallTargets(page), `${screen} small targets`).toEqual([]);
  await expectNoAxeViolations(page);
}

describe('the trainer’s screens: layout and accessibility', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const trainer = trainerWords[lang];
    const ui = words[lang].ui;

    it('a practice run: start, check, outcome and feedback screens', async () => {
      const opened = await open(trainingPath('frozen-card', lang), { width: NARROW });
      const { page } = opened;
      await expectH1(page, ui.start.title);
      await expectAccessible(page, 'training start');

      await tap(page, ui.start.begin);
      await expectH1(page, titleOf(firstCheckKey, lang));
      await expectAccessible(page, 'training check');

      await page.goBack();
      await playScenario(page, 'frozen-card', lang);
      expect(outcomeTitles('outcome.card-problem', lang)).toContain(
        (await page.getByRole('heading', { level: 1 }).allTextContents())[0],
      );
      const feedback = page.getByRole('link', { name: trainer.scenario.seeFeedback, exact: true });
      await feedback.waitFor({ state: 'visible' });
      await expectAccessible(page, 'training outcome');

      await feedback.click();
      await expectH1(page, trainer.attempt.title);
      await page
        .getByRole('heading', { name: trainer.attempt.lesson, exact: true })
        .waitFor({ state: 'visible' });
      await expectAccessible(page, 'feedback');

      await page.getByRole('link', { name: trainer.attempt.showOnChart, exact: true }).click();
      await expectH1(page, trainer.flowchart.title);
      await page
        .getByRole('group', { name: trainer.flowchart.label, exact: true })
        .waitFor({ state: 'visible' });
      await expectAccessible(page, 'flowchart with a path');
      await expectCleanRun(opened);
    });

    it('the practice page and the flowchart', async () => {
      const opened = await open(practicePath(lang), { width: NARROW });
      const { page } = opened;
      await expectH1(page, trainer.practice.title);
      await page.getByText(trainer.practice.noAttempts, { exact: true }).waitFor();
      await expectAccessible(page, 'practice');

      await page.getByRole('link', { name: ui.menu.flowchart, exact: true }).click();
      await expectH1(page, trainer.flowchart.title);
      await page
        .getByRole('group', { name: trainer.flowchart.label, exact: true })
        .waitFor({ state: 'visible' });
      await expectAccessible(page, 'flowchart');
      await page.getByText(trainer.flowchart.asList, { exact: true }).click();
      await expectAccessible(page, 'flowchart as a list');
      await expectCleanRun(opened);
    });

    it('the three reference pages', async () => {
      const opened = await open(referencePath('quick', lang), { width: NARROW });
      const { page } = opened;
      for (const name of ['quick', 'prevention', 'providers'] as const) {
        await page.getByRole('link', { name: trainer.reference.nav[name], exact: true }).click();
        await expectH1(page, trainer.reference[name].title);
        await expectAccessible(page, `reference ${name}`);
      }
      await expectCleanRun(opened);
    });

    it('the start screen with the trainer’s links', async () => {
      const opened = await open(`/?lang=${lang}`, { width: NARROW });
      const { page } = opened;
      await expectH1(page, ui.start.title);
      const links = page.getByRole('navigation', { name: ui.menu.trainer, exact: true });
      expect(await links.getByRole('link').allTextContents()).toEqual([
        ui.menu.flowchart,
        ui.menu.practice,
        ui.menu.reference,
      ]);
      await expectAccessible(page, 'start');
      await expectCleanRun(opened);
    });
  });
});
