import { Suspense, type ReactNode } from 'react';
import { useLanguage, useTranslation } from '../i18n';
import {
  IncidentScreen,
  LogScreen,
  OutcomeNote,
  ProviderCard,
  SettingsScreen,
  StatsScreen,
} from '../incidents';
import { locationSearch, type AppView } from '../share';
import { InAppLink } from '../ui';
import { StepView, type StepId } from '../wizard';
import { PageBar } from './PageBar';

/** The way from the start screen to the log and settings, quiet under the main button. */
function StartLinks() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sections = ['log', 'stats', 'settings'] as const;
  return (
    <nav className="start-links" aria-label={t('menu.label')}>
      {sections.map((name) => (
        <InAppLink
          key={name}
          href={locationSearch({ view: { name }, step: 'start', lang, endedAt: null })}
        >
          {t(`menu.${name}`)}
        </InAppLink>
      ))}
    </nav>
  );
}

/** What the log features add to wizard screens: the provider's number, a note, the way to the log. */
function wizardExtras(step: StepId): ReactNode {
  if (step === 'start') return <StartLinks />;
  const needsProvider =
    step === 'escalate.call' || step === 'outcome.escalated' || step === 'outcome.security-stop';
  const isOutcome = step.startsWith('outcome.');
  if (!needsProvider && !isOutcome) return null;
  return (
    <Suspense fallback={null}>
      {needsProvider && <ProviderCard />}
      {isOutcome && <OutcomeNote />}
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="calm-status" role="status">
      {t('loading')}
    </p>
  );
}

export function ViewScreen({ view, onBack }: { view: AppView; onBack: () => void }) {
  if (view.name === 'wizard') return <StepView onBack={onBack} extras={wizardExtras} />;
  const topBar = <PageBar current={view.name} />;
  return (
    <Suspense fallback={<Loading />}>
      {view.name === 'log' && <LogScreen topBar={topBar} />}
      {view.name === 'incident' && <IncidentScreen topBar={topBar} id={view.id} />}
      {view.name === 'stats' && <StatsScreen topBar={topBar} />}
      {view.name === 'settings' && <SettingsScreen topBar={topBar} />}
    </Suspense>
  );
}
