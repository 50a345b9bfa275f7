// The shortest path to a scenario's right outcome, from xstate/graph over the machine the
// trainee walks. The app runs it in a worker (shortestPath.worker.ts): xstate/graph shares
// xstate's internals, and importing it from a lazy chunk would split and grow the first
// screen's bundle. Tests call it directly.
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  currentStep,
  wizardMachine,
  type AnswerId,
  type StepId,
  type WizardEvent,
} from '../wizard';
import type { PathStep } from './paths';
import type { Scenario, ScenarioMove } from './scenarios';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The moves a person makes by answering: the same transitions the flowchart draws, plus "Stop here". */
const walkEvents: readonly WizardEvent[] = [
  { type: 'nav.start' },
  { type: 'answer.fixed' },
  { type: 'answer.still' },
  { type: 'answer.yes' },
  { type: 'answer.no' },
  { type: 'nav.abandon' },
];

const moveOf = (event: WizardEvent): ScenarioMove | null => {
  if (event.type === 'nav.abandon') return 'stop';
  if (event.type.startsWith('answer.')) return event.type.slice('answer.'.length) as AnswerId;
  return null;
};

/** Where a snapshot is and where it ended: the state's identity for the search. */
const byPlaceAndEnd = (snapshot: WizardSnapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.endedAt]);

/** The shortest walk from the start screen to `expected`, one entry per screen. */
export function shortestPathTo(expected: Scenario['expected']): PathStep[] {
  const target = `outcome.${expected.outcome}`;
  const reaches = (snapshot: WizardSnapshot) =>
    currentStep(snapshot.context) === target && snapshot.context.endedAt === expected.at;
  const path = getShortestPaths(wizardMachine, {
    events: walkEvents,
    serializeState: byPlaceAndEnd,
    toState: reaches,
  }).find((candidate) => reaches(candidate.state));
  if (!path) throw new Error(`The machine cannot reach ${target} from ${expected.at}`);
  // Each step holds the event and the state it led to; the screen it was made on is the one before.
  const screens = ['start' as StepId, ...path.steps.map((step) => currentStep(step.state.context))];
  return screens.map((step, index) => {
    const event = path.steps[index]?.event;
    return { step, move: event ? moveOf(event) : null };
  });
}
