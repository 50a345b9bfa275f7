export {
  wizardMachine,
  currentStep,
  type WizardContext,
  type WizardEmitted,
  type WizardEvent,
} from './machine';
export {
  answersOf,
  checkIds,
  checkStep,
  checkSteps,
  firstCheckOf,
  isCheckId,
  isOutcomeId,
  isStageId,
  isStepId,
  outcomeIds,
  outcomeKindOf,
  resolveStepParam,
  stageIds,
  stepIds,
  type AnswerId,
  type CheckStep,
} from './steps';
export {
  outcomeKinds,
  type CheckId,
  type OutcomeId,
  type OutcomeKind,
  type StageId,
  type StepId,
} from './tree';
export { restorableSnapshot, snapshotAt, type WizardSnapshot } from './snapshot';
export {
  WizardActor,
  useCurrentStep,
  useWizardEventBuffer,
  type TimedWizardEvent,
} from './WizardActor';
export { StepView } from './screens/StepView';
