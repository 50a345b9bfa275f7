// What a practice run did, for the feedback screen: its path, the checks it skipped or
// repeated, its time. The shortest path it is compared with comes from shortestPath.ts.
import type { AttemptStep, PracticeAttempt } from '../db';
import { isCheckId, type CheckId, type StepId } from '../wizard';
import type { Scenario, ScenarioMove } from './scenarios';

/** One screen on a path and the move made there (null on the last screen, or when none was). */
export interface PathStep {
  step: StepId;
  move: ScenarioMove | null;
}

/**
 * A run's screens with the move made on each: the answer given, "stop" when the next screen is
 * the stopped outcome reached without one, else none (going back, jumping).
 */
export function takenPath(steps: readonly AttemptStep[]): PathStep[] {
  return steps.map(({ step, answer }, index) => {
    if (answer) return { step, move: answer };
    const next = steps[index + 1]?.step;
    return { step, move: isCheckId(step) && next === 'outcome.abandoned' ? 'stop' : null };
  });
}

/** Checks on the shortest path that the run never showed. */
export function skippedChecks(
  taken: readonly PathStep[],
  shortest: readonly PathStep[],
): CheckId[] {
  const seen = new Set(taken.map((entry) => entry.step));
  return shortest
    .map((entry) => entry.step)
    .filter(isCheckId)
    .filter((step) => !seen.has(step));
}

/** Checks the run showed more than once, in the order first met. */
export function repeatedChecks(taken: readonly PathStep[]): CheckId[] {
  const counts = new Map<CheckId, number>();
  for (const { step } of taken) {
    if (isCheckId(step)) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([step]) => step);
}

/** The first move of a run that went against what the scenario's terminal showed. */
export interface WrongAnswer {
  check: CheckId;
  /** What the trainee did there: an answer, or "Stop here". */
  given: ScenarioMove;
  /** The move the scenario's terminal called for there. */
  expected: ScenarioMove;
  /** The trainee later came back to this check and made the expected move. */
  changed: boolean;
}

/**
 * The first move of the run that went against the scenario: at a check the scenario plays, a
 * move other than the one its terminal called for. A check the scenario does not play (reached
 * by a jump, or after an earlier wrong answer) shows no clue, so nothing there counts.
 */
export function firstWrongAnswer(
  taken: readonly PathStep[],
  scenario: Pick<Scenario, 'terminal'>,
): WrongAnswer | null {
  for (const [index, { step, move }] of taken.entries()) {
    if (!isCheckId(step) || move === null) continue;
    const expected = scenario.terminal.get(step);
    if (expected === undefined || expected === move) continue;
    const changed = taken
      .slice(index + 1)
      .some((later) => later.step === step && later.move === expected);
    return { check: step, given: move, expected, changed };
  }
  return null;
}

export function isRightOutcome(attempt: PracticeAttempt, scenario: Scenario): boolean {
  return (
    attempt.outcome === scenario.expected.outcome && attempt.endedAtStep === scenario.expected.at
  );
}

/** From the first screen of the run to its outcome. */
export const durationOf = (attempt: PracticeAttempt): number =>
  Math.max(0, attempt.endedAt - attempt.startedAt);
