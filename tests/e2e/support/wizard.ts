// Helpers for driving the wizard the way a person does: by what the screen says. Every label
// comes from the content files, so the tests follow the words rather than repeat them.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import enSteps from '../../../content/e1/en.json';
import zhSteps from '../../../content/e1/zh-CN.json';
import enUi from '../../../content/ui/en.json';
import zhUi from '../../../content/ui/zh-CN.json';
import {
  appUrl,
  launchChromium,
  openPage,
  waitForApp,
  type OpenPageOptions,
  type OpenedPage,
} from './browser';

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
  await waitForApp(page);
}

export const button = (page: Page | Locator, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export async function tap(page: Page, name: string): Promise<void> {
  await button(page, name).click();
}

const POLL = { timeout: 5_000, interval: 50 } as const;

/** Waits until the page's only h1 reads `text`, drawn by the app. */
export async function expectH1(page: Page, text: string): Promise<void> {
  await waitForApp(page);
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

/** The answers a check offers, by the ids the content files give them. */
export type AnswerKey<C extends CheckKey> = keyof (typeof enSteps)[C]['answers'] & string;

function labelOf(check: CheckKey, answer: string, lang: Lang): string {
  const answers: Partial<Record<string, string>> = words[lang].steps[check].answers;
  const label = answers[answer];
  if (label === undefined) throw new Error(`${check} offers no answer "${answer}"`);
  return label;
}

/** The words on the answer a person gives at a check, in `lang`. */
export function answerLabel<C extends CheckKey>(
  check: C,
  answer: AnswerKey<C>,
  lang: Lang = 'en',
): string {
  return labelOf(check, answer, lang);
}

/** One move of a walk: the check expected on screen and the answer tapped there. */
export type Move = { [C in CheckKey]: readonly [check: C, answer: AnswerKey<C>] }[CheckKey];

/** The words on the answer a move taps. */
export function moveLabel([check, answer]: Move, lang: Lang = 'en'): string {
  return labelOf(check, answer, lang);
}

/** The words a person reads on an outcome. */
export interface OutcomeWords {
  title: string;
  lead: string;
  todo: readonly string[];
  tell: string;
}

/**
 * An outcome's words for the answer that reached it (`via`): the words written for that path,
 * or the outcome's own words when it has none for it (or it was opened by a link).
 */
export function outcomeWords(
  outcome: OutcomeKey,
  via: string | null,
  lang: Lang = 'en',
): OutcomeWords {
  const own: OutcomeWords & { paths?: Partial<Record<string, OutcomeWords>> } =
    words[lang].steps[outcome];
  return (via !== null && own.paths?.[via]) || own;
}

/** Taps through `moves`, checking each screen's h1 before answering. */
export async function walk(page: Page, moves: readonly Move[], lang: Lang = 'en'): Promise<void> {
  for (const move of moves) {
    await expectH1(page, titleOf(move[0], lang));
    await tap(page, moveLabel(move, lang));
  }
}

/** From the start screen, taps "Start the first check" and waits for the first check. */
export async function startWalk(page: Page, lang: Lang = 'en'): Promise<void> {
  await expectH1(page, words[lang].ui.start.title);
  await tap(page, words[lang].ui.start.begin);
  await expectH1(page, titleOf(firstCheck, lang));
}

/** Every check, in the order of the content files (the tree's order). */
export const checkKeys = (Object.keys(enSteps) as StepKey[]).filter(
  (step): step is CheckKey => !step.startsWith('outcome.'),
);

/** The first check after "Start the first check": are other terminals failing too? */
export const firstCheck = 'triage.others' satisfies CheckKey;

/**
 * A walk from the first check to an outcome, as a person taps it: the moves, the outcome it
 * reaches, and the check that outcome is credited to ("Fixed by", the log's "Ended at").
 */
export interface Walk {
  moves: readonly Move[];
  outcome: OutcomeKey;
  at: CheckKey;
}

const onlyThisTerminal = [['triage.others', 'onlyHere']] as const satisfies readonly Move[];
const everyCardFails = [
  ...onlyThisTerminal,
  ['triage.card', 'everyCard'],
] as const satisfies readonly Move[];
const onlyThisCard = [
  ...onlyThisTerminal,
  ['triage.card', 'onlyThisCard'],
  ['pin.locked', 'notLocked'],
] as const satisfies readonly Move[];
/** Only this card fails, nothing suspicious, the customer not charged: the card is read again. */
const cardReadAgain = [
  ...onlyThisCard,
  ['pin.holder', 'noSigns'],
  ['payment.charged', 'notCharged'],
] as const satisfies readonly Move[];
const cardFailsAgain = [
  ...cardReadAgain,
  ['card.insert', 'still'],
  ['payment.charged', 'notCharged'],
] as const satisfies readonly Move[];
/** The screen shows a response code: the charged question comes first. */
const responseCode = [
  ...onlyThisTerminal,
  ['triage.card', 'unsure'],
  ['triage.screen', 'code'],
] as const satisfies readonly Move[];
const signinFailsWithSignal = [
  ...everyCardFails,
  ['network.signal', 'normal'],
  ['network.signin', 'fails'],
] as const satisfies readonly Move[];

/** Named walks through the tree, each a path a person can really take. */
export const walks = {
  /** Nothing clears E1: every check carries on, through every stage that tests by sign-in. */
  escalated: {
    moves: [
      ...everyCardFails,
      ['network.signal', 'noSignal'],
      ['network.reconnect', 'fails'],
      ['network.switch', 'fails'],
      ['network.host', 'hostUp'],
      ['hardware.cables', 'fails'],
      ['hardware.selftest', 'passes'],
      ['config.params', 'fails'],
      ['restart.power', 'fails'],
      ['escalate.call', 'fails'],
    ],
    outcome: 'outcome.escalated',
    at: 'escalate.call',
  },
  /** No signal; reconnecting makes the sign-in work; the customer was not charged. */
  fixedBySignin: {
    moves: [
      ...everyCardFails,
      ['network.signal', 'noSignal'],
      ['network.reconnect', 'works'],
      ['payment.charged', 'notCharged'],
    ],
    outcome: 'outcome.fixed',
    at: 'network.reconnect',
  },
  /** Only this card: read another way, it pays. */
  paidOnSecondRead: {
    moves: [...cardReadAgain, ['card.insert', 'paid']],
    outcome: 'outcome.fixed',
    at: 'card.insert',
  },
  /** The card fails again; the customer's other card pays. */
  otherCardPaid: {
    moves: [...cardFailsAgain, ['card.other', 'otherPaid']],
    outcome: 'outcome.card-problem',
    at: 'card.other',
  },
  /** The card fails again and the customer has no other: the PIN once more, and E1 again. */
  noOtherCard: {
    moves: [...cardFailsAgain, ['card.other', 'noOther'], ['pin.reenter', 'still']],
    outcome: 'outcome.card-problem',
    at: 'pin.reenter',
  },
  pinLocked: {
    moves: [...onlyThisTerminal, ['triage.card', 'onlyThisCard'], ['pin.locked', 'locked']],
    outcome: 'outcome.card-problem',
    at: 'pin.locked',
  },
  securityStop: {
    moves: [...onlyThisCard, ['pin.holder', 'signs']],
    outcome: 'outcome.security-stop',
    at: 'pin.holder',
  },
  /** Other tills fail too: the outage advice at once. */
  othersFail: {
    moves: [['triage.others', 'othersFail']],
    outcome: 'outcome.outage',
    at: 'triage.others',
  },
  hostDown: {
    moves: [...signinFailsWithSignal, ['network.host', 'hostDown']],
    outcome: 'outcome.outage',
    at: 'network.host',
  },
  alreadyPaid: {
    moves: [...responseCode, ['payment.charged', 'charged']],
    outcome: 'outcome.already-paid',
    at: 'payment.charged',
  },
  chargedTwice: {
    moves: [...responseCode, ['payment.charged', 'twice']],
    outcome: 'outcome.double-charge',
    at: 'payment.charged',
  },
  smsDebit: {
    moves: [...responseCode, ['payment.charged', 'smsDebit']],
    outcome: 'outcome.reversal',
    at: 'payment.charged',
  },
  reversalMessage: {
    moves: [...onlyThisTerminal, ['triage.card', 'unsure'], ['triage.screen', 'reversal']],
    outcome: 'outcome.reversal',
    at: 'triage.screen',
  },
  selftestFault: {
    moves: [
      ...signinFailsWithSignal,
      ['network.host', 'hostUp'],
      ['hardware.cables', 'fails'],
      ['hardware.selftest', 'fault'],
    ],
    outcome: 'outcome.repair',
    at: 'hardware.selftest',
  },
} as const satisfies Record<string, Walk>;

/** The answer that reached a walk's outcome, which picks the outcome's words. */
export function lastAnswer(route: Walk): string | null {
  return route.moves.at(-1)?.[1] ?? null;
}

/** The words `route`'s outcome shows at the end of it. */
export function reachedWords(route: Walk, lang: Lang = 'en'): OutcomeWords {
  return outcomeWords(route.outcome, lastAnswer(route), lang);
}

/** The moves of `route` before `check` (all of them, when it never comes). */
export function movesUntil(route: Walk, check: CheckKey): Move[] {
  const index = route.moves.findIndex(([step]) => step === check);
  return route.moves.slice(0, index < 0 ? undefined : index);
}

/** The moves of `route` from `check` on (none, when it never comes). */
export function movesFrom(route: Walk, check: CheckKey): Move[] {
  const index = route.moves.findIndex(([step]) => step === check);
  return index < 0 ? [] : route.moves.slice(index);
}

/** The checks of `route` in the order it shows them. */
export function checksOf(route: Walk): CheckKey[] {
  return route.moves.map(([check]) => check);
}

/**
 * From the start screen: "Start the first check", the whole walk, and its outcome on screen
 * with the words written for the path that reached it.
 */
export async function walkTo(page: Page, route: Walk, lang: Lang = 'en'): Promise<void> {
  await startWalk(page, lang);
  await walk(page, route.moves, lang);
  await expectH1(page, reachedWords(route, lang).title);
}

/**
 * Asserts the outcome on screen shows `expected`: its title, its lead, the "Tell the customer:"
 * line and the "What to do now" list.
 */
export async function expectOutcomeWords(
  page: Page,
  expected: OutcomeWords,
  lang: Lang = 'en',
): Promise<void> {
  const ui = words[lang].ui;
  await expectH1(page, expected.title);
  expect(await page.getByText(expected.lead, { exact: true }).isVisible(), 'the lead').toBe(true);
  const tell = page.getByText(`${ui.outcome.tell}: ${expected.tell}`, { exact: true });
  expect(await tell.isVisible(), `"${ui.outcome.tell}: ${expected.tell}"`).toBe(true);
  const todo = page.getByRole('list', { name: ui.outcome.whatNow, exact: true });
  expect(await todo.getByRole('listitem').allTextContents()).toEqual(expected.todo);
}
