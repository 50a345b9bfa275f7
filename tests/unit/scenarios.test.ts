// The practice scenarios against the machine: replaying each one's moves from the start reaches
// exactly its right outcome, on a safe path (the charged question before every payment, never
// more than two tries of the same card), which is also the shortest way there; and each has
// words in both languages.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { languages } from '../../src/i18n';
import {
  median,
  screensOn,
  screensToRightOutcome,
  shortestPathOf,
} from '../../src/trainer/shortestPath';
import type { PathStep } from '../../src/trainer/paths';
import { allScenarioWords, scenarios, type Scenario } from '../../src/trainer/scenarios';
import {
  chargedCheckId,
  checkIds,
  checkStep,
  currentStep,
  isCheckId,
  kindOf,
  outcomeKinds,
  stageIds,
  wizardMachine,
  type StepId,
  type WizardEvent,
} from '../../src/wizard';
import scenarioData from '../../content/scenarios/scenarios.json';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

/** The scenarios the issue names: the first tree's eleven, and three about money. */
const namedScenarios = [
  'loose-sim',
  'busy-wifi',
  'internet-down',
  'worn-stripe',
  'frozen-card',
  'pin-locked',
  'not-their-card',
  'worn-reader',
  'wrong-clock',
  'tired-terminal',
  'host-down',
  'sms-debit',
  'every-till-fails',
  'double-charge',
];

interface Replay {
  path: PathStep[];
  endedAt: StepId | null;
  /** A check reached that the scenario has no move for, if any. */
  unscripted: StepId | null;
}

/** Starts the machine and makes the scenario's move at every check until an outcome shows. */
function replay(scenario: Scenario): Replay {
  const actor = createActor(wizardMachine).start();
  actor.send({ type: 'nav.start' });
  const path: PathStep[] = [{ step: 'start', move: null }];
  let unscripted: StepId | null = null;
  // Each check at most twice (the charged question comes up twice on some paths): no loops.
  for (let moves = 0; moves < 2 * checkIds.length; moves += 1) {
    const step = currentStep(actor.getSnapshot().context);
    if (!isCheckId(step)) break;
    const move = scenario.terminal.get(step);
    if (!move) {
      unscripted = step;
      break;
    }
    path.push({ step, move });
    const event: WizardEvent =
      move === 'stop' ? { type: 'nav.abandon' } : { type: `answer.${move}` };
    actor.send(event);
  }
  const { context } = actor.getSnapshot();
  path.push({ step: currentStep(context), move: null });
  actor.stop();
  return { path, endedAt: context.endedAt, unscripted };
}

/**
 * Why a path is unsafe with the customer's money, or null: every step that takes a payment must
 * come after "not charged" on the charged question, asked since the last payment tried (the one
 * that showed E1 counts), and the same card is tried at most twice more.
 */
function unsafeStep(path: readonly PathStep[]): string | null {
  let clearedToCharge = false;
  let sameCardTries = 0;
  for (const { step, move } of path) {
    if (!isCheckId(step)) continue;
    if (step === chargedCheckId) {
      clearedToCharge = move === 'notCharged';
      continue;
    }
    if (kindOf(step) !== 'payment') continue;
    if (!clearedToCharge) return `${step} takes a payment before the charged question`;
    // "The customer has no other card": nothing was charged there.
    if (move === 'noOther' || move === 'stop') continue;
    clearedToCharge = false;
    if (checkStep(step).check.card === 'same') sameCardTries += 1;
    if (sameCardTries > 2) return `${step} tries the same card a third time`;
  }
  return null;
}

