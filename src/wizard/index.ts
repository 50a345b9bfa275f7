export { wizardMachine, currentStep, type WizardContext, type WizardEvent } from './machine';
export {
  answersOf,
  checkIds,
  checkStep,
  checkSteps,
  firstCheckOf,
  isCheckId,
  isOutcomeId,
  isStepId,
  outcomeIds,
  resolveStepParam,
  stageIds,
  stepIds,
  type AnswerId,
  type CheckStep,
} from './steps';
export type { CheckId, OutcomeId, OutcomeKind, StageId, StepId } from './tree';
export { snapshotAt } from './snapshot';
export { WizardActor, useCurrentStep } from './WizardActor';
export { StepView } from './screens/StepView';
