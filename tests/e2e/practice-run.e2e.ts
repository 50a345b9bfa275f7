// A practice run from the practice page to its feedback screen, and what it must not touch: the
// incident log, and the counter's own walk with its open incident.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectIncidentCount,
  expectLogRows,
  incidentPathLines,
  leaveForLog,
  logWords,
  openRow,
  rowText,
  showLog,
  templatePattern,
  resumeOffer,
} from './support/log';
import {
  answerChecks,
  answerWords,
  beginChecks,
  expectTraining,
  firstCheckKey,
  playScenario,
  practicePath,
  scenarioPanel,
  scenarioWords,
  startScenario,
  trainerWords,
  trainingBanner,
  trainingPath,
  triedLine,
} from './support/trainer';
import {
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  fill,
  goTo,
  tap,
  titleOf,
  useBrowser,
  words,
  type CheckKey,
  type StepKey,
} from './support/wizard';
import scenarioData from '../../content/scenarios/scenarios.json';

const { ui } = words.en;
const trainer = trainerWords.en;
const log = logWords.en;
const looseSim = scenarioWords.en['loose-sim'];
const firstCheck = firstCheckKey;
const secondCheck = 'triage.card';

/** The items of the feedback screen's list headed `title`. */
async function listUnder(page: Page, title: string): Promise<string[]> {
  const column = page.getByRole('region', { name: title, exact: true });
  return (await column.getByRole('listitem').allTextContents()).map((text) => text.trim());
}

