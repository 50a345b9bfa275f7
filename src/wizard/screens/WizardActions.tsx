import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { firstCheckOf, stageIds } from '../steps';
import { WizardActor } from '../WizardActor';

/** The quiet actions under a check: jump to a stage, start again, stop here. */
export function WizardActions({ canStop }: { canStop: boolean }) {
  const { t } = useTranslation();
  const wizard = WizardActor.useActorRef();
  return (
    <>
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
        {canStop && (
          <Button variant="quiet" onClick={() => wizard.send({ type: 'nav.abandon' })}>
            {t('nav.abandon')}
          </Button>
        )}
      </div>
    </>
  );
}
