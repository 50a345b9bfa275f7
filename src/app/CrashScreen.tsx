import { useTranslation } from '../i18n';
import { Button, Screen } from '../ui';

export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <Screen screenKey="crash" title={t('crash.title')} appName={t('appName')} topBar={null}>
      <p className="lead">{t('crash.lead')}</p>
      <Button variant="primary" onClick={() => window.location.assign(window.location.pathname)}>
        {t('crash.action')}
      </Button>
    </Screen>
  );
}
