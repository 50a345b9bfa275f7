// The handoff summary: what a support agent needs to know about one incident, and nothing else
// (no ids, no machine snapshot). Built on the merchant's device, carried in a link or as text.
import type { Incident, TerminalDetails } from '../../incidents';
import { isCheckId, type AnswerId, type CheckId, type OutcomeKind } from '../../wizard';

export interface HandoffStep {
  step: CheckId;
  answer: AnswerId | null;
  /** When the step was shown, epoch ms in whole seconds. */
  at: number;
}

/** What the merchant may add before sending: they read these off the receipt or terminal. */
export interface PaymentDetails {
  time: string;
  amount: string;
  reference: string;
}

export interface HandoffSummary {
  /** Epoch ms in whole seconds, like every time here: the link carries seconds. */
  startedAt: number;
  endedAt: number | null;
  outcome: OutcomeKind | 'open';
  /** The check it was fixed or stopped at, else the last check tried. */
  endedAtStep: CheckId | null;
  steps: HandoffStep[];
  terminal: { sn: string; merchantNumber: string; terminalNumber: string };
  payment: PaymentDetails;
  note: string;
  /** The response code (应答码) the incident followed into the checks, if any. */
  code?: string;
}

export const noPaymentDetails: PaymentDetails = { time: '', amount: '', reference: '' };

/** Caps that keep the longest summary's link short enough for a chat message. */
export const handoffLimits = { steps: 200, field: 64, note: 1_000 } as const;

const wholeSeconds = (time: number) => Math.floor(time / 1000) * 1000;

/**
 * The summary of `incident`. `maskText` hides card numbers (the incidents feature's
 * maskCardNumbers); the note and the payment details pass through it before they are cut to
 * length. The terminal details go as typed: they are the merchant's own identifiers from
 * settings, which the agent needs exactly (a 15-digit merchant number can fit a card range).
 */
export function handoffSummary(
  incident: Incident,
  terminal: TerminalDetails,
  payment: PaymentDetails,
  maskText: (text: string) => string,
): HandoffSummary {
  const typed = (text: string, max: number = handoffLimits.field) => text.trim().slice(0, max);
  const masked = (text: string, max: number = handoffLimits.field) =>
    maskText(text.trim()).slice(0, max);
  const startedAt = wholeSeconds(incident.startedAt);
  const notBefore = (time: number) => Math.max(startedAt, wholeSeconds(time));
  const steps = incident.steps
    .flatMap(({ step, answer, shownAt }): HandoffStep[] =>
      isCheckId(step) ? [{ step, answer, at: notBefore(shownAt) }] : [],
    )
    .slice(-handoffLimits.steps);
  return {
    startedAt,
    endedAt: incident.endedAt === null ? null : notBefore(incident.endedAt),
    outcome: incident.outcome,
    endedAtStep: incident.endedAtStep ?? steps.at(-1)?.step ?? null,
    steps,
    terminal: {
      sn: typed(terminal.terminalSn),
      merchantNumber: typed(terminal.merchantNumber),
      terminalNumber: typed(terminal.terminalNumber),
    },
    payment: {
      time: masked(payment.time),
      amount: masked(payment.amount),
      reference: masked(payment.reference),
    },
    note: masked(incident.note, handoffLimits.note),
    ...(incident.code ? { code: incident.code } : {}),
  };
}
