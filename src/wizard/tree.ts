// The decision tree as data: the machine, the step list, the URL checks, the flowchart and the
// jump list are all built from this table, so the tree is written down exactly once.

export type DrawingId =
  | 'signalBars'
  | 'simSlot'
  | 'cardChip'
  | 'shieldedKeypad'
  | 'cables'
  | 'battery'
  | 'readerSlot'
  | 'screenDate'
  | 'terminalLabel';

export const outcomeKinds = [
  'fixed',
  'already-paid',
  'double-charge',
  'reversal',
  'outage',
  'card-problem',
  'security-stop',
  'repair',
  'escalated',
  'abandoned',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];
export type OutcomeId = `outcome.${OutcomeKind}`;

/**
 * Where an answer leads: a step, or `{ charged }`: first "was the customer charged?", then, if
 * not, `charged` (the only way into a step that takes a payment).
 */
export type Target<Step extends string = string> = Step | { charged: Step };

/**
 * What a check asks of the cashier, which decides how E1 is tested there:
 * - `question`: something to look at or ask; nothing is retried;
 * - `signin`: a fix tested with a sign-in (签到), which charges nobody;
 * - `payment`: a payment attempt where the card or the PIN changed (`card`: the same card or
 *   another one), reached only through the charged question;
 * - `charged`: the question before every payment: was the customer already charged?
 */
export type CheckKind = 'question' | 'signin' | 'payment' | 'charged';

interface CheckRow<Id extends string, Answer extends string> {
  id: Id;
  kind: CheckKind;
  /** For a payment: whose card it charges. */
  card?: 'same' | 'other';
  drawing?: DrawingId;
  /**
   * The answers in the order they are shown, the likely one first; `noPayment` marks an answer
   * on a payment check that says no payment was made (there was no other card to try).
   */
  answers: readonly { id: Answer; to: Target; noPayment?: true }[];
}

const check = <const Id extends string, const Answer extends string>(
  row: CheckRow<Id, Answer>,
): CheckRow<Id, Answer> => row;

const signin = <const Id extends string>(
  id: Id,
  onFail: string,
  drawing?: DrawingId,
): CheckRow<Id, 'works' | 'fails'> =>
  check({
    id,
    kind: 'signin',
    drawing,
    answers: [
      { id: 'works', to: { charged: 'outcome.fixed' } },
      { id: 'fails', to: onFail },
    ],
  });

