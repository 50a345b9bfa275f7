import { createActor, type Snapshot, type StateValue } from 'xstate';
import { currentStep, wizardMachine } from './machine';
import { isStepId } from './steps';
import type { CheckId, StepId } from './tree';

/** The machine's own snapshot at `step`, reached through its transitions, to start an actor from. */
export function snapshotAt(step: StepId, endedAt?: CheckId) {
  const actor = createActor(wizardMachine).start();
  if (step !== 'start') actor.send({ type: 'nav.goto', step, endedAt });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}

export type WizardSnapshot = ReturnType<typeof snapshotAt>;

/** `{ card: 'wipe' }` → `card.wipe`. */
function stepOfValue(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [parent, child] = Object.entries(value)[0] ?? ['', ''];
  return child ? `${parent}.${stepOfValue(child)}` : parent;
}

/**
 * A stored snapshot, checked against this version of the machine; a snapshot it cannot
 * restore (saved by an older version, say) becomes a fresh one at `fallback`.
 */
export function restorableSnapshot(
  stored: Snapshot<unknown> | null,
  fallback: StepId,
): WizardSnapshot {
  if (stored) {
    try {
      const actor = createActor(wizardMachine, { snapshot: stored }).start();
      const snapshot = actor.getSnapshot();
      // Taken before stop(): a stopped actor's snapshot would restore a wizard that never moves.
      const restorable = actor.getPersistedSnapshot();
      actor.stop();
      const step = currentStep(snapshot.context);
      if (isStepId(step) && stepOfValue(snapshot.value) === step) return restorable;
    } catch {
      // Falls through to a fresh start at the same step.
    }
  }
  return snapshotAt(fallback);
}

/**
 * A stored snapshot (read as restorableSnapshot reads it), then a jump to `step`: a link followed
 * in the middle of a walk. The trail keeps the earlier checks, so Back returns to them; a payment
 * the walk has not made goes through the charged question, like every jump.
 */
export function jumpedSnapshot(
  stored: Snapshot<unknown> | null,
  fallback: StepId,
  step: StepId,
  endedAt?: CheckId,
): WizardSnapshot {
  const actor = createActor(wizardMachine, {
    snapshot: restorableSnapshot(stored, fallback),
  }).start();
  if (step !== currentStep(actor.getSnapshot().context)) {
    actor.send({ type: 'nav.goto', step, endedAt });
  }
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}
