import { createActorContext } from '@xstate/react';
import { currentStep, wizardMachine } from './machine';
import type { StepId } from './tree';

export const WizardActor = createActorContext(wizardMachine);

export const useCurrentStep = (): StepId =>
  WizardActor.useSelector((snapshot) => currentStep(snapshot.context));
