import { Suspense, type ReactNode } from 'react';
import { CodeTable } from '../codes';
import { useLanguage, useTranslation, type I18n } from '../i18n';
import {
  IncidentScreen,
  LogScreen,
  OutcomeHandoff,
  OutcomeNote,
  preloadOutcomeParts,
  ProviderCard,
  SettingsScreen,
  StatsScreen,
  type HandoffSlot,
} from '../incidents';
import { HandoffPanel, HandoffScreen, ShareStep, StepIndexScreen } from '../share';
import { placeHref, type AppView } from '../places';
import {
  AttemptScreen,
  FlowchartScreen,
  PracticeScreen,
  ReferenceScreen,
  TrainingView,
} from '../trainer';
import { InAppLink } from '../ui';
import { isCheckId, StepView, type StepId } from '../wizard';
import { CodeAside, CodesPage, codesHref } from './CodesPage';
import { ErrorBoundary } from './ErrorBoundary';
import { NotLoaded } from './NotLoaded';
import { BackToTheWalk, PageBar } from './PageBar';

/** The way from the start screen to the log and settings, quiet under the main button. */
function StartLinks() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sections = ['log', 'stats', 'settings'] as const;
  return (
    <nav className="start-links" aria-label={t('menu.label')}>
      <InAppLink href={codesHref(null, lang)}>{t('codes.startLink')}</InAppLink>
      {sections.map((name) => (
        <InAppLink
          key={name}
          href={placeHref({ view: { name }, step: 'start', lang, endedAt: null })}
        >
          {t(`menu.${name}`)}
        </InAppLink>
      ))}
      <InAppLink href={placeHref({ view: { name: 'steps' }, step: 'start', lang, endedAt: null })}>
        {t('share.stepIndex')}
      </InAppLink>
    </nav>
  );
}

/** The trainer's way in from the start screen: the flowchart, practice and the printable sheet. */
function TrainerLinks() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const views = [
    { name: 'flowchart' },
    { name: 'practice' },
    { name: 'reference', page: 'quick' },
  ] as const;
  return (
    <nav className="start-links trainer-links" aria-label={t('menu.trainer')}>
      <span className="start-links-label" aria-hidden="true">
        {t('menu.trainer')}:
      </span>
      {views.map((view) => (
        <InAppLink key={view.name} href={placeHref({ view, step: 'start', lang, endedAt: null })}>
          {t(`menu.${view.name}`)}
        </InAppLink>
      ))}
    </nav>
  );
}

/**
 * The outcomes whose advice is to call the provider: escalated, a suspected card misuse (its risk
 * procedure) and a repair. They show the provider's number and the summary for support.
 */
const outcomesForSupport: readonly StepId[] = [
  'outcome.escalated',
  'outcome.security-stop',
  'outcome.repair',
];

/** The share feature's summary for support, where the log shows an incident. */
const handoffPanel: HandoffSlot = ({ incident, terminal }) => (
  <Suspense fallback={null}>
    <HandoffPanel incident={incident} terminal={terminal} />
  </Suspense>
);

/**
 * Loads what an outcome adds from the log and share features, code and words, while the checks
 * are walked: the outcome then draws its note, the provider and the summary with its first frame.
 */
export function preloadOutcomeExtras(i18n: I18n): Promise<unknown> {
  return Promise.all([
    preloadOutcomeParts(),
    HandoffPanel.preload(),
    i18n.loadNamespaces(['log', 'share']),
  ]);
}

/** What the log features add to wizard screens: the provider's number, a note, the way to the log. */
function wizardExtras(step: StepId): ReactNode {
  if (step === 'start') {
    return (
      <>
        <StartLinks />
        <TrainerLinks />
      </>
    );
  }
  const sendsToSupport = outcomesForSupport.includes(step);
  const needsProvider = step === 'escalate.call' || sendsToSupport;
  const isOutcome = step.startsWith('outcome.');
  const shareable = isCheckId(step);
  if (!needsProvider && !isOutcome && !shareable) return null;
  // A boundary each: what waits for its code (or the database) never hides what is drawn already,
  // such as the share button a link's check is opened with (src/app/opening.ts preloads it). Code
  // that cannot load never takes the step's advice off the screen.
  return (
    <>
      <ErrorBoundary fallback={<NotLoaded part="outcomeParts" />}>
        <Suspense fallback={null}>
          {needsProvider && <ProviderCard />}
          {isOutcome && <OutcomeNote />}
          {sendsToSupport && <OutcomeHandoff handoff={handoffPanel} />}
        </Suspense>
      </ErrorBoundary>
      {shareable && (
        // Without its code the check simply has no share button: the counter does not need it.
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <ShareStep step={step} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}

/** What other features show above a step's answers: the response code it is about. */
function wizardAside(step: StepId): ReactNode {
  return step === 'start' ? null : <CodeAside step={step} />;
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
  if (view.name === 'wizard' && view.training) {
    return (
      <Suspense fallback={<Loading />}>
        <TrainingView training={view.training} onBack={onBack} />
      </Suspense>
    );
  }
  if (view.name === 'wizard') {
    // At the counter a check always has an incident open: starting again ends it, so it asks.
    return <StepView onBack={onBack} extras={wizardExtras} aside={wizardAside} confirmRestart />;
  }
  const topBar = <PageBar current={view.name} />;
  return (
    <Suspense fallback={<Loading />}>
      {view.name === 'log' && <LogScreen topBar={topBar} />}
      {view.name === 'incident' && (
        <IncidentScreen topBar={topBar} id={view.id} handoff={handoffPanel} />
      )}
      {view.name === 'stats' && <StatsScreen topBar={topBar} />}
      {view.name === 'settings' && <SettingsScreen topBar={topBar} afterSave={<BackToTheWalk />} />}
      {view.name === 'steps' && <StepIndexScreen topBar={topBar} />}
      {/* The trainer's pages bring their own bar: flowchart, practice, reference. */}
      {view.name === 'flowchart' && <FlowchartScreen show={view.show} />}
      {view.name === 'practice' && <PracticeScreen />}
      {view.name === 'attempt' && <AttemptScreen key={view.id} id={view.id} />}
      {view.name === 'reference' && (
        <ReferenceScreen
          page={view.page}
          codes={
            <Suspense fallback={null}>
              <CodeTable />
            </Suspense>
          }
        />
      )}
      {view.name === 'codes' && <CodesPage key={view.code ?? ''} code={view.code} />}
      {view.name === 'handoff' && (
        <HandoffScreen key={view.data} topBar={topBar} data={view.data} />
      )}
    </Suspense>
  );
}
