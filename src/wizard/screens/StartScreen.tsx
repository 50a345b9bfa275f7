import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { Button, Screen } from '../../ui';
import { WizardActor } from '../WizardActor';
import { TopBar } from './TopBar';
import { WizardActions } from './WizardActions';

interface StartScreenProps {
  onBack: () => void;
  extras?: ReactNode;
  /** Shown above the main button. */
  aside?: ReactNode;
}

export function StartScreen({ onBack, extras, aside }: StartScreenProps) {
  const { t, i18n } = useTranslation();
  const wizard = WizardActor.useActorRef();
  // The start screen is drawn before the steps' words arrive; a tap waits for them, not lost.
  const begin = () =>
    void i18n.loadNamespaces('steps').then(() => wizard.send({ type: 'nav.start' }));
  return (
    <Screen
      screenKey="start"
      title={t('start.title')}
      appName={t('appName')}
      topBar={<TopBar step="start" onBack={onBack} />}
      footer={<WizardActions step="start" />}
    >
      <p className="lead">{t('start.lead')}</p>
      {aside}
      <Button variant="primary" onClick={begin}>
        {t('start.begin')}
      </Button>
      <p className="hint">{t('start.note')}</p>
      {extras}
    </Screen>
  );
}
