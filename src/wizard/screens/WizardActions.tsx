import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { chargedCheckId, firstCheckOf, stageIds } from '../steps';
import type { StepId } from '../tree';
import { WizardActor } from '../WizardActor';

interface WizardActionsProps {
  step: StepId;
  /**
   * "Start again" asks first: at the counter it ends the open incident (as stopped). Practice
   * has no incident to end, so it starts again at once.
   */
  confirmRestart?: boolean;
}

/** The quiet actions under a check: the charged question, jump to a stage, start again, stop. */
export function WizardActions({ step, confirmRestart = false }: WizardActionsProps) {
  const { t } = useTranslation();
  const wizard = WizardActor.useActorRef();
  const onCheck = step !== 'start';
  return (
    <>
      {onCheck && step !== chargedCheckId && (
        <Button variant="quiet" onClick={() => wizard.send({ type: 'nav.charged' })}>
          {t('nav.charged')}
        </Button>
      )}
      <details className="stage-jump">
        <summary>{t('nav.jump')}</summary>
        <nav aria-label={t('nav.stagesLabel')}>
          <ol>
            {stageIds.map((stage) => (
              <li key={stage}>
                <Button
                  variant="quiet"
                  onClick={() => wizard.send({ type: 'nav.goto', step: firstCheckOf(stage) })}
                >
                  {t(`stages.${stage}`)}
                </Button>
              </li>
            ))}
          </ol>
        </nav>
      </details>
      {/* On the start screen there is nothing to start again or stop. */}
      {onCheck && (
        <div className="quiet-actions">
          <StartAgain confirm={confirmRestart} />
          <Button variant="quiet" onClick={() => wizard.send({ type: 'nav.abandon' })}>
            {t('nav.abandon')}
          </Button>
        </div>
      )}
    </>
  );
}

/** "Start again", which asks first when `confirm`; the question takes focus, and gives it back. */
function StartAgain({ confirm }: { confirm: boolean }) {
  const { t } = useTranslation();
  const wizard = WizardActor.useActorRef();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const startAgain = useRef<HTMLButtonElement>(null);
  const askedOnce = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (askedOnce.current) startAgain.current?.focus();
    askedOnce.current ||= asking;
  }, [asking]);

  const restart = () => wizard.send({ type: 'nav.restart' });
  if (!asking) {
    return (
      <Button
        ref={startAgain}
        variant="quiet"
        onClick={() => (confirm ? setAsking(true) : restart())}
      >
        {t('nav.restart')}
      </Button>
    );
  }
  return (
    <div className="restart-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} ref={question} tabIndex={-1}>
        {t('nav.restartConfirm')}
      </p>
      <Button variant="primary" onClick={restart}>
        {t('nav.restartYes')}
      </Button>
      <Button onClick={() => setAsking(false)}>{t('nav.restartNo')}</Button>
    </div>
  );
}
