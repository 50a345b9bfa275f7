// Feedback that teaches (issue 13, point 9): the feedback points at the first answer that went
// against the scenario, quotes the clue the trainee had there and names both answers; the
// shortest path is measured from what the story already told, which it marks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/browser';
import {
  answerChecks,
  answerWords,
  scenarioWords,
  trainerWords,
  trainingPath,
  triedLine,
  type ScenarioId,
  type TreeMove,
} from './support/trainer';
import {
  expectCleanRun,
  expectH1,
  fill,
  tap,
  titleOf,
  useBrowser,
  words,
  type Lang,
} from './support/wizard';

/** From a scenario's start screen, walks `moves` and opens the feedback on the outcome reached. */
async function runAndOpenFeedback(
  page: Page,
  moves: readonly TreeMove[],
  lang: Lang,
): Promise<void> {
  await tap(page, words[lang].ui.start.begin);
  await answerChecks(page, moves, lang);
  await page
    .getByRole('link', { name: trainerWords[lang].scenario.seeFeedback, exact: true })
    .click();
  await expectH1(page, trainerWords[lang].attempt.title);
}

const firstWrong = (page: Page, lang: Lang) =>
  page.getByRole('region', { name: trainerWords[lang].attempt.firstWrong, exact: true });

const shortestColumn = (page: Page, lang: Lang) =>
  page.getByRole('region', { name: trainerWords[lang].attempt.shortestPath, exact: true });

/** The shortest path's items, once the worker has worked it out. */
async function shortestLines(page: Page, lang: Lang): Promise<string[]> {
  const items = shortestColumn(page, lang).getByRole('listitem');
  await items.first().waitFor({ state: 'visible' });
  return (await items.allTextContents()).map((text) => text.trim());
}

const clue = (id: ScenarioId, check: string, lang: Lang) =>
  (scenarioWords[lang][id].terminal as Record<string, string>)[check] ?? '';

describe('feedback that teaches', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const attempt = trainerWords[lang].attempt;

    it('points at the first answer against the scenario, with the clue the trainee had and both answers', async () => {
      const opened = await open(trainingPath('pin-locked', lang));
      const { page } = opened;
      // The screen said "too many wrong PINs"; the trainee answered "No", and went on to stop.
      await runAndOpenFeedback(
        page,
        [
          ['triage.others', 'onlyHere'],
          ['triage.card', 'onlyThisCard'],
          ['pin.locked', 'notLocked'],
          ['pin.holder', 'signs'],
        ],
        lang,
      );

      const region = firstWrong(page, lang);
      await region.waitFor({ state: 'visible' });
      const said = await region.getByRole('paragraph').allTextContents();
      expect(said).toEqual([
        fill(attempt.clueAt, { check: titleOf('pin.locked', lang) }),
        clue('pin-locked', 'pin.locked', lang),
        fill(attempt.gave, {
          given: answerWords('pin.locked', 'notLocked', lang),
          expected: answerWords('pin.locked', 'locked', lang),
        }),
      ]);
      expect(await region.getByRole('blockquote').textContent()).toBe(
        clue('pin-locked', 'pin.locked', lang),
      );

      // Measured from what the story told: "only this card" is marked as the story's, and the
      // right outcome is two screens away from there, none of them a network check.
      expect(await shortestLines(page, lang)).toEqual([
        triedLine('triage.others', 'onlyHere', lang),
        `${triedLine('triage.card', 'onlyThisCard', lang)} ${attempt.toldMark}`,
        triedLine('pin.locked', 'locked', lang),
        `→ ${titleOf('outcome.card-problem', lang)}`,
      ]);
      await shortestColumn(page, lang)
        .getByText(fill(attempt.afterStory_other, { count: 2 }), { exact: true })
        .waitFor({ state: 'visible' });
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });

    it('says when the wrong answer went against the story itself, and when it was changed', async () => {
      const opened = await open(trainingPath('pin-locked', lang));
      const { page } = opened;
      await tap(page, words[lang].ui.start.begin);
      // The story said the customer before paid; the trainee answered "every card fails",
      // then went back and answered as the story said.
      await answerChecks(
        page,
        [
          ['triage.others', 'onlyHere'],
          ['triage.card', 'everyCard'],
        ],
        lang,
      );
      await expectH1(page, titleOf('network.signal', lang));
      await tap(page, words[lang].ui.nav.back);
      await runAndOpenFeedbackFromHere(page, lang);

      const region = firstWrong(page, lang);
      await region.waitFor({ state: 'visible' });
      const said = await region.getByRole('paragraph').allTextContents();
      expect(said).toEqual([
        fill(attempt.clueAt, { check: titleOf('triage.card', lang) }),
        clue('pin-locked', 'triage.card', lang),
        attempt.storyToo,
        `${fill(attempt.gave, {
          given: answerWords('triage.card', 'everyCard', lang),
          expected: answerWords('triage.card', 'onlyThisCard', lang),
        })} ${attempt.changed}`,
      ]);
      await expectCleanRun(opened);
    });

    it('says when every answer matched, and when the story already held the whole answer', async () => {
      const opened = await open(trainingPath('every-till-fails', lang));
      const { page } = opened;
      await runAndOpenFeedback(page, [['triage.others', 'othersFail']], lang);
      const region = firstWrong(page, lang);
      await region.getByText(attempt.noWrong, { exact: true }).waitFor({ state: 'visible' });
      expect(await shortestLines(page, lang)).toEqual([
        `${triedLine('triage.others', 'othersFail', lang)} ${attempt.toldMark}`,
        `→ ${titleOf('outcome.outage', lang)}`,
      ]);
      await shortestColumn(page, lang)
        .getByText(attempt.afterStory_zero, { exact: true })
        .waitFor({ state: 'visible' });
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });
  });
});

/** On "Is it only this card?" after Back: the story's answers on to the outcome, then feedback. */
async function runAndOpenFeedbackFromHere(page: Page, lang: Lang): Promise<void> {
  await answerChecks(
    page,
    [
      ['triage.card', 'onlyThisCard'],
      ['pin.locked', 'locked'],
    ],
    lang,
  );
  await page
    .getByRole('link', { name: trainerWords[lang].scenario.seeFeedback, exact: true })
    .click();
  await expectH1(page, trainerWords[lang].attempt.title);
}
