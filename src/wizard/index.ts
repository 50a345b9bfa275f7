export {
  wizardMachine,
  currentStep,
  stepShown,
  type StepShown,
  type WizardContext,
  type WizardEmitted,
  type WizardEvent,
} from './machine';
export {
  answerIds,
  answersOf,
  chargedCheckId,
  checkIds,
  checkStep,
  checkSteps,
  firstCheckOf,
  incomingAnswers,
  isAnswerId,
  isCheckId,
  isOutcomeId,
  isStageId,
  isStepId,
  kindOf,
  outcomeIds,
  outcomeKindOf,
  resolveStepParam,
  stageIds,
  stepIds,
  stepParamNames,
  takesPayment,
  type AnswerId,
  type CheckStep,
} from './steps';
export {
  outcomeKinds,
  type CheckId,
  type CheckKind,
  type OutcomeId,
  type OutcomeKind,
  type StageId,
  type StepId,
} from './tree';
export { currentAnswerOf, currentCheckOf, currentStepOf, currentStepsOf } from './legacy';
export { answerLabel, outcomeText, type OutcomeText } from './words';
export { jumpedSnapshot, restorableSnapshot, snapshotAt, type WizardSnapshot } from './snapshot';
export {
  WizardActor,
  useCurrentStep,
  useWizardEventBuffer,
  type TimedWizardEvent,
} from './WizardActor';
export { StepView } from './screens/StepView';
