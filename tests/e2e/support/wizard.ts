// Helpers for driving the wizard the way a person does: by what the screen says. Every label
// comes from the content files, so the tests follow the words rather than repeat them.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import enSteps from '../../../content/e1/en.json';
import zhSteps from '../../../content/e1/zh-CN.json';
import enUi from '../../../content/ui/en.json';
import zhUi from '../../../content/ui/zh-CN.json';
import { appUrl, launchChromium, openPage, type OpenPageOptions, type OpenedPage } from './browser';

export type Lang = 'en' | 'zh-CN';
export type StepKey = keyof typeof enSteps;
export type OutcomeKey = Extract<StepKey, `outcome.${string}`>;
export type CheckKey = Exclude<StepKey, OutcomeKey>;

export const words = {
  en: { ui: enUi, steps: enSteps },
  'zh-CN': { ui: zhUi, steps: zhSteps },
} as const satisfies Record<Lang, { ui: typeof enUi; steps: typeof enSteps }>;

/** Fills `{{name}}` placeholders the way the app's i18n does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The title a step shows as its h1. */
export function titleOf(step: StepKey, lang: Lang = 'en'): string {
  return words[lang].steps[step].title;
}

const ACTION_TIMEOUT = 10_000;

/**
 * One Chromium for the file (beforeAll/afterAll) and a fresh context per page, closed after
 * each test. Call once at the top of a describe block.
 */
export function useBrowser(): {
  open: (path: string, options?: OpenPageOptions) => Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    const closing = opened.splice(0).map((page) => page.context.close());
    await Promise.all(closing);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(path, options) {
      if (!browser) throw new Error('useBrowser: the browser is not running yet');
      const page = await openPage(browser, path, options);
      opened.push(page);
      // Fail a stuck click or wait well inside the test's own timeout, with Playwright's message.
      page.context.setDefaultTimeout(ACTION_TIMEOUT);
      return page;
    },
  };
}

/** Asserts the page ran without uncaught errors or console errors (and stayed on its origin). */
export async function expectCleanRun({ page, pageErrors, foreignRequests }: OpenedPage) {
  // Let lazy chunks (and any service worker fetches) settle before judging.
  await page.waitForLoadState('networkidle');
  expect(pageErrors, 'page errors').toEqual([]);
  expect(foreignRequests, 'requests to other origins').toEqual([]);
}

/** Loads another path of the preview server in the same page. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(appUrl(path));
}

export const button = (page: Page | Locator, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export async function tap(page: Page, name: string): Promise<void> {
  await button(page, name).click();
}

const POLL = { timeout: 5_000, interval: 50 } as const;

/** Waits until the page's only h1 reads `text`. */
export async function expectH1(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).allTextContents(), {
      ...POLL,
      message: 'the h1',
    })
    .toEqual([text]);
}

/** Waits until the URL's `name` query parameter is `value` (null: absent). */
export async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await expect
    .poll(() => new URL(page.url()).searchParams.get(name), {
      ...POLL,
      message: `the URL's ${name}= (${page.url()})`,
    })
    .toBe(value);
}

export async function expectHtmlLang(page: Page, lang: Lang): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.lang), {
      ...POLL,
      message: '<html lang>',
    })
    .toBe(lang);
}

/** The text of the elements the locator's aria-describedby points at, as a screen reader reads it. */
export function accessibleDescription(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/** The words on the answer a person gives at a check, in `lang`. */
export function answerLabel(
  check: CheckKey,
  answer: 'fixed' | 'still' | 'yes' | 'no',
  lang: Lang = 'en',
): string {
  if (answer === 'fixed' || answer === 'still') return words[lang].ui.answers[answer];
  const stepWords: { title: string; yes?: string; no?: string } = words[lang].steps[check];
  const label = stepWords[answer];
  if (label === undefined) throw new Error(`${check} is not a yes/no question`);
  return label;
}

/** One move of a walk: the check expected on screen and the answer tapped there. */
export type Move = readonly [check: CheckKey, answer: 'fixed' | 'still' | 'yes' | 'no'];

/** Taps through `moves`, checking each screen's h1 before answering. */
export async function walk(page: Page, moves: readonly Move[], lang: Lang = 'en'): Promise<void> {
  for (const [check, answer] of moves) {
    await expectH1(page, titleOf(check, lang));
    await tap(page, answerLabel(check, answer, lang));
  }
}

/** From the start screen, taps "Start the first check" and waits for the first check. */
export async function startWalk(page: Page, lang: Lang = 'en'): Promise<void> {
  await expectH1(page, words[lang].ui.start.title);
  await tap(page, words[lang].ui.start.begin);
  await expectH1(page, titleOf(firstCheck, lang));
}

/** The order of the checks as a person meets them when E1 never clears. */
export const checkOrder = [
  'network.signal',
  'network.reconnect',
  'network.switch',
  'network.signin',
  'card.insert',
  'card.wipe',
  'card.other',
  'pin.reenter',
  'pin.locked',
  'pin.holder',
  'hardware.cables',
  'hardware.battery',
  'hardware.reader',
  'hardware.selftest',
  'config.datetime',
  'config.software',
  'config.params',
  'restart.power',
  'restart.retry',
  'escalate.status',
  'escalate.call',
] as const satisfies readonly CheckKey[];

export const firstCheck = checkOrder[0];

/** True for the checks that ask a yes/no question and carry their own answer words. */
export function isQuestion(check: CheckKey): boolean {
  return 'yes' in words.en.steps[check];
}

/** The "E1 is still there, carry on" answer at a check: "Still E1", or the question's "No". */
export function carryOnAnswer(check: CheckKey): Move {
  return [check, isQuestion(check) ? 'no' : 'still'];
}

/** Moves that answer "Still E1"/"No" from the first check up to (not including) `until`. */
export function carryOnUntil(until: CheckKey | null): Move[] {
  const end = until === null ? checkOrder.length : checkOrder.indexOf(until);
  return checkOrder.slice(0, end).map(carryOnAnswer);
}