describe('the practice scenarios', () => {
  it('include the named ones, with a fault in every stage past triage and every kind of outcome right somewhere', () => {
    const ids = scenarios.map((scenario) => scenario.id);
    expect(ids).toEqual(expect.arrayContaining(namedScenarios));
    expect(new Set(scenarios.map((scenario) => scenario.stage))).toEqual(
      new Set(stageIds.filter((stage) => stage !== 'triage')),
    );
    expect(new Set(scenarios.map((scenario) => scenario.expected.outcome))).toEqual(
      new Set(outcomeKinds),
    );
    // Every entry of the data file parsed into a scenario.
    expect(ids).toEqual(Object.keys(scenarioData));
  });

  it('reach their right outcome in few screens: median ≤ 5, every-till-fails ≤ 4, none over 10', () => {
    const figures = screensToRightOutcome(scenarios);
    expect(figures.map((row) => row.id)).toEqual(scenarios.map((scenario) => scenario.id));
    for (const { id, screens } of figures) expect(screens, id).toBeLessThanOrEqual(10);
    expect(figures.find((row) => row.id === 'every-till-fails')?.screens).toBeLessThanOrEqual(4);
    expect(median(figures.map((row) => row.screens))).toBeLessThanOrEqual(5);
  });

  for (const scenario of scenarios) {
    describe(scenario.id, () => {
      const walked = replay(scenario);

      it('reaches exactly its right outcome, credited to its check, when its moves are followed from the start', () => {
        expect(walked.unscripted, 'a check with no move').toBeNull();
        expect(walked.path.at(-1)?.step).toBe(`outcome.${scenario.expected.outcome}`);
        expect(walked.endedAt).toBe(scenario.expected.at);
      });

      it('gets there on a safe path: the charged question before each payment, two tries of a card at most', () => {
        expect(unsafeStep(walked.path)).toBeNull();
      });

      it('gets there the shortest way, and scripts no check off that way', () => {
        const shortest = shortestPathOf(scenario);
        expect(shortest).toEqual(walked.path);
        expect(screensOn(shortest)).toBe(walked.path.length - 2);
        const played = new Set(walked.path.map((entry) => entry.step).filter(isCheckId));
        expect([...scenario.terminal.keys()].sort()).toEqual([...played].sort());
      });
    });
  }
});

describe('the safety rule the scenarios are held to', () => {
  const walk = (...steps: [StepId, PathStep['move']][]): PathStep[] =>
    steps.map(([step, move]) => ({ step, move }));

  it('refuses a payment before the charged question, and a third try of the same card', () => {
    expect(unsafeStep(walk(['pin.holder', 'noSigns'], ['card.insert', 'paid']))).toMatch(
      /before the charged question/,
    );
    expect(
      unsafeStep(
        walk(['payment.charged', 'notCharged'], ['card.insert', 'still'], ['card.insert', 'still']),
      ),
    ).toMatch(/before the charged question/);
    expect(
      unsafeStep(
        walk(
          ['payment.charged', 'notCharged'],
          ['card.insert', 'still'],
          ['payment.charged', 'notCharged'],
          ['pin.reenter', 'still'],
          ['payment.charged', 'notCharged'],
          ['card.insert', 'still'],
        ),
      ),
    ).toMatch(/third time/);
  });

  it('lets "no other card" through without a new charged question', () => {
    expect(
      unsafeStep(
        walk(
          ['payment.charged', 'notCharged'],
          ['card.insert', 'still'],
          ['payment.charged', 'notCharged'],
          ['card.other', 'noOther'],
          ['pin.reenter', 'paid'],
        ),
      ),
    ).toBeNull();
  });
});

describe('the scenarios’ words', () => {
  const ids = scenarios.map((scenario) => scenario.id).sort();

  for (const language of languages) {
    it(`name, tell and teach every scenario in ${language}, and no other`, () => {
      const words = allScenarioWords[language];
      expect(Object.keys(words).sort()).toEqual(ids);
      for (const scenario of scenarios) {
        const { title, fault, story, lesson, terminal } = words[scenario.id] ?? {
          title: '',
          fault: '',
          story: '',
          lesson: '',
          terminal: {},
        };
        for (const text of [title, fault, story, lesson]) {
          expect(text.trim(), scenario.id).not.toBe('');
        }
        // The title a class sees is the story's, never the fault's name.
        expect(title, scenario.id).not.toBe(fault);
        // What the terminal does is told for every check the scenario plays, and no other.
        expect(Object.keys(terminal).sort(), scenario.id).toEqual(
          [...scenario.terminal.keys()].sort(),
        );
        for (const text of Object.values(terminal)) expect(text.trim(), scenario.id).not.toBe('');
      }
    });

    it(`never asks for a PIN in ${language}`, () => {
      for (const text of allText(allScenarioWords[language])) {
        for (const pattern of pinRequests) expect(text, text).not.toMatch(pattern);
      }
    });
  }

  it.each(languages)('gives every scenario a title of its own in %s', (language) => {
    const titles = Object.values(allScenarioWords[language]).map((words) => words.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has the same shape in both languages', () => {
    expect(keyPaths(allScenarioWords['zh-CN'])).toEqual(keyPaths(allScenarioWords.en));
  });

  it('uses the words printed on mainland POS machines in Chinese, not 终端, 小票 or 交易记录', () => {
    for (const text of allText(allScenarioWords['zh-CN'])) {
      // 终端号 (the terminal number) is what the label and the provider call it.
      expect(text.replaceAll('终端号', ''), text).not.toMatch(/终端|小票|交易记录/);
    }
  });
});
