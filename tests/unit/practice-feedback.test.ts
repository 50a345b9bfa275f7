// The feedback's pure parts: the first answer of a run that went against its scenario, and the
// shortest path measured from what the scenario's story already told (xstate/graph searching from
// the story's starting point, never against a told answer).
import { describe, expect, it } from 'vitest';
import { firstWrongAnswer, takenPath, type PathStep } from '../../src/trainer/paths';
import { scenarioById, type Scenario, type ScenarioMove } from '../../src/trainer/scenarios';
import {
  screensAfterStory,
  screensOn,
  shortestPathOf,
  storyStart,
  toldByStory,
  type ScenarioPlay,
} from '../../src/trainer/shortestPath';
import { currentStep, type CheckId, type StepId } from '../../src/wizard';

const walk = (...steps: [StepId, ScenarioMove | null][]): PathStep[] =>
  steps.map(([step, move]) => ({ step, move }));

function scenario(id: string): Scenario {
  const found = scenarioById(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

const play = (
  expected: ScenarioPlay['expected'],
  moves: [CheckId, ScenarioMove][],
  told: CheckId[],
): ScenarioPlay => ({ expected, terminal: new Map(moves), told });

describe('the first answer that went against the scenario', () => {
  const pinLocked = scenario('pin-locked');

  it('is the first answer at a check the scenario plays that differs from its terminal’s move', () => {
    const taken = walk(
      ['triage.others', 'onlyHere'],
      ['triage.card', 'onlyThisCard'],
      ['pin.locked', 'notLocked'],
      ['pin.holder', 'noSigns'],
      ['payment.charged', 'notCharged'],
      ['card.insert', 'still'],
      ['outcome.card-problem', null],
    );
    expect(firstWrongAnswer(taken, pinLocked)).toEqual({
      check: 'pin.locked',
      given: 'notLocked',
      expected: 'locked',
      changed: false,
    });
  });

  it('counts "Stop here" as a move, and says when the trainee went back and changed the answer', () => {
    const internetDown = scenario('internet-down');
    expect(
      firstWrongAnswer(
        walk(
          ['triage.others', 'onlyHere'],
          ['triage.card', 'everyCard'],
          ['network.signal', 'stop'],
          ['outcome.abandoned', null],
        ),
        internetDown,
      ),
    ).toEqual({ check: 'network.signal', given: 'stop', expected: 'noSignal', changed: false });

    // As a run is stored: the wrong answer, the screen it led to (left with Back), the right one.
    const taken = takenPath([
      { step: 'triage.others', shownAt: 1, answer: 'onlyHere' },
      { step: 'triage.card', shownAt: 2, answer: 'onlyThisCard' },
      { step: 'pin.locked', shownAt: 3, answer: 'notLocked' },
      { step: 'pin.holder', shownAt: 4, answer: null },
      { step: 'pin.locked', shownAt: 5, answer: 'locked' },
      { step: 'outcome.card-problem', shownAt: 6, answer: null },
    ]);
    expect(firstWrongAnswer(taken, pinLocked)).toMatchObject({
      check: 'pin.locked',
      given: 'notLocked',
      changed: true,
    });
  });

  it('is none when every answer matched, and ignores checks the scenario does not play', () => {
    const right = walk(
      ['triage.others', 'onlyHere'],
      ['triage.card', 'onlyThisCard'],
      ['pin.locked', 'locked'],
      ['outcome.card-problem', null],
    );
    expect(firstWrongAnswer(right, pinLocked)).toBeNull();
    // Jumped to the network checks: no clue there, so no answer there went against the scenario.
    const jumped = walk(
      ['triage.others', 'onlyHere'],
      ['network.signal', 'normal'],
      ['network.signin', 'works'],
      ['hardware.reader', 'damaged'],
      ['outcome.repair', null],
    );
    expect(firstWrongAnswer(jumped, pinLocked)).toBeNull();
  });

  it('can be a told answer the trainee contradicted', () => {
    const taken = walk(
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', 'normal'],
    );
    expect(firstWrongAnswer(taken, pinLocked)).toMatchObject({
      check: 'triage.card',
      given: 'everyCard',
      expected: 'onlyThisCard',
    });
  });
});

describe('the shortest path from what the story told', () => {
  it('starts the search where the story leaves the trainee: after the told checks in a row', () => {
    const { walked, snapshot } = storyStart(scenario('loose-sim'));
    expect(walked).toEqual(
      walk(['start', null], ['triage.others', 'onlyHere'], ['triage.card', 'everyCard']),
    );
    expect(currentStep(snapshot.context)).toBe('network.signal');

    // A story that does not answer the first question leaves the trainee on it.
    expect(currentStep(storyStart(scenario('pin-locked')).snapshot.context)).toBe('triage.others');
  });

  it('takes a story that names the PIN fault straight to the PIN check, and counts only what is left', () => {
    const story = play(
      { outcome: 'card-problem', at: 'pin.locked' },
      [
        ['triage.others', 'onlyHere'],
        ['triage.card', 'onlyThisCard'],
        ['pin.locked', 'locked'],
      ],
      ['triage.others', 'triage.card'],
    );
    const path = shortestPathOf(story);
    expect(path).toEqual(
      walk(
        ['start', null],
        ['triage.others', 'onlyHere'],
        ['triage.card', 'onlyThisCard'],
        ['pin.locked', 'locked'],
        ['outcome.card-problem', null],
      ),
    );
    expect(path.some((entry) => entry.step.startsWith('network.'))).toBe(false);
    expect(path.map((entry) => toldByStory(entry, story))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(screensOn(path)).toBe(3);
    expect(screensAfterStory(path, story)).toBe(1);
  });

  it('never answers a told check against the story, even where another answer is shorter', () => {
    const moves: [CheckId, ScenarioMove][] = [
      ['triage.others', 'onlyHere'],
      ['triage.card', 'unsure'],
      ['triage.screen', 'code'],
      ['payment.charged', 'notCharged'],
      ['network.signin', 'fails'],
      ['network.host', 'hostDown'],
    ];
    const expected = { outcome: 'outage', at: 'network.host' } as const;
    // Told nothing, the search takes "every card fails": one screen shorter.
    const untold = shortestPathOf(play(expected, moves, []));
    expect(untold.find((entry) => entry.step === 'triage.card')?.move).toBe('everyCard');
    expect(screensOn(untold)).toBe(5);
    // Told "nobody can tell yet", it keeps to the story: through the screen's response code.
    const story = play(expected, moves, ['triage.card']);
    const told = shortestPathOf(story);
    expect(told.find((entry) => entry.step === 'triage.card')?.move).toBe('unsure');
    expect(told.map((entry) => entry.step)).toContain('triage.screen');
    expect(screensOn(told)).toBe(6);
    expect(screensAfterStory(told, story)).toBe(5);
  });

  it('is zero screens after the story when the story already holds the answer that ends it', () => {
    const everyTill = scenario('every-till-fails');
    const path = shortestPathOf(everyTill);
    expect(path).toEqual(
      walk(['start', null], ['triage.others', 'othersFail'], ['outcome.outage', null]),
    );
    expect(screensOn(path)).toBe(1);
    expect(screensAfterStory(path, everyTill)).toBe(0);
  });
});
