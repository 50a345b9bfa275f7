import type { Language } from '../i18n';
import type { AnswerId, CheckId, OutcomeKind, StepId } from '../wizard';

/** One screen of a practice run, and the answer given there (null: none, e.g. "Stop here"). */
export interface AttemptStep {
  step: StepId;
  shownAt: number;
  answer: AnswerId | null;
}

/**
 * One trainee's run through a practice scenario, from the first check to an outcome. Stored in
 * its own table (`attempts`), never with the incidents. Times are epoch milliseconds.
 */
export interface PracticeAttempt {
  id: string;
  /** The scenario's id in content/scenarios/. */
  scenario: string;
  /** The name typed on the practice page, masked like a note; '' when none was given. */
  trainee: string;
  language: Language;
  startedAt: number;
  endedAt: number;
  outcome: OutcomeKind;
  /** The check where the run ended (the machine's `endedAt`). */
  endedAtStep: CheckId | null;
  steps: AttemptStep[];
}

/** An incident's walk, read for the trainer's flowchart: where it went, nothing else. */
export interface IncidentPath {
  id: string;
  startedAt: number;
  outcome: OutcomeKind | 'open';
  steps: StepId[];
}
