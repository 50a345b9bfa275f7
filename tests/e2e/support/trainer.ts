// Helpers for the trainer's screens: their words (content/trainer, content/scenarios), the
// answers of the tree (content/e1), the practice scenarios' moves, the training banner, and
// counting the pages of a printed PDF.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import enScenarios from '../../../content/scenarios/en.json';
import scenarioData from '../../../content/scenarios/scenarios.json';
import zhScenarios from '../../../content/scenarios/zh-CN.json';
import enTrainer from '../../../content/trainer/en.json';
import zhTrainer from '../../../content/trainer/zh-CN.json';
import {
  expectH1,
  expectParam,
  tap,
  titleOf,
  words,
  type CheckKey,
  type Lang,
  type StepKey,
} from './wizard';

export const trainerWords = { en: enTrainer, 'zh-CN': zhTrainer } as const satisfies Record<
  Lang,
  typeof enTrainer
>;
export const scenarioWords = { en: enScenarios, 'zh-CN': zhScenarios } as const satisfies Record<
  Lang,
  typeof enScenarios
>;

export type ScenarioId = keyof typeof scenarioData;

/** Every answer the tree offers somewhere. */
type AnswerKey = {
  [Check in CheckKey]: keyof (typeof words)['en']['steps'][Check]['answers'];
}[CheckKey];
type ScenarioMove = AnswerKey | 'stop';

/** Every step of the tree, in the order of the step words: the checks, then the outcomes. */
export const allStepKeys = Object.keys(words.en.steps) as StepKey[];
export const allCheckKeys = allStepKeys.filter(
  (step): step is CheckKey => !step.startsWith('outcome.'),
);
export const firstCheckKey: CheckKey = 'triage.others';

/** The words on an answer's button at a check, in `lang`. */
export function answerWords(check: CheckKey, answer: AnswerKey, lang: Lang = 'en'): string {
  const labels: Partial<Record<string, string>> = words[lang].steps[check].answers;
  const label = labels[answer];
  if (label === undefined) throw new Error(`${check} offers no answer ${answer}`);
  return label;
}

/** One move of a walk: the check expected on screen and the answer tapped there. */
export type TreeMove = readonly [check: CheckKey, answer: AnswerKey];

/** Taps through `moves`, checking each screen's h1 before answering. */
export async function answerChecks(
  page: Page,
  moves: readonly TreeMove[],
  lang: Lang = 'en',
): Promise<void> {
  for (const [check, answer] of moves) {
    await expectH1(page, titleOf(check, lang));
    await tap(page, answerWords(check, answer, lang));
  }
}

/**
 * From a freshly opened start screen, "Start the first check", once the page has settled (the
 * incident recorder attaches only after its code has loaded and it has read the log).
 */
export async function beginChecks(page: Page, lang: Lang = 'en'): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expectH1(page, words[lang].ui.start.title);
  await tap(page, words[lang].ui.start.begin);
  await expectH1(page, titleOf(firstCheckKey, lang));
}

/** A line of an incident's "What was tried", as the detail shows it: "<step> — <answer>". */
export function triedLine(step: StepKey, answer: AnswerKey | null, lang: Lang = 'en'): string {
  const title = titleOf(step, lang);
  return answer && !step.startsWith('outcome.')
    ? `${title} — ${answerWords(step as CheckKey, answer, lang)}`
    : title;
}

/** The move a scenario's terminal calls for at each check it plays. */
export function scenarioMoves(id: ScenarioId): ReadonlyMap<CheckKey, ScenarioMove> {
  // The JSON's moves are plain strings; the scenario unit test proves they are the tree's answers.
  return new Map(Object.entries(scenarioData[id].terminal) as [CheckKey, ScenarioMove][]);
}

const POLL = { timeout: 5_000, interval: 50 } as const;

