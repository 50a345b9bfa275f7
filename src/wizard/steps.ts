// The step catalogue, derived from the tree table: every id the URL, the screens and the
// content files may use, and where each answer leads.
import {
  outcomeKinds,
  stages,
  type AnswerId,
  type Check,
  type CheckId,
  type CheckKind,
  type OutcomeId,
  type OutcomeKind,
  type StageId,
  type StepId,
} from './tree';

export type { AnswerId };

export interface CheckStep {
  id: CheckId;
  stage: StageId;
  /** 1-based position of the stage, for "3 / 9". */
  stageNumber: number;
  check: Check;
}

export const stageIds: readonly StageId[] = stages.map((stage) => stage.id);

export const checkSteps: readonly CheckStep[] = stages.flatMap((stage, stageIndex) =>
  stage.checks.map((check): CheckStep => ({
    // The tree's type guarantees `<stage>.<check>` is a CheckId; TypeScript cannot see it here.
    id: `${stage.id}.${check.id}` as CheckId,
    stage: stage.id,
    stageNumber: stageIndex + 1,
    check,
  })),
);

export const checkIds: readonly CheckId[] = checkSteps.map((step) => step.id);
export const outcomeIds: readonly OutcomeId[] = outcomeKinds.map(
  (kind) => `outcome.${kind}` as const,
);
export const stepIds: readonly StepId[] = ['start', ...checkIds, ...outcomeIds];
export const answerIds: readonly AnswerId[] = [
  ...new Set(checkSteps.flatMap((step) => step.check.answers.map((answer) => answer.id))),
];

export const firstCheckId: CheckId = 'triage.others';
/** The question asked before every payment. */
export const chargedCheckId: CheckId = 'payment.charged';

export function isStepId(value: string): value is StepId {
  return (stepIds as readonly string[]).includes(value);
}

export function isCheckId(value: string): value is CheckId {
  return (checkIds as readonly string[]).includes(value);
}

export function isOutcomeId(value: string): value is OutcomeId {
  return (outcomeIds as readonly string[]).includes(value);
}

export function isAnswerId(value: string): value is AnswerId {
  return (answerIds as readonly string[]).includes(value);
}

export function outcomeKindOf(id: OutcomeId): OutcomeKind {
  // OutcomeId is `outcome.${OutcomeKind}` by definition.
  return id.slice('outcome.'.length) as OutcomeKind;
}

export function isStageId(value: string): value is StageId {
  return (stageIds as readonly string[]).includes(value);
}

export function checkStep(id: CheckId): CheckStep {
  const step = checkSteps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown check ${id}`);
  return step;
}

export function kindOf(id: CheckId): CheckKind {
  return checkStep(id).check.kind;
}

/** True for a check where the cashier takes a payment again. */
export const takesPayment = (id: StepId): boolean => isCheckId(id) && kindOf(id) === 'payment';

export function firstCheckOf(stage: StageId): CheckId {
  const step = checkSteps.find((candidate) => candidate.stage === stage);
  if (!step) throw new Error(`Stage ${stage} has no checks`);
  return step.id;
}

function stepOrThrow(from: CheckId, to: string): StepId {
  if (!isStepId(to)) throw new Error(`${from} leads to ${to}, which the tree does not have`);
  return to;
}

export interface Answer {
  answer: AnswerId;
  /** The screen the answer shows next. */
  target: StepId;
  /** Where the walk goes once the customer is known not to have been charged. */
  afterCharged: StepId | null;
}

/** The answers a check offers, in the order they are shown: the likely one first. */
export function answersOf(step: CheckStep): readonly Answer[] {
  return step.check.answers.map(({ id, to }) =>
    typeof to === 'string'
      ? { answer: id, target: stepOrThrow(step.id, to), afterCharged: null }
      : {
          answer: id,
          target: chargedCheckId,
          afterCharged: stepOrThrow(step.id, to.charged),
        },
  );
}

/** Every answer that can lead straight to an outcome, for the outcome's words and the tests. */
export function incomingAnswers(outcome: OutcomeId): readonly AnswerId[] {
  const answers = checkSteps.flatMap((step) =>
    answersOf(step)
      .filter((answer) => answer.target === outcome || answer.afterCharged === outcome)
      .map((answer) => (answer.afterCharged === outcome ? 'notCharged' : answer.answer)),
  );
  return [...new Set(answers)];
}

/** Old or alternative names that published links may use; a renamed id keeps its old name here. */
const stepAliases: ReadonlyMap<string, StageId | StepId> = new Map<string, StageId | StepId>([
  ['security', 'pin'],
  ['configuration', 'config'],
  ['settings', 'config'],
  ['reboot', 'restart'],
  ['support', 'escalate'],
  ['charged', 'payment.charged'],
  // Steps of the first tree (version 0.1), merged into the checks that took their place.
  ['card.wipe', 'card.insert'],
  ['config.software', 'config.params'],
  ['restart.retry', 'restart.power'],
  ['escalate.status', 'network.host'],
]);

/**
 * The step a `?step=` value names: a step id, a stage id (its first check) or an alias.
 * Null when it names nothing.
 */
export function resolveStepParam(raw: string): StepId | null {
  const name = raw.trim().toLowerCase();
  const target = stepAliases.get(name) ?? name;
  if (isStageId(target)) return firstCheckOf(target);
  return isStepId(target) ? target : null;
}

/**
 * Every `?step=` value resolveStepParam accepts, as it compares them (trimmed, lower case): the
 * step ids, the stage ids and the aliases. The page opened before the app's code runs reads it.
 */
export const stepParamNames: readonly string[] = [...stepIds, ...stageIds, ...stepAliases.keys()];
