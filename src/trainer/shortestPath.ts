// The shortest path to a scenario's right outcome, from xstate/graph over the machine the
// trainee walks. The app runs it in a worker (shortestPath.worker.ts): xstate/graph shares
// xstate's internals, and importing it from a lazy chunk would split and grow the first
// screen's bundle. Tests and the bench (scripts/bench-screens.ts) call it directly.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  answerIds,
  currentStep,
  isCheckId,
  wizardMachine,
  type AnswerId,
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

/**
 * What the search needs of a scenario: its right outcome, the move its terminal calls for at each
 * check, and the checks whose answer its story already gives (plain data, so a worker can take it).
 */
export type ScenarioPlay = Pick<Scenario, 'expected' | 'terminal' | 'told'>;

/**
 * Where the story leaves the trainee: from the start screen, the scenario's moves at the checks
 * its story already answered, as long as the next screen is one of them. Returns the walk so far
 * (the start, then each told check with its move) and the machine's snapshot there.
 */
export function storyStart(play: Pick<ScenarioPlay, 'terminal' | 'told'>): {
  walked: PathStep[];
  snapshot: WizardSnapshot;
} {
  let [snapshot] = initialTransition(wizardMachine);
  [snapshot] = transition(wizardMachine, snapshot, { type: 'nav.start' });
  const walked: PathStep[] = [{ step: 'start', move: null }];
  for (;;) {
    const step = currentStep(snapshot.context);
    const move = isCheckId(step) && play.told.includes(step) ? play.terminal.get(step) : undefined;
    if (!isCheckId(step) || !move) break;
    walked.push({ step, move });
    [snapshot] = transition(wizardMachine, snapshot, eventOf(move));
  }
  return { walked, snapshot };
}

/**
 * The shortest walk to the scenario's right outcome from what its story already told, one entry
 * per screen from the start screen on. xstate/graph searches from the story's starting point
 * (see storyStart); at a told check further on only the told answer is taken, so the walk never
 * contradicts the story. Where two walks are equally short, the one making the scenario's own
 * move at each check wins, so the walk shown is the one the scenario's terminal tells.
 */
export function shortestPathOf(play: ScenarioPlay): PathStep[] {
  const { expected, terminal, told } = play;
  const target = `outcome.${expected.outcome}`;
  const reaches = (snapshot: WizardSnapshot) =>
    currentStep(snapshot.context) === target && snapshot.context.endedAt === expected.at;
  const { walked, snapshot: fromState } = storyStart(play);
  const eventsAt = (snapshot: WizardSnapshot): readonly WizardEvent[] => {
    const step = currentStep(snapshot.context);
    const move = isCheckId(step) ? terminal.get(step) : undefined;
    if (!move) return walkEvents;
    const first = eventOf(move);
    if (isCheckId(step) && told.includes(step)) return [first];
    return [first, ...walkEvents.filter((event) => event.type !== first.type)];
  };
  const path = getShortestPaths(wizardMachine, {
    fromState,
    events: eventsAt,
    serializeState: byPlaceAndPlan,
    toState: reaches,
  }).find((candidate) => reaches(candidate.state));
  if (!path) throw new Error(`The machine cannot reach ${target} from ${expected.at}`);
  // Each step holds a state and the event that led into it (the first: the story's starting
  // point); the move made on a screen is the event of the step after it.
  const rest = path.steps.map((step, index) => {
    const next = path.steps[index + 1]?.event;
    return { step: currentStep(step.state.context), move: next ? moveOf(next) : null };
  });
  return [...walked, ...rest];
}

/** Checks on `path` whose answer the story already gave: the scenario's move at a told check. */
export const toldByStory = (entry: PathStep, play: Pick<ScenarioPlay, 'terminal' | 'told'>) =>
  isCheckId(entry.step) &&
  play.told.includes(entry.step) &&
  entry.move !== null &&
  play.terminal.get(entry.step) === entry.move;

/** Screens on which a move is made: the checks answered (or stopped at) on the way. */
export const screensOn = (path: readonly PathStep[]): number =>
  path.filter((entry) => isCheckId(entry.step) && entry.move !== null).length;

/** Screens on which a move is made that the story had not already given. */
export const screensAfterStory = (
  path: readonly PathStep[],
  play: Pick<ScenarioPlay, 'terminal' | 'told'>,
): number =>
  path.filter((entry) => isCheckId(entry.step) && entry.move !== null && !toldByStory(entry, play))
    .length;

export interface ScreensToOutcome {
  id: string;
  /** Checks answered on the shortest path, the last one included: "screens to the right outcome". */
  screens: number;
  /** Of those, the ones whose answer the story had not already given. */
  afterStory: number;
}

/** For every scenario, how many screens its shortest path takes to the right outcome. */
export function screensToRightOutcome(all: readonly Scenario[]): ScreensToOutcome[] {
  return all.map((scenario) => {
    const path = shortestPathOf(scenario);
    return {
      id: scenario.id,
      screens: screensOn(path),
      afterStory: screensAfterStory(path, scenario),
    };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
