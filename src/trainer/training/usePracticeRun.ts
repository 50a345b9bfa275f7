import { useEffect, useRef, useState } from 'react';
import { useLanguage, type Language } from '../../i18n';
import { type AttemptStep, type PracticeAttempt } from '../../db';
import { loadAttemptStore } from '../attemptStore';
import {
  isCheckId,
  isOutcomeId,
  outcomeKindOf,
  WizardActor,
  type OutcomeId,
  type StepId,
} from '../../wizard';
import type { Scenario } from '../scenarios';
import { currentTrainee } from '../trainee';

export type RunState =
  { kind: 'running' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'failed' };

interface Run {
  id: string;
  steps: AttemptStep[];
}

/** A run starting from what the actor shows now (the practice may open mid-way, from a link). */
function runFrom(trail: readonly StepId[], now: number): Run {
  const steps = trail
    .filter((step) => step !== 'start')
    .map((step): AttemptStep => ({ step, shownAt: now, answer: null }));
  return { id: crypto.randomUUID(), steps };
}

/**
 * Follows the training actor and, when a scenario's run reaches an outcome, saves it as a
 * practice attempt (its own table, never the log). Going back from the outcome and ending again
 * updates the same attempt; "Start again" begins a new one.
 */
export function usePracticeRun(scenario: Scenario | null): RunState {
  const wizard = WizardActor.useActorRef();
  const language = useLanguage();
  const languageRef = useRef<Language>(language);
  const [state, setState] = useState<RunState>({ kind: 'running' });

  useEffect(() => {
    languageRef.current = language;
  }, [language]);

  useEffect(() => {
    let run = runFrom(wizard.getSnapshot().context.trail, Date.now());
    let saves = 0;

    const save = (outcome: OutcomeId, endedAt: number) => {
      if (!scenario) return;
      const first = run.steps[0];
      const attempt: PracticeAttempt = {
        id: run.id,
        scenario: scenario.id,
        trainee: currentTrainee(),
        language: languageRef.current,
        startedAt: first?.shownAt ?? endedAt,
        endedAt,
        outcome: outcomeKindOf(outcome),
        endedAtStep: wizard.getSnapshot().context.endedAt,
        steps: run.steps.map((entry) => ({ ...entry })),
      };
      const thisSave = (saves += 1);
      setState({ kind: 'saving' });
      loadAttemptStore()
        .then((store) => store.saveAttempt(attempt))
        .then(
          () => thisSave === saves && setState({ kind: 'saved', id: attempt.id }),
          () => thisSave === saves && setState({ kind: 'failed' }),
        );
    };

    const subscriptions = [
      wizard.on('step.shown', ({ step }) => {
        const now = Date.now();
        if (step === 'start') {
          run = runFrom([], now);
          setState({ kind: 'running' });
          return;
        }
        run.steps.push({ step, shownAt: now, answer: null });
        if (isOutcomeId(step)) save(step, now);
        else if (isCheckId(step)) setState({ kind: 'running' });
      }),
      wizard.on('step.answered', ({ step, answer }) => {
        const entry = run.steps.findLast((candidate) => candidate.step === step);
        if (entry) entry.answer = answer;
      }),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [wizard, scenario]);

  return state;
}