export const practicePath = (lang: Lang = 'en') => `/?view=practice&lang=${lang}`;
export const flowchartPath = (lang: Lang = 'en') => `/?view=flowchart&lang=${lang}`;
export const referencePath = (page: 'quick' | 'prevention' | 'providers', lang: Lang = 'en') =>
  `/?view=reference&page=${page}&lang=${lang}`;
export const trainingPath = (scenario: ScenarioId, lang: Lang = 'en') =>
  `/?mode=training&scenario=${scenario}&lang=${lang}`;

/** The banner every training screen wears. */
export const trainingBanner = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('complementary', { name: trainerWords[lang].training.label, exact: true });

/** Checks the screen is in training mode: the banner is there and the URL says so. */
export async function expectTraining(page: Page, scenario: string | null, lang: Lang = 'en') {
  await trainingBanner(page, lang).waitFor({ state: 'visible' });
  await expectParam(page, 'mode', 'training');
  await expectParam(page, 'scenario', scenario);
}

/** The scenario panel's words on the screen (what the terminal did after the check). */
export const scenarioPanel = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('region', { name: trainerWords[lang].scenario.panelLabel, exact: true });

/** The check whose title is on screen now; null on an outcome. */
async function checkOnScreen(page: Page, lang: Lang): Promise<CheckKey | null> {
  const [h1 = ''] = await page.getByRole('heading', { level: 1 }).allTextContents();
  return allCheckKeys.find((check) => titleOf(check, lang) === h1) ?? null;
}

/**
 * From a scenario's start screen, makes its move at each check the screen shows (a check can
 * come twice: the charged question), checking on each screen that it is in training mode.
 * Stops on the outcome screen, which must be `outcome`.
 */
export async function playScenario(page: Page, id: ScenarioId, lang: Lang = 'en'): Promise<void> {
  const ui = words[lang].ui;
  const moves = scenarioMoves(id);
  await expectH1(page, ui.start.title);
  await expectTraining(page, id, lang);
  await tap(page, ui.start.begin);
  await expectH1(page, titleOf(firstCheckKey, lang));
  const outcome = `outcome.${scenarioData[id].expected.outcome}` as StepKey;
  for (let screens = 0; screens < 2 * allCheckKeys.length; screens += 1) {
    const check = await checkOnScreen(page, lang);
    if (!check) break;
    await expectTraining(page, id, lang);
    const move = moves.get(check);
    if (!move) throw new Error(`${id} has no move at ${check}`);
    if (move === 'stop') await tap(page, ui.nav.abandon);
    else await tap(page, answerWords(check, move, lang));
    // The next screen, whatever it is, before reading it.
    await expect
      .poll(async () => (await page.getByRole('heading', { level: 1 }).allTextContents())[0], POLL)
      .not.toBe(titleOf(check, lang));
  }
  const [h1] = await page.getByRole('heading', { level: 1 }).allTextContents();
  expect(outcomeTitles(outcome, lang), 'the outcome screen').toContain(h1);
}

/** An outcome's titles: its own, and those of the paths that have words of their own. */
export function outcomeTitles(outcome: StepKey, lang: Lang = 'en'): string[] {
  const stepWords: { title: string; paths?: Record<string, { title: string }> } =
    words[lang].steps[outcome];
  return [stepWords.title, ...Object.values(stepWords.paths ?? {}).map((path) => path.title)];
}

/** Picks a scenario on the practice page by its title and starts it. */
export async function startScenario(page: Page, id: ScenarioId, lang: Lang = 'en') {
  const card = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: scenarioWords[lang][id].title, exact: true }),
  });
  await card.getByRole('link', { name: trainerWords[lang].practice.start, exact: true }).click();
}

/** How many pages a PDF has: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Waits until the zoom line reads `percent`. */
export async function expectZoom(page: Page, percent: number, lang: Lang = 'en') {
  const line = trainerWords[lang].flowchart.zoomLevel.replace('{{percent}}', String(percent));
  await expect
    .poll(() => page.getByRole('status').allTextContents(), { ...POLL, message: 'zoom' })
    .toContain(line);
}
