// Practice without spoilers (issue 13, point 8): the practice page, as a class sees it on the
// projector, lists the scenarios by their stories' titles and never names a fault or a right
// outcome until the trainer reveals them; the reveal is off again on every visit.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll, smallTargets } from './support/browser';
import {
  playScenario,
  practicePath,
  scenarioWords,
  trainerWords,
  trainingPath,
  type ScenarioId,
} from './support/trainer';
import scenarioData from '../../content/scenarios/scenarios.json';
import {
  expectCleanRun,
  expectH1,
  titleOf,
  useBrowser,
  words,
  type Lang,
  type StepKey,
} from './support/wizard';

const ids = Object.keys(scenarioData) as ScenarioId[];
const rightOutcome = (id: ScenarioId, lang: Lang) =>
  titleOf(`outcome.${scenarioData[id].expected.outcome}` as StepKey, lang);

const scenarioList = (page: Page, lang: Lang) =>
  page.getByRole('region', { name: trainerWords[lang].practice.listLabel, exact: true });
const revealBox = (page: Page, lang: Lang) =>
  page.getByRole('checkbox', { name: trainerWords[lang].practice.reveal, exact: true });
const card = (page: Page, id: ScenarioId, lang: Lang) =>
  scenarioList(page, lang)
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: scenarioWords[lang][id].title, exact: true }),
    });

/** How many of the scenarios' fault names the page shows. */
async function faultsShown(page: Page, lang: Lang): Promise<number> {
  const text = (await scenarioList(page, lang).textContent()) ?? '';
  return ids.filter((id) => text.includes(scenarioWords[lang][id].fault)).length;
}

describe('practice without spoilers', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const practice = trainerWords[lang].practice;

    it('lists the stories’ titles only, on a projector, until the trainer reveals faults and right outcomes', async () => {
      const opened = await open(practicePath(lang), { width: 1280 });
      const { page } = opened;
      await expectH1(page, practice.title);

      const titles = await scenarioList(page, lang)
        .getByRole('heading', { level: 3 })
        .allTextContents();
      expect(titles).toEqual(ids.map((id) => scenarioWords[lang][id].title));
      expect(await faultsShown(page, lang)).toBe(0);
      expect(await scenarioList(page, lang).getByRole('term').count()).toBe(0);
      expect(await revealBox(page, lang).isChecked()).toBe(false);

      await revealBox(page, lang).check();
      for (const id of ids) {
        const shown = card(page, id, lang);
        await shown.getByRole('term').first().waitFor({ state: 'visible' });
        expect(await shown.getByRole('term').allTextContents()).toEqual([
          practice.fault,
          practice.ends,
        ]);
        const [fault, outcome] = await shown.getByRole('definition').allTextContents();
        expect(fault).toContain(scenarioWords[lang][id].fault);
        expect(fault).toContain(
          words[lang].ui.stages[
            scenarioData[id].stage as keyof (typeof words)['en']['ui']['stages']
          ],
        );
        expect(outcome).toBe(rightOutcome(id, lang));
      }
      await expectNoAxeViolations(page);

      await revealBox(page, lang).uncheck();
      await expect.poll(() => faultsShown(page, lang)).toBe(0);

      // Off again on the next visit: a page reloaded in front of the class gives nothing away.
      await revealBox(page, lang).check();
      await page.reload();
      await expectH1(page, practice.title);
      await revealBox(page, lang).waitFor({ state: 'visible' });
      expect(await revealBox(page, lang).isChecked()).toBe(false);
      expect(await faultsShown(page, lang)).toBe(0);
      await expectCleanRun(opened);
    });

    it('keeps the reveal usable on a 320 px phone, by keyboard', async () => {
      const opened = await open(practicePath(lang), { width: 320 });
      const { page } = opened;
      await expectH1(page, practice.title);
      await revealBox(page, lang).focus();
      await page.keyboard.press('Space');
      await card(page, 'pin-locked', lang).getByRole('term').first().waitFor({ state: 'visible' });
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      const box = await page.getByText(practice.reveal, { exact: true }).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await expectCleanRun(opened);
    });

    it('names the fault on the feedback after the run, and lists the attempt by its story’s title', async () => {
      const opened = await open(trainingPath('pin-locked', lang));
      const { page } = opened;
      await playScenario(page, 'pin-locked', lang);
      await page
        .getByRole('link', { name: trainerWords[lang].scenario.seeFeedback, exact: true })
        .click();
      await expectH1(page, trainerWords[lang].attempt.title);
      const fault = page
        .getByRole('term')
        .filter({ hasText: new RegExp(`^${trainerWords[lang].attempt.fault}$`) });
      await fault.waitFor({ state: 'visible' });
      expect(await page.getByRole('definition').allTextContents()).toContain(
        scenarioWords[lang]['pin-locked'].fault,
      );

      await page
        .getByRole('link', { name: trainerWords[lang].attempt.allAttempts, exact: true })
        .click();
      await expectH1(page, practice.title);
      const attempts = page.getByRole('list', { name: practice.anonymous, exact: true });
      await attempts.waitFor({ state: 'visible' });
      const row = (await attempts.getByRole('link').allTextContents()).join(' ');
      expect(row).toContain(scenarioWords[lang]['pin-locked'].title);
      expect(row).not.toContain(scenarioWords[lang]['pin-locked'].fault);
      await expectCleanRun(opened);
    });
  });
});
