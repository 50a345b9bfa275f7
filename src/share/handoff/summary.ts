// The handoff summary: what a support agent needs to know about one incident, and nothing else
// (no ids, no machine snapshot). Built on the merchant's device, carried in a link or as text.
import type { Incident, TerminalDetails } from '../../db';
import { isCheckId, type AnswerId, type CheckId, type OutcomeKind } from '../../wizard';
import { compactWalk, type WalkJump } from './walk';

export interface HandoffStep {
  step: CheckId;
  /** The answer that stood. */
  answer: AnswerId | null;
  /** When the step was shown, epoch ms in whole seconds. */
  at: number;
  /** The answer first given here, when another replaced it (Back, then another answer). */
  earlier?: AnswerId;
  /** Reached by a jump (a stage chosen, a link) rather than by the answer before it. */
  jump?: WalkJump;
}

/**
 * Whose clock the summary's times are on: the merchant's device where it was made. A support
 * agent elsewhere reads every time, and the payment time the merchant typed, on that clock.
 */
export interface MerchantTimeZone {
  /** Minutes east of UTC when the incident started: 480 for UTC+8. */
  offsetMinutes: number;
  /** The device's IANA time zone ("Asia/Shanghai"); empty when it does not say. */
  name: string;
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
  /** Null for a link made before summaries carried it (version 1): whose clock is not known. */
  timeZone: MerchantTimeZone | null;
}

export const noPaymentDetails: PaymentDetails = { time: '', amount: '', reference: '' };

/** Caps that keep the longest summary's link short enough for a chat message. */
export const handoffLimits = { steps: 200, field: 64, note: 1_000 } as const;

const wholeSeconds = (time: number) => Math.floor(time / 1000) * 1000;

/** An IANA zone name as Intl gives it: letters, digits and `_ + - /`, nothing to render as markup. */
export const timeZoneNamePattern = /^[A-Za-z0-9_+\-/]{0,64}$/;

/** This device's time zone at `time`. */
export function deviceTimeZone(time: number): MerchantTimeZone {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  // getTimezoneOffset() counts minutes west of UTC; `|| 0` keeps UTC from reading as -0.
  return {
    offsetMinutes: -new Date(time).getTimezoneOffset() || 0,
    name: timeZoneNamePattern.test(name) ? name : '',
  };
}

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
  timeZone: MerchantTimeZone = deviceTimeZone(incident.startedAt),
): HandoffSummary {
  const typed = (text: string, max: number = handoffLimits.field) => text.trim().slice(0, max);
  const masked = (text: string, max: number = handoffLimits.field) =>
    maskText(text.trim()).slice(0, max);
  const startedAt = wholeSeconds(incident.startedAt);
  const notBefore = (time: number) => Math.max(startedAt, wholeSeconds(time));
  // The walk as it finally went: each check once, changed answers and jumps said as such.
  const walk = compactWalk(
    incident.steps.map(({ step, answer, shownAt }) => ({ step, answer, at: shownAt })),
  );
  const steps = walk
    .flatMap(({ step, answer, at, earlier, jump }): HandoffStep[] =>
      isCheckId(step)
        ? [
            {
              step,
              answer,
              at: notBefore(at),
              ...(earlier ? { earlier } : {}),
              ...(jump ? { jump } : {}),
            },
          ]
        : [],
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
    timeZone,
  };
}
