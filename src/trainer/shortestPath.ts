// The shortest path to a scenario's right outcome, from xstate/graph over the machine the
// trainee walks. The app runs it in a worker (shortestPath.worker.ts): xstate/graph shares
// xstate's internals, and importing it from a lazy chunk would split and grow the first
// screen's bundle. Tests and the bench (scripts/bench-screens.js) call it directly.
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  answerIds,
  currentStep,
  isCheckId,
  wizardMachine,
  type AnswerId,
  type CheckId,
  type WizardEvent,
} from '../wizard';
import type { PathStep } from './paths';
import type { Scenario, ScenarioMove } from './scenarios';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/**
 * The moves a person makes by answering: every answer the tree offers (the same transitions the
 * flowchart draws), "Start" and "Stop here". Not Back, a jump or "Was the customer charged?"
 * opened from the menu: those work from anywhere and are no step of a walk.
 */
const walkEvents: readonly WizardEvent[] = [
  { type: 'nav.start' },
  ...answerIds.map((answer): WizardEvent => ({ type: `answer.${answer}` })),
  { type: 'nav.abandon' },
];

const eventOf = (move: ScenarioMove): WizardEvent =>
  move === 'stop' ? { type: 'nav.abandon' } : { type: `answer.${move}` };

const moveOf = (event: WizardEvent): ScenarioMove | null => {
  if (event.type === 'nav.abandon') return 'stop';
  if (event.type.startsWith('answer.')) return event.type.slice('answer.'.length) as AnswerId;
  return null;
};

/**
 * A state's identity for the search: where it is, where it ended, where "not charged" leads from
 * the charged question and which sign-in last worked (the fix credited after that question).
 * The trail and the remembered answers change nothing about where the next answer leads.
 */
const byPlaceAndPlan = ({ value, context }: WizardSnapshot) =>
  JSON.stringify([value, context.endedAt, context.afterCharged, context.fixedAt]);

/** The moves a scenario's terminal calls for, check by check. */
export type PreferredMoves = ReadonlyMap<CheckId, ScenarioMove>;

/**
 * The shortest walk from the start screen to `expected`, one entry per screen. Where two walks
 * are equally short, the one that makes the `prefer`red move at each check wins (a scenario's
 * own moves), so the walk shown is the one the scenario's story tells.
 */
export function shortestPathTo(
  expected: Scenario['expected'],
  prefer: PreferredMoves = new Map(),
): PathStep[] {
  const target = `outcome.${expected.outcome}`;
  const reaches = (snapshot: WizardSnapshot) =>
    currentStep(snapshot.context) === target && snapshot.context.endedAt === expected.at;
  const eventsAt = (snapshot: WizardSnapshot): readonly WizardEvent[] => {
    const step = currentStep(snapshot.context);
    const move = isCheckId(step) ? prefer.get(step) : undefined;
    if (!move) return walkEvents;
    const first = eventOf(move);
    return [first, ...walkEvents.filter((event) => event.type !== first.type)];
  };
  const path = getShortestPaths(wizardMachine, {
    events: eventsAt,
    serializeState: byPlaceAndPlan,
    toState: reaches,
  }).find((candidate) => reaches(candidate.state));
  if (!path) throw new Error(`The machine cannot reach ${target} from ${expected.at}`);
  // Each step holds a state and the event that led into it (the first: the start, from
  // `xstate.init`); the move made on a screen is the event of the step after it.
  return path.steps.map((step, index) => {
    const next = path.steps[index + 1]?.event;
    return { step: currentStep(step.state.context), move: next ? moveOf(next) : null };
  });
}

/** A scenario's shortest path to its right outcome, told the way the scenario plays it. */
export const shortestPathOf = (scenario: Scenario): PathStep[] =>
  shortestPathTo(scenario.expected, scenario.terminal);

/** Screens on which a move is made: the checks answered (or stopped at) on the way. */
export const screensOn = (path: readonly PathStep[]): number =>
  path.filter((entry) => isCheckId(entry.step) && entry.move !== null).length;

export interface ScreensToOutcome {
  id: string;
  /** Checks answered on the shortest path, the last one included: "screens to the right outcome". */
  screens: number;
}

/** For every scenario, how many screens its shortest path takes to the right outcome. */
export function screensToRightOutcome(all: readonly Scenario[]): ScreensToOutcome[] {
  return all.map((scenario) => ({ id: scenario.id, screens: screensOn(shortestPathOf(scenario)) }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