/** Follows an in-app link the way the app's own links do (a history entry, no reload). */
async function followInAppLink(page: Page, href: string): Promise<void> {
  await page.evaluate((target) => {
    const state: unknown = window.history.state;
    const depth =
      typeof state === 'object' && state !== null && 'depth' in state ? Number(state.depth) : 0;
    window.history.pushState({ depth: depth + 1 }, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, href);
}

describe('a practice run', () => {
  const { open } = useBrowser();

  it('goes from the practice page to its feedback screen and leaves the incident log, open incident and all, as it was', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    // A real incident, left open at the second check.
    await beginChecks(page);
    await answerChecks(page, [[firstCheck, 'onlyHere']]);
    await expectH1(page, titleOf(secondCheck));
    await showLog(page);
    await expectIncidentCount(page, 1);
    await openRow(page, 0);
    const before = await incidentPathLines(page);
    expect(before).toEqual([triedLine(firstCheck, 'onlyHere'), triedLine(secondCheck, null)]);

    // The trainer opens the practice page, names the trainee and starts a scenario.
    await goTo(page, practicePath());
    await expectH1(page, trainer.practice.title);
    await page.getByLabel(trainer.practice.trainee, { exact: true }).fill('Ana');
    await startScenario(page, 'loose-sim');

    await expectH1(page, ui.start.title);
    await expectTraining(page, 'loose-sim');
    expect(await scenarioPanel(page).textContent()).toContain(looseSim.story);
    await tap(page, ui.start.begin);

    // Each check says what the terminal did; the trainee answers.
    const panelSays = async (text: string | undefined) =>
      expect(await scenarioPanel(page).textContent()).toContain(text);
    await expectH1(page, titleOf(firstCheck));
    await expectTraining(page, 'loose-sim');
    await panelSays(looseSim.terminal['triage.others']);
    await tap(page, answerWords(firstCheck, 'onlyHere'));
    await expectH1(page, titleOf(secondCheck));
    await panelSays(looseSim.terminal['triage.card']);
    await tap(page, answerWords(secondCheck, 'everyCard'));
    await expectH1(page, titleOf('network.signal'));
    await panelSays(looseSim.terminal['network.signal']);
    await tap(page, answerWords('network.signal', 'noSignal'));

    await expectH1(page, titleOf('network.reconnect'));
    await panelSays(looseSim.terminal['network.reconnect']);
    // A wrong answer, then Back: training mode stays in the URL through the browser's history.
    await tap(page, answerWords('network.reconnect', 'fails'));
    await expectH1(page, titleOf('network.switch'));
    await panelSays(trainer.scenario.offPath);
    await tap(page, ui.nav.back);
    await expectH1(page, titleOf('network.reconnect'));
    await expectTraining(page, 'loose-sim');
    await tap(page, answerWords('network.reconnect', 'works'));

    // A fix tested by sign-in: before the payment, was the customer already charged?
    await expectH1(page, titleOf('payment.charged'));
    await panelSays(looseSim.terminal['payment.charged']);
    await tap(page, answerWords('payment.charged', 'notCharged'));

    await expectH1(page, words.en.steps['outcome.fixed'].paths.notCharged.title);
    await expectTraining(page, 'loose-sim');
    // No note and no handoff on a practice outcome: those belong to the log.
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('link', { name: trainer.scenario.seeFeedback, exact: true }).click();

    // The feedback: right outcome, both paths, the repeat, the time.
    await expectH1(page, trainer.attempt.title);
    expect(await trainingBanner(page).count()).toBe(0);
    const right = fill(trainer.attempt.right, {
      outcome: fill(trainer.attempt.at, {
        outcome: titleOf('outcome.fixed'),
        check: titleOf('network.reconnect'),
      }),
    });
    await page.getByText(right, { exact: true }).waitFor({ state: 'visible' });
    const start = [
      triedLine(firstCheck, 'onlyHere'),
      triedLine(secondCheck, 'everyCard'),
      triedLine('network.signal', 'noSignal'),
    ];
    const end = [
      triedLine('network.reconnect', 'works'),
      triedLine('payment.charged', 'notCharged'),
      `→ ${titleOf('outcome.fixed')}`,
    ];
    expect(await listUnder(page, trainer.attempt.yourPath)).toEqual([
      ...start,
      triedLine('network.reconnect', 'fails'),
      titleOf('network.switch'),
      ...end,
    ]);
    // The story already told the first two answers: the shortest path marks them.
    const told = (line: string) => `${line} ${trainer.attempt.toldMark}`;
    await expect
      .poll(() => listUnder(page, trainer.attempt.shortestPath))
      .toEqual([told(start[0] ?? ''), told(start[1] ?? ''), ...start.slice(2), ...end]);
    const repeated = page.getByRole('heading', { name: trainer.attempt.repeated, exact: true });
    await repeated.waitFor({ state: 'visible' });
    expect(await page.getByText(trainer.attempt.repeatedLead, { exact: true }).count()).toBe(1);
    expect(await page.getByText(trainer.attempt.none, { exact: true }).count()).toBe(1);
    const time = new RegExp(`^${templatePattern(trainer.attempt.durationSeconds)}$`);
    expect(await page.getByRole('definition').filter({ hasText: time }).count()).toBe(1);
    expect(await page.getByRole('definition').filter({ hasText: /^Ana$/ }).count()).toBe(1);

    // The attempt is listed under the trainee, on this device.
    await page.getByRole('link', { name: trainer.attempt.allAttempts, exact: true }).click();
    await expectH1(page, trainer.practice.title);
    const anas = page.getByRole('list', { name: 'Ana', exact: true });
    await anas.waitFor({ state: 'visible' });
    expect(await anas.getByRole('link').allTextContents()).toEqual([
      expect.stringContaining(looseSim.title),
    ]);

    // Back at the counter, the real incident is still open where it was.
    await page.getByRole('link', { name: ui.menu.checks, exact: true }).click();
    await expectH1(page, ui.start.title);
    await resumeOffer(page).waitFor({ state: 'visible' });
    await button(resumeOffer(page), log.resume.continue).click();
    await expectH1(page, titleOf(secondCheck));
    await expectParam(page, 'mode', null);

    await showLog(page);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('open', secondCheck)]);
    await openRow(page, 0);
    expect(await incidentPathLines(page)).toEqual(before);
    await expectCleanRun(opened);
  });

  it('a training link followed mid-incident leaves the counter’s walk as it was, and leaving training goes back to it', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await beginChecks(page);
    await answerChecks(page, [[firstCheck, 'onlyHere']]);
    await expectH1(page, titleOf(secondCheck));

    await followInAppLink(page, trainingPath('busy-wifi'));
    await expectH1(page, ui.start.title);
    await expectTraining(page, 'busy-wifi');
    await tap(page, ui.start.begin);
    await answerChecks(page, [
      [firstCheck, 'onlyHere'],
      [secondCheck, 'everyCard'],
      ['network.signal', 'noSignal'],
      ['network.reconnect', 'fails'],
    ]);
    await expectH1(page, titleOf('network.switch'));
    await expectTraining(page, 'busy-wifi');

    await page.getByRole('link', { name: trainer.training.leave, exact: true }).click();
    await expectH1(page, titleOf(secondCheck));
    await expectParam(page, 'mode', null);
    await expectParam(page, 'step', secondCheck);
    expect(await trainingBanner(page).count()).toBe(0);

    // The counter carries on from there, and its incident holds only the counter's own moves.
    await answerChecks(page, [
      [secondCheck, 'onlyThisCard'],
      ['pin.locked', 'locked'],
    ]);
    await expectH1(page, words.en.steps['outcome.card-problem'].paths.locked.title);
    await leaveForLog(page);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('card-problem', 'pin.locked')]);
    await openRow(page, 0);
    expect(await incidentPathLines(page)).toEqual([
      triedLine(firstCheck, 'onlyHere'),
      triedLine(secondCheck, 'onlyThisCard'),
      triedLine('pin.locked', 'locked'),
      triedLine('outcome.card-problem', null),
    ]);
    await expectCleanRun(opened);
  });

  it.each(['sms-debit', 'every-till-fails', 'double-charge'] as const)(
    'plays %s, a scenario added with the rebuilt tree, to its right outcome and its feedback',
    async (id) => {
      const opened = await open(trainingPath(id));
      const { page } = opened;
      expect(await scenarioPanel(page).textContent()).toContain(scenarioWords.en[id].story);
      await playScenario(page, id);
      await page.getByRole('link', { name: trainer.scenario.seeFeedback, exact: true }).click();
      await expectH1(page, trainer.attempt.title);
      const { outcome, at } = scenarioData[id].expected;
      const right = fill(trainer.attempt.right, {
        outcome: fill(trainer.attempt.at, {
          outcome: titleOf(`outcome.${outcome}` as StepKey),
          check: titleOf(at as CheckKey),
        }),
      });
      await page.getByText(right, { exact: true }).waitFor({ state: 'visible' });
      await expectCleanRun(opened);
    },
  );

  it('keeps training mode and the scenario through a language switch', async () => {
    const opened = await open(trainingPath('frozen-card'));
    const { page } = opened;
    await expectTraining(page, 'frozen-card');
    await tap(page, ui.start.begin);
    await expectH1(page, titleOf(firstCheck));
    await tap(page, '中文');

    await expectH1(page, titleOf(firstCheck, 'zh-CN'));
    await expectTraining(page, 'frozen-card', 'zh-CN');
    await expectParam(page, 'lang', 'zh-CN');
    expect(await scenarioPanel(page, 'zh-CN').textContent()).toContain(
      scenarioWords['zh-CN']['frozen-card'].terminal['triage.others'],
    );
    await expectCleanRun(opened);
  });
});
