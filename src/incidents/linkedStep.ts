// A step link opened while an incident is open: most often the support agent's, sent to the
// merchant about the E1 at the counter. This page either carries that incident on at the linked
// step (the jump recorded in it) or keeps the step apart as a new incident, never both. The
// choice outlives the wizard restarts it causes: resume.ts keeps it, one per page.
import type { CheckId, StepId } from '../wizard';
import type { Incident } from '../db';

export interface LinkedStepChoice {
  /** The incident that was open when the link was opened, as it was stored then. */
  incident: Incident;
  /** Where the link led, and the check its outcome names (`at=`), if any. */
  step: StepId;
  endedAt: CheckId | null;
  /** True: the step is recorded in that incident. False: a new incident; that one ended as stopped. */
  joined: boolean;
}

/**
 * An incident untouched for longer than this was left open, not paused mid-E1: an E1 with a
 * customer waiting, and the call to support about it, are over well within two hours.
 */
export const sameIncidentWindowMs = 2 * 60 * 60 * 1000;

/**
 * Whether a step link opened at `now` is recorded in the open `incident` unless the person
 * chooses otherwise. It is, because that is the safe default: the link is about the E1 at the
 * counter, and recording it there loses nothing (every step keeps its time, the jump is said as a
 * jump, and "Start a new incident instead" is one tap away), while a silent split would leave the
 * summary support reads without the checks already done, whether the customer was charged among
 * them. The exception is an incident nobody has touched for two hours: it was left open, the
 * link is about a new E1, and joining them would mix two E1s into one.
 */
export function linkJoinsIncident(incident: Incident, now: number): boolean {
  return now - incident.updatedAt <= sameIncidentWindowMs;
}
