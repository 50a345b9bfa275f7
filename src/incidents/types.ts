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

export const isOpen = (incident: Incident): boolean => incident.outcome === 'open';

/** A new incident, open, with nothing recorded yet. */
export function openIncident(id: string, startedAt: number, language: Language): Incident {
  return {
    id,
    startedAt,
    updatedAt: startedAt,
    endedAt: null,
    language,
    outcome: 'open',
    endedAtStep: null,
    steps: [],
    note: '',
    snapshot: null,
  };
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