export const stages = [
  {
    id: 'triage',
    checks: [
      check({
        id: 'others',
        kind: 'question',
        answers: [
          { id: 'onlyHere', to: 'triage.card' },
          { id: 'othersFail', to: 'outcome.outage' },
          { id: 'unsure', to: 'triage.card' },
        ],
      }),
      check({
        id: 'card',
        kind: 'question',
        answers: [
          { id: 'everyCard', to: 'network.signal' },
          { id: 'onlyThisCard', to: 'pin.locked' },
          { id: 'unsure', to: 'triage.screen' },
        ],
      }),
      check({
        id: 'screen',
        kind: 'question',
        answers: [
          { id: 'justE1', to: 'network.signal' },
          { id: 'code', to: { charged: 'network.signin' } },
          { id: 'reversal', to: 'outcome.reversal' },
          { id: 'unsure', to: 'network.signal' },
        ],
      }),
    ],
  },
  {
    id: 'payment',
    checks: [
      check({
        id: 'charged',
        kind: 'charged',
        answers: [
          // `notCharged` leads wherever the way into this question said; see the machine.
          { id: 'notCharged', to: 'network.signin' },
          { id: 'charged', to: 'outcome.already-paid' },
          { id: 'twice', to: 'outcome.double-charge' },
          { id: 'smsDebit', to: 'outcome.reversal' },
          { id: 'unknown', to: 'outcome.reversal' },
        ],
      }),
    ],
  },
  {
    id: 'network',
    checks: [
      check({
        id: 'signal',
        kind: 'question',
        drawing: 'signalBars',
        answers: [
          { id: 'normal', to: 'network.signin' },
          { id: 'noSignal', to: 'network.reconnect' },
          { id: 'wrongTime', to: 'config.datetime' },
          { id: 'lowBattery', to: 'hardware.battery' },
        ],
      }),
      signin('reconnect', 'network.switch', 'simSlot'),
      signin('switch', 'network.host'),
      check({
        id: 'signin',
        kind: 'signin',
        answers: [
          { id: 'works', to: 'hardware.reader' },
          { id: 'fails', to: 'network.host' },
        ],
      }),
      check({
        id: 'host',
        kind: 'question',
        answers: [
          { id: 'hostUp', to: 'hardware.cables' },
          { id: 'hostDown', to: 'outcome.outage' },
          { id: 'unsure', to: 'hardware.cables' },
        ],
      }),
    ],
  },
  {
    id: 'card',
    checks: [
      check({
        id: 'insert',
        kind: 'payment',
        card: 'same',
        drawing: 'cardChip',
        answers: [
          { id: 'paid', to: 'outcome.fixed' },
          { id: 'still', to: { charged: 'card.other' } },
        ],
      }),
      check({
        id: 'other',
        kind: 'payment',
        card: 'other',
        answers: [
          { id: 'otherPaid', to: 'outcome.card-problem' },
          { id: 'otherFails', to: 'network.signal' },
          { id: 'noOther', to: 'pin.reenter', noPayment: true },
        ],
      }),
    ],
  },
  {
    id: 'pin',
    checks: [
      check({
        id: 'locked',
        kind: 'question',
        answers: [
          { id: 'notLocked', to: 'pin.holder' },
          { id: 'locked', to: 'outcome.card-problem' },
        ],
      }),
      check({
        id: 'holder',
        kind: 'question',
        answers: [
          { id: 'noSigns', to: { charged: 'card.insert' } },
          { id: 'signs', to: 'outcome.security-stop' },
        ],
      }),
      check({
        id: 'reenter',
        kind: 'payment',
        card: 'same',
        drawing: 'shieldedKeypad',
        answers: [
          { id: 'paid', to: 'outcome.fixed' },
          { id: 'still', to: 'outcome.card-problem' },
        ],
      }),
    ],
  },
  {
    id: 'hardware',
    checks: [
      signin('cables', 'hardware.selftest', 'cables'),
      signin('battery', 'network.signin', 'battery'),
      check({
        id: 'reader',
        kind: 'question',
        drawing: 'readerSlot',
        answers: [
          { id: 'clean', to: { charged: 'outcome.fixed' } },
          { id: 'damaged', to: 'outcome.repair' },
        ],
      }),
      check({
        id: 'selftest',
        kind: 'question',
        answers: [
          { id: 'passes', to: 'config.params' },
          { id: 'fault', to: 'outcome.repair' },
          { id: 'noTest', to: 'config.params' },
        ],
      }),
    ],
  },
  {
    id: 'config',
    checks: [signin('datetime', 'network.signin', 'screenDate'), signin('params', 'restart.power')],
  },
  {
    id: 'restart',
    checks: [signin('power', 'escalate.call')],
  },
  {
    id: 'escalate',
    checks: [signin('call', 'outcome.escalated', 'terminalLabel')],
  },
] as const satisfies readonly { id: string; checks: readonly CheckRow<string, string>[] }[];

export type StageId = (typeof stages)[number]['id'];

type CheckIdOf<S> = S extends { id: infer Stage extends string; checks: readonly (infer C)[] }
  ? C extends { id: infer Id extends string }
    ? `${Stage}.${Id}`
    : never
  : never;

type AnswerIdOf<S> = S extends { checks: readonly (infer C)[] }
  ? C extends { answers: readonly (infer A)[] }
    ? A extends { id: infer Id extends string }
      ? Id
      : never
    : never
  : never;

/** A check's id in the URL and in the content files: `<stage>.<check>`. */
export type CheckId = CheckIdOf<(typeof stages)[number]>;
/** Every answer any check offers; the event for it is `answer.<id>`. */
export type AnswerId = AnswerIdOf<(typeof stages)[number]>;
export type StepId = 'start' | CheckId | OutcomeId;
export type Check = CheckRow<string, AnswerId>;
