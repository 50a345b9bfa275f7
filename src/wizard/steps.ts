// The step catalogue, derived from the tree table: every id the URL, the screens and the
// content files may use, and where each answer leads.
import {
  outcomeKinds,
  stages,
  type AnswerTarget,
  type Check,
  type CheckId,
  type OutcomeId,
  type OutcomeKind,
  type StageId,
  type StepId,
} from './tree';

export type AnswerId = 'fixed' | 'still' | 'yes' | 'no';

export interface CheckStep {
  id: CheckId;
  stage: StageId;
  /** 1-based position of the stage, for "3 / 7". */
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

export const firstCheckId: CheckId = `${stages[0].id}.${stages[0].checks[0].id}`;

export function isStepId(value: string): value is StepId {
  return (stepIds as readonly string[]).includes(value);
}

export function isCheckId(value: string): value is CheckId {
  return (checkIds as readonly string[]).includes(value);
}

export function isOutcomeId(value: string): value is OutcomeId {
  return (outcomeIds as readonly string[]).includes(value);
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

export function firstCheckOf(stage: StageId): CheckId {
  const step = checkSteps.find((candidate) => candidate.stage === stage);
  if (!step) throw new Error(`Stage ${stage} has no checks`);
  return step.id;
}

/** The step a "still E1" (or a branch's "carry on") answer leads to. */
function nextAfter(id: CheckId): StepId {
  const index = checkIds.indexOf(id);
  return checkIds[index + 1] ?? 'outcome.escalated';
}

function resolveTarget(from: CheckId, target: AnswerTarget): StepId {
  return target === 'next' ? nextAfter(from) : `outcome.${target}`;
}

export interface Answer {
  answer: AnswerId;
  target: StepId;
}

/** The answers a check offers, in the order they are shown: the likely one first. */
export function answersOf(step: CheckStep): readonly Answer[] {
  const { check, id } = step;
  if (check.kind === 'fix') {
    return [
      { answer: 'fixed', target: 'outcome.fixed' },
      { answer: 'still', target: nextAfter(id) },
    ];
  }
  const yes: Answer = { answer: 'yes', target: resolveTarget(id, check.yes) };
  const no: Answer = { answer: 'no', target: resolveTarget(id, check.no) };
  return check.likely === 'yes' ? [yes, no] : [no, yes];
}

/** Old or alternative names that published links may use; a renamed id keeps its old name here. */
const stepAliases: ReadonlyMap<string, StageId | StepId> = new Map([
  ['security', 'pin'],
  ['configuration', 'config'],
  ['settings', 'config'],
  ['reboot', 'restart'],
  ['support', 'escalate'],
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
