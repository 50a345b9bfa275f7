import type { ReactNode } from 'react';
import { isCheckId } from '../steps';
import type { StepId } from '../tree';
import { useCurrentStep } from '../WizardActor';
import { CheckScreen } from './CheckScreen';
import { OutcomeScreen } from './OutcomeScreen';
import { StartScreen } from './StartScreen';

interface StepViewProps {
  /** Lets the app keep Back and the browser's back button agreed. */
  onBack: () => void;
  /** What other features add below a step's own content (the log's note, the provider's number). */
  extras?: (step: StepId) => ReactNode;
  /** What another feature shows above a step's answers (the trainer's scenario panel). */
  aside?: (step: StepId) => ReactNode;
  /** "Start again" asks first: it would end the incident open at the counter. */
  confirmRestart?: boolean;
}

/** The screen for wherever the wizard is. */
export function StepView({ onBack, extras, aside, confirmRestart = false }: StepViewProps) {
  const step = useCurrentStep();
  const added = extras?.(step);
  const above = aside?.(step);
  if (step === 'start') return <StartScreen onBack={onBack} extras={added} aside={above} />;
  if (isCheckId(step)) {
    return (
      <CheckScreen
        key={step}
        id={step}
        onBack={onBack}
        extras={added}
        aside={above}
        confirmRestart={confirmRestart}
      />
    );
  }
  return <OutcomeScreen key={step} id={step} onBack={onBack} extras={added} aside={above} />;
}
