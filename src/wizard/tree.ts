// The decision tree as data: the machine, the step list, the URL checks and the jump list are
// all built from this table, so the tree is written down exactly once.

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
  'card-problem',
  'security-stop',
  'escalated',
  'abandoned',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** Where an answer leads: the next check in order, or an outcome. */
export type AnswerTarget = 'next' | Exclude<OutcomeKind, 'fixed' | 'abandoned'>;

/** A check the person carries out, then says whether E1 is gone. */
interface FixCheck<Id extends string = string> {
  kind: 'fix';
  id: Id;
  drawing?: DrawingId;
}

/** A yes/no question that can branch to an outcome; `likely` is offered first. */
interface QuestionCheck<Id extends string = string> {
  kind: 'question';
  id: Id;
  drawing?: DrawingId;
  yes: AnswerTarget;
  no: AnswerTarget;
  likely: 'yes' | 'no';
}

export type Check = FixCheck | QuestionCheck;

const fix = <const Id extends string>(id: Id, drawing?: DrawingId): FixCheck<Id> => ({
  kind: 'fix',
  id,
  drawing,
});
const question = <const Id extends string>(
  id: Id,
  branches: Pick<QuestionCheck, 'yes' | 'no' | 'likely'>,
  drawing?: DrawingId,
): QuestionCheck<Id> => ({ kind: 'question', id, drawing, ...branches });

export const stages = [
  {
    id: 'network',
    checks: [
      fix('signal', 'signalBars'),
      fix('reconnect', 'simSlot'),
      fix('switch'),
      fix('signin'),
    ],
  },
  {
    id: 'card',
    checks: [
      fix('insert', 'cardChip'),
      fix('wipe', 'cardChip'),
      question('other', { yes: 'card-problem', no: 'next', likely: 'yes' }),
    ],
  },
  {
    id: 'pin',
    checks: [
      fix('reenter', 'shieldedKeypad'),
      question('locked', { yes: 'card-problem', no: 'next', likely: 'no' }),
      question('holder', { yes: 'security-stop', no: 'next', likely: 'no' }),
    ],
  },
  {
    id: 'hardware',
    checks: [
      fix('cables', 'cables'),
      fix('battery', 'battery'),
      fix('reader', 'readerSlot'),
      fix('selftest'),
    ],
  },
  {
    id: 'config',
    checks: [fix('datetime', 'screenDate'), fix('software'), fix('params')],
  },
  {
    id: 'restart',
    checks: [fix('power'), fix('retry')],
  },
  {
    id: 'escalate',
    checks: [fix('status'), fix('call', 'terminalLabel')],
  },
] as const satisfies readonly { id: string; checks: readonly Check[] }[];

export type StageId = (typeof stages)[number]['id'];

type CheckIdOf<S> = S extends { id: infer Stage extends string; checks: readonly (infer C)[] }
  ? C extends { id: infer Id extends string }
    ? `${Stage}.${Id}`
    : never
  : never;

/** A check's id in the URL and in the content files: `<stage>.<check>`. */
export type CheckId = CheckIdOf<(typeof stages)[number]>;
export type OutcomeId = `outcome.${OutcomeKind}`;
export type StepId = 'start' | CheckId | OutcomeId;
