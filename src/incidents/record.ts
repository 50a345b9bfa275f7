// Turning what the wizard says into the incident record: pure functions, no storage, no clock.
// The events carry all a record needs (the step, where an outcome is credited, the code, the
// language), and each function returns a new record, never changing the one it is given.
import type { Snapshot } from 'xstate';
import {
  isCheckId,
  isOutcomeId,
  isStepId,
  outcomeKindOf,
  type StepId,
  type WizardEmitted,
} from '../wizard';
import { maskCardNumbers, type Incident } from '../db';
import { isOpen, openIncident } from './types';

/** What one event makes of the record. */
export interface Recorded {
  /** The incident being recorded now; null when there is none (the start screen). */
  incident: Incident | null;
  /** An open incident the event ended as stopped (the person started again), to be stored. */
  stopped: Incident | null;
}

/**
 * The record after `event`, heard at `at` (epoch ms), given the incident being recorded.
 * `newId` names an incident the event opens.
 */
export function recordEvent(
  incident: Incident | null,
  event: WizardEmitted,
  at: number,
  newId: () => string,
): Recorded {
  const unchanged = { incident, stopped: null };
  if (event.type === 'step.answered') {
    if (!incident) return unchanged;
    const index = incident.steps.findLastIndex((entry) => entry.step === event.step);
    const entry = incident.steps[index];
    if (!entry) return unchanged;
    const steps = [...incident.steps];
    steps[index] = { ...entry, answer: event.answer, answeredAt: at };
    return { incident: { ...incident, steps, updatedAt: at }, stopped: null };
  }
  const { step, code, endedAt, language } = event;
  if (step === 'start') {
    // Back at the start: an open incident ends as stopped; the next check starts a new one.
    return { incident: null, stopped: incident && isOpen(incident) ? stopped(incident, at) : null };
  }
  const last = incident?.steps.at(-1);
  // Already recorded: the screen a restored wizard opens on, or a resumed incident's last one.
  if (last?.step === step && last.answer === null) return unchanged;
  const entry = { step, shownAt: at, answer: null, answeredAt: null };
  const withCode = code ? { code } : {};
  if (isCheckId(step)) {
    const current = incident ?? openIncident(newId(), at, language);
    // Back from an outcome to a check reopens the same incident.
    const reopened: Incident = {
      ...current,
      ...withCode,
      outcome: 'open',
      endedAt: null,
      endedAtStep: null,
      steps: [...current.steps, entry],
      updatedAt: at,
    };
    return { incident: reopened, stopped: null };
  }
  // An outcome ends the incident; a code looked up at the start may lead straight to its
  // outcome, and that is an incident too. An outcome opened bare (a link) records nothing.
  if (!isOutcomeId(step) || (!incident && !code)) return unchanged;
  const current = incident ?? openIncident(newId(), at, language);
  const ended: Incident = {
    ...current,
    ...withCode,
    outcome: outcomeKindOf(step),
    endedAt: at,
    endedAtStep: endedAt,
    steps: [...current.steps, entry],
    snapshot: null,
    updatedAt: at,
  };
  return { incident: ended, stopped: null };
}

/**
 * The wizard's persisted snapshot kept with an open incident, so a reload restores its exact
 * state (trail, answers); an ended incident keeps none.
 */
export function withSnapshot(incident: Incident, snapshot: Snapshot<unknown>): Incident {
  return isOpen(incident) ? { ...incident, snapshot } : incident;
}

/** `incident` ended as stopped at `at`, where it was: at its last check. */
export function stopped(incident: Incident, at: number): Incident {
  return {
    ...incident,
    outcome: 'abandoned',
    endedAtStep: incident.steps.map((entry) => entry.step).findLast(isCheckId) ?? null,
    endedAt: at,
    updatedAt: at,
    snapshot: null,
  };
}

/** `incident` with `note` as its note, card numbers masked. */
export function withNote(incident: Incident, note: string, at: number): Incident {
  return { ...incident, note: maskCardNumbers(note), updatedAt: at };
}

/** Whether any check of `incident` was answered. */
export const hasAnswers = (incident: Incident): boolean =>
  incident.steps.some((entry) => entry.answer !== null);

/** The step `incident` was last on ('start' when it has none). */
export function lastStepOf(incident: Incident): StepId {
  const last = incident.steps.at(-1)?.step;
  return last && isStepId(last) ? last : 'start';
}
