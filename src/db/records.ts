// What the app stores: the shape of every record in the one database (src/db/database.ts).
import type { Snapshot } from 'xstate';
import type { Language } from '../i18n';
import type { AnswerId, CheckId, OutcomeKind, StepId } from '../wizard';

/** One screen the person saw, and the answer they gave there (if any). */
export interface IncidentStep {
  step: StepId;
  shownAt: number;
  answer: AnswerId | null;
  answeredAt: number | null;
}

/** One E1 at the counter, from the first check to its outcome. Times are epoch milliseconds. */
export interface Incident {
  id: string;
  startedAt: number;
  updatedAt: number;
  /** When the outcome was reached; null while the incident is open. */
  endedAt: number | null;
  language: Language;
  /** 'open' until an outcome is reached (a stored, indexable value, unlike null). */
  outcome: OutcomeKind | 'open';
  /** The check that fixed E1, or where the person stopped. */
  endedAtStep: CheckId | null;
  steps: IncidentStep[];
  /** Free text, masked before it is stored. */
  note: string;
  /** The wizard's persisted snapshot while open, so resume restores the exact state. */
  snapshot: Snapshot<unknown> | null;
  /**
   * The response code (应答码) on the POS, when the person looked it up and followed it into the
   * checks; absent otherwise, and on every incident logged before codes existed.
   */
  code?: string;
}

/** The merchant's own details, typed once in settings. The app ships no phone numbers. */
export interface TerminalDetails {
  providerName: string;
  providerHotline: string;
  terminalSn: string;
  merchantNumber: string;
  terminalNumber: string;
}

export const emptyTerminalDetails: TerminalDetails = {
  providerName: '',
  providerHotline: '',
  terminalSn: '',
  merchantNumber: '',
  terminalNumber: '',
};

interface SettingRecord<Key extends string, Value> {
  key: Key;
  value: Value;
}

/** The settings table: one record per key. */
export type Setting =
  SettingRecord<'terminal', TerminalDetails> | SettingRecord<'lastExportAt', number>;

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
