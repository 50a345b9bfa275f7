import { isCheckId } from '../steps';
import { useCurrentStep } from '../WizardActor';
import { CheckScreen } from './CheckScreen';
import { OutcomeScreen } from './OutcomeScreen';
import { StartScreen } from './StartScreen';

/** The screen for wherever the wizard is. `onBack` lets the app keep Back and the browser agreed. */
export function StepView({ onBack }: { onBack: () => void }) {
  const step = useCurrentStep();
  if (step === 'start') return <StartScreen onBack={onBack} />;
  if (isCheckId(step)) return <CheckScreen key={step} id={step} onBack={onBack} />;
  return <OutcomeScreen key={step} id={step} onBack={onBack} />;
}
