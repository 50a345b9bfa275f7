import type { ReactNode } from 'react';
import { useTranslation, useStepWords } from '../../i18n';
import { Button, Screen } from '../../ui';
import { Drawing } from '../drawings/Drawing';
import { answersOf, checkStep, type AnswerId } from '../steps';
import type { CheckId } from '../tree';
import { WizardActor } from '../WizardActor';
import { TopBar } from './TopBar';
import { WizardActions } from './WizardActions';

interface CheckScreenProps {
  id: CheckId;
  onBack: () => void;
  extras?: ReactNode;
  /** Shown above the answers. */
  aside?: ReactNode;
}

export function CheckScreen({ id, onBack, extras, aside }: CheckScreenProps) {
  const { t } = useTranslation();
  const words = useStepWords()[id];
  const step = checkStep(id);
  const wizard = WizardActor.useActorRef();
  const earlierAnswer = WizardActor.useSelector((snapshot) => snapshot.context.answers[id]);

  const answerLabel = (answer: AnswerId) => {
    if (answer === 'fixed' || answer === 'still') return t(`answers.${answer}`);
    // Questions carry their own yes/no words; the content test proves every question has them.
    return 'yes' in words ? words[answer] : answer;
  };

  return (
    <Screen
      screenKey={id}
      title={words.title}
      appName={t('appName')}
      topBar={<TopBar step={id} onBack={onBack} />}
      footer={<WizardActions canStop />}
    >
      {step.check.drawing && (
        <Drawing id={step.check.drawing} label={t(`drawings.${step.check.drawing}`)} />
      )}
      <p className="lead">{words.detail}</p>
      <p className="retry-warning">{t('retryWarning')}</p>
      {aside}
      <div className="answers">
        {answersOf(step).map(({ answer }, index) => (
          <Button
            key={answer}
            variant={index === 0 ? 'primary' : 'secondary'}
            aria-describedby={earlierAnswer === answer ? `earlier-${id}` : undefined}
            onClick={() => wizard.send({ type: `answer.${answer}` })}
          >
            {answerLabel(answer)}
            {earlierAnswer === answer && (
              // Hidden from the button's name so "Still E1" stays "Still E1"; read as its description.
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
