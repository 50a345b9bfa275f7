// The practice scenarios against the machine: each one's right outcome can be reached, the
// terminal it plays answers every check on the shortest path there, and it has words in both
// languages.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { languages } from '../../src/i18n';
import { shortestPathTo } from '../../src/trainer/shortestPath';
import { allScenarioWords, scenarios } from '../../src/trainer/scenarios';
import {
  checkIds,
  currentStep,
  isCheckId,
  outcomeKinds,
  stageIds,
  wizardMachine,
  type WizardEvent,
} from '../../src/wizard';
import scenarioData from '../../content/scenarios/scenarios.json';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

describe('the practice scenarios', () => {
  it('are at least eight, with a fault in every stage and every kind of outcome right somewhere', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    expect(new Set(scenarios.map((scenario) => scenario.stage))).toEqual(new Set(stageIds));
    expect(new Set(scenarios.map((scenario) => scenario.expected.outcome))).toEqual(
      new Set(outcomeKinds),
    );
    // Every entry of the data file parsed into a scenario.
    expect(scenarios.map((scenario) => scenario.id)).toEqual(Object.keys(scenarioData));
  });

  for (const scenario of scenarios) {
    describe(scenario.id, () => {
      const shortest = shortestPathTo(scenario.expected);

      it('has a right outcome the machine can reach', () => {
        expect(shortest[0]?.step).toBe('start');
        expect(shortest.at(-1)?.step).toBe(`outcome.${scenario.expected.outcome}`);
        expect(shortest.at(-2)?.step).toBe(scenario.expected.at);
      });

      it('plays every check on the shortest path, with the move that path takes', () => {
        const onPath = shortest.filter((entry) => isCheckId(entry.step));
        for (const { step, move } of onPath) {
          if (!isCheckId(step)) continue;
          expect(scenario.terminal.get(step), step).toBe(move);
        }
        // …and nothing past it: a check the path never reaches has no scripted move.
        expect([...scenario.terminal.keys()].sort()).toEqual(
          onPath.map((entry) => entry.step).sort(),
        );
      });

      it('walks the machine from the start to its right outcome when its moves are followed', () => {
        const actor = createActor(wizardMachine).start();
        actor.send({ type: 'nav.start' });
        for (let moves = 0; moves < checkIds.length; moves += 1) {
          const step = currentStep(actor.getSnapshot().context);
          if (!isCheckId(step)) break;
          const move = scenario.terminal.get(step);
          expect(move, `a move at ${step}`).toBeDefined();
          const event: WizardEvent =
            move === 'stop' ? { type: 'nav.abandon' } : { type: `answer.${move ?? 'still'}` };
          actor.send(event);
        }
        const { context } = actor.getSnapshot();
        expect(currentStep(context)).toBe(`outcome.${scenario.expected.outcome}`);
        expect(context.endedAt).toBe(scenario.expected.at);
        actor.stop();
      });
    });
  }
});

describe('the scenarios’ words', () => {
  const ids = scenarios.map((scenario) => scenario.id).sort();

  for (const language of languages) {
    it(`name, tell and teach every scenario in ${language}, and no other`, () => {
      const words = allScenarioWords[language];
      expect(Object.keys(words).sort()).toEqual(ids);
      for (const scenario of scenarios) {
        const { title, story, lesson, terminal } = words[scenario.id] ?? {
          title: '',
          story: '',
          lesson: '',
          terminal: {},
        };
        for (const text of [title, story, lesson]) expect(text.trim(), scenario.id).not.toBe('');
        // What the terminal does is told only for checks the scenario plays.
        for (const check of Object.keys(terminal)) {
          expect(isCheckId(check) && scenario.terminal.has(check), `${scenario.id} ${check}`).toBe(
            true,
          );
        }
        // The check that ends it always says what happened there.
        expect(terminal[scenario.expected.at]?.trim(), scenario.id).toBeTruthy();
      }
    });

    it(`never asks for a PIN in ${language}`, () => {
      for (const text of allText(allScenarioWords[language])) {
        for (const pattern of pinRequests) expect(text, text).not.toMatch(pattern);
      }
    });
  }

  it('has the same shape in both languages', () => {
    expect(keyPaths(allScenarioWords['zh-CN'])).toEqual(keyPaths(allScenarioWords.en));
  });
});
