import type { ReactNode } from 'react';
import { useStepWords, useTranslation } from '../../i18n';
import { Button, Screen } from '../../ui';
import type { OutcomeId } from '../tree';
import { outcomeText } from '../words';
import { WizardActor } from '../WizardActor';
import { TopBar } from './TopBar';

/** What happened, what to do now, and what next. */
interface OutcomeScreenProps {
  id: OutcomeId;
  onBack: () => void;
  extras?: ReactNode;
  /** Shown under what happened, above what to do now. */
  aside?: ReactNode;
}

export function OutcomeScreen({ id, onBack, extras, aside }: OutcomeScreenProps) {
  const { t } = useTranslation();
  const allWords = useStepWords();
  const wizard = WizardActor.useActorRef();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  const via = WizardActor.useSelector((snapshot) => snapshot.context.via);
  const words = outcomeText(allWords, id, via);

  const endedAtLine =
    endedAt && id === 'outcome.fixed'
      ? t('outcome.fixedBy', { check: allWords[endedAt].title })
      : endedAt && id === 'outcome.abandoned'
        ? t('outcome.endedAt', { check: allWords[endedAt].title })
        : null;

  return (
    <Screen
      screenKey={id}
      title={words.title}
      appName={t('appName')}
      topBar={<TopBar step={id} onBack={onBack} />}
    >
      <p className="lead">{words.lead}</p>
      {endedAtLine && <p className="ended-at">{endedAtLine}</p>}
      <p className="tell">
        <strong>{t('outcome.tell')}:</strong> {words.tell}
      </p>
      {aside}
      <h2 id="what-now">{t('outcome.whatNow')}</h2>
      <ol className="todo" aria-labelledby="what-now">
        {words.todo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {extras}
      <Button variant="primary" onClick={() => wizard.send({ type: 'nav.restart' })}>
        {t('outcome.newIncident')}
      </Button>
    </Screen>
  );
}
