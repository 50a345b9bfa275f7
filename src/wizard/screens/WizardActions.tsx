import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { chargedCheckId, firstCheckOf, stageIds } from '../steps';
import type { StepId } from '../tree';
import { WizardActor } from '../WizardActor';

/** The quiet actions under a check: the charged question, jump to a stage, start again, stop. */
export function WizardActions({ step }: { step: StepId }) {
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
      <div className="quiet-actions">
        <Button variant="quiet" onClick={() => wizard.send({ type: 'nav.restart' })}>
          {t('nav.restart')}
        </Button>
        {onCheck && (
          <Button variant="quiet" onClick={() => wizard.send({ type: 'nav.abandon' })}>
            {t('nav.abandon')}
          </Button>
        )}
      </div>
    </>
  );
}
