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
  const { t } = useTranslation();
  const wizard = WizardActor.useActorRef();
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
      <Button variant="primary" onClick={() => wizard.send({ type: 'nav.start' })}>
        {t('start.begin')}
      </Button>
      <p className="hint">{t('start.note')}</p>
      {extras}
    </Screen>
  );
}
