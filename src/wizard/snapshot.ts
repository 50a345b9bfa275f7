import { createActor } from 'xstate';
import { wizardMachine } from './machine';
import type { CheckId, StepId } from './tree';

/** The machine's own snapshot at `step`, reached through its transitions, to start an actor from. */
export function snapshotAt(step: StepId, endedAt?: CheckId) {
  const actor = createActor(wizardMachine).start();
  if (step !== 'start') actor.send({ type: 'nav.goto', step, endedAt });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}
