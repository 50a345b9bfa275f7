// Helpers for the trainer's screens: their words (content/trainer, content/scenarios), the
// practice scenarios' moves, the training banner, and counting the pages of a printed PDF.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import enScenarios from '../../../content/scenarios/en.json';
import scenarioData from '../../../content/scenarios/scenarios.json';
import zhScenarios from '../../../content/scenarios/zh-CN.json';
import enTrainer from '../../../content/trainer/en.json';
import zhTrainer from '../../../content/trainer/zh-CN.json';
import {
  answerLabel,
  expectH1,
  expectParam,
  tap,
  titleOf,
  words,
  type CheckKey,
  type Lang,
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
type ScenarioMove = 'fixed' | 'still' | 'yes' | 'no' | 'stop';

/** The moves a scenario's terminal calls for, check by check, in the order they come. */
export function scenarioMoves(id: ScenarioId): [CheckKey, ScenarioMove][] {
  // The JSON's moves are plain strings; the scenario unit test proves they are these.
  return Object.entries(scenarioData[id].terminal) as [CheckKey, ScenarioMove][];
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

/**
 * From a scenario's start screen, walks its moves, checking on each screen that it is in
 * training mode. Stops on the outcome screen.
 */
export async function playScenario(page: Page, id: ScenarioId, lang: Lang = 'en'): Promise<void> {
  const ui = words[lang].ui;
  await expectH1(page, ui.start.title);
  await expectTraining(page, id, lang);
  await tap(page, ui.start.begin);
  for (const [check, move] of scenarioMoves(id)) {
    await expectH1(page, titleOf(check, lang));
    await expectTraining(page, id, lang);
    if (move === 'stop') await tap(page, ui.nav.abandon);
    else await tap(page, answerLabel(check, move, lang));
  }
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
