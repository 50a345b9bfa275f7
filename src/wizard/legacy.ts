// The first tree's step and answer ids (app version 0.1), read from incidents, backups and
// handoff links made before the tree was rebuilt: each is mapped onto the step that took its
// place, and onto the answer that means the same there, or none.
import { answersOf, checkStep, isCheckId, resolveStepParam, type AnswerId } from './steps';
import type { CheckId, StepId } from './tree';

/** What each old answer meant, by the kind of check it is read on now. */
const oldAnswerMeaning: Readonly<Record<string, readonly AnswerId[]>> = {
  fixed: ['works', 'paid'],
  still: ['fails', 'still'],
  yes: ['otherPaid', 'locked', 'signs'],
  no: ['otherFails', 'notLocked', 'noSigns'],
};

/** A stored or linked step id, current or old; null when it names no step. */
export function currentStepOf(id: string): StepId | null {
  // Only whole step ids: a stage name is a link shortcut, not something the app ever stored.
  if (!id.includes('.')) return id === 'start' ? 'start' : null;
  return resolveStepParam(id);
}

export function currentCheckOf(id: string): CheckId | null {
  const step = currentStepOf(id);
  return step && isCheckId(step) ? step : null;
}

/** An answer given at `check`, current or old; null when the check offers nothing like it now. */
export function currentAnswerOf(check: CheckId, answer: string): AnswerId | null {
  const offered = answersOf(checkStep(check)).map((option) => option.answer);
  const candidates = oldAnswerMeaning[answer] ?? [answer];
  return offered.find((option) => candidates.includes(option)) ?? null;
}

interface RecordedStep {
  step: string;
  answer: string | null;
}

/**
 * Recorded steps with old ids and answers read as today's; a step no version of the tree had is
 * dropped rather than shown as an id.
 */
export function currentStepsOf<Entry extends RecordedStep>(
  entries: readonly Entry[],
): (Omit<Entry, 'step' | 'answer'> & { step: StepId; answer: AnswerId | null })[] {
  return entries.flatMap((entry) => {
    const step = currentStepOf(entry.step);
    if (!step) return [];
    const answer = entry.answer && isCheckId(step) ? currentAnswerOf(step, entry.answer) : null;
    return [{ ...entry, step, answer }];
  });
}
