import type { ReactNode } from 'react';
import { useTranslation, useStepWords } from '../../i18n';
import { Button, Screen } from '../../ui';
import { Drawing } from '../drawings/Drawing';
import { answersOf, checkStep } from '../steps';
import type { CheckId } from '../tree';
import { answerLabel } from '../words';
import { WizardActor } from '../WizardActor';
import { TopBar } from './TopBar';
import { WizardActions } from './WizardActions';

interface CheckScreenProps {
  id: CheckId;
  onBack: () => void;
  extras?: ReactNode;
  /** Shown above the answers. */
  aside?: ReactNode;
  confirmRestart?: boolean;
}

export function CheckScreen({ id, onBack, extras, aside, confirmRestart }: CheckScreenProps) {
  const { t } = useTranslation();
  const allWords = useStepWords();
  const words = allWords[id];
  const step = checkStep(id);
  const wizard = WizardActor.useActorRef();
  const earlierAnswer = WizardActor.useSelector((snapshot) => snapshot.context.answers[id]);

  return (
    <Screen
      screenKey={id}
      title={words.title}
      appName={t('appName')}
      topBar={<TopBar step={id} onBack={onBack} />}
      footer={<WizardActions step={id} confirmRestart={confirmRestart} />}
    >
      {step.check.drawing && (
        <Drawing id={step.check.drawing} label={t(`drawings.${step.check.drawing}`)} />
      )}
      <p className="lead">{words.detail}</p>
      {step.check.kind === 'payment' && <p className="retry-warning">{t('retryWarning')}</p>}
      {step.check.kind === 'signin' && <p className="hint">{t('signinNote')}</p>}
      {'checklist' in words && (
        <>
          <h2 id="have-ready">{t('outcome.checklistTitle')}</h2>
          <ul className="checklist" aria-labelledby="have-ready">
            {words.checklist.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {aside}
      <div className="answers">
        {answersOf(step).map(({ answer }, index) => (
          <Button
            key={answer}
            variant={index === 0 ? 'primary' : 'secondary'}
            aria-describedby={earlierAnswer === answer ? `earlier-${id}` : undefined}
            onClick={() => wizard.send({ type: `answer.${answer}` })}
          >
            {answerLabel(allWords, id, answer)}
            {earlierAnswer === answer && (
              // Hidden from the button's name so the answer keeps its name; read as its description.
              <span className="earlier-answer" id={`earlier-${id}`} aria-hidden="true">
                {t('earlierAnswer')}
              </span>
            )}
          </Button>
        ))}
      </div>
      {extras}
    </Screen>
  );
}
