import { createActorContext } from '@xstate/react';
import { useCallback, useEffect, useRef } from 'react';
import { currentStep, stepShown, wizardMachine, type WizardEmitted } from './machine';
import type { StepId } from './tree';

export const WizardActor = createActorContext(wizardMachine);

export const useCurrentStep = (): StepId =>
  WizardActor.useSelector((snapshot) => currentStep(snapshot.context));

export interface TimedWizardEvent {
  event: WizardEmitted;
  at: number;
}

/**
 * Keeps what the wizard says from the first render until a listener that loads later (the
 * incident recorder) takes it, so a tap made while that listener loads is not lost.
 */
export function useWizardEventBuffer(): () => TimedWizardEvent[] {
  const wizard = WizardActor.useActorRef();
  const buffer = useRef<TimedWizardEvent[] | null>([]);
  useEffect(() => {
    const keep = (event: WizardEmitted) => buffer.current?.push({ event, at: Date.now() });
    // The screen the wizard opened on was never announced: it comes first.
    keep(stepShown(wizard.getSnapshot().context));
    const subscriptions = [wizard.on('step.shown', keep), wizard.on('step.answered', keep)];
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [wizard]);
  return useCallback(() => {
    const events = buffer.current ?? [];
    buffer.current = null;
    return events;
  }, []);
}
