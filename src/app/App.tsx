import { Suspense, useCallback, useState } from 'react';
import { createI18n, I18nProvider, preferredLanguage, rememberedLanguage } from '../i18n';
import { IncidentRecording } from '../incidents';
import { PwaStatus } from '../pwa';
import { parseLocation, type AppView, type LinkProblem } from '../share';
import { isCheckId, snapshotAt, useCurrentStep, WizardActor, type WizardSnapshot } from '../wizard';
import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { LinkProblems } from './LinkProblems';
import { useUrlSync } from './useUrlSync';
import { ViewScreen } from './ViewScreen';

/** Where the app opens: the link's place and language, else the saved or the device's language. */
function readOpeningLink() {
  const link = parseLocation(window.location.search);
  const language = link.lang ?? rememberedLanguage() ?? preferredLanguage(navigator.languages);
  return { ...link, language };
}

interface ShellProps {
  problems: readonly LinkProblem[];
  view: AppView;
  showView: (view: AppView) => void;
  onRestore: (snapshot: WizardSnapshot) => void;
}

function Shell({ problems, view, showView, onRestore }: ShellProps) {
  const onBack = useUrlSync(view, showView);
  // An incident is open from the first check until an outcome: updates then wait for the person.
  const incidentOpen = isCheckId(useCurrentStep());
  return (
    <>
      <PwaStatus incidentOpen={incidentOpen} />
      <div className="notices">
        <LinkProblems problems={problems} />
        <Suspense fallback={null}>
          <IncidentRecording onRestore={onRestore} offerResume={view.name === 'wizard'} />
        </Suspense>
      </div>
      <ViewScreen view={view} onBack={onBack} />
    </>
  );
}

export function App() {
  const [opening] = useState(readOpeningLink);
  const [i18n] = useState(() => createI18n(opening.language));
  const [view, setView] = useState(opening.view);
  // A new key restarts the wizard actor, from a stored incident's snapshot when one resumes.
  const [wizardStart, setWizardStart] = useState(() => ({
    key: 0,
    snapshot: snapshotAt(opening.step, opening.endedAt ?? undefined),
  }));
  const restore = useCallback((snapshot: WizardSnapshot) => {
    setView({ name: 'wizard' });
    setWizardStart((previous) => ({ key: previous.key + 1, snapshot }));
  }, []);
  return (
    <I18nProvider i18n={i18n}>
      <ErrorBoundary fallback={<CrashScreen />}>
        <WizardActor.Provider key={wizardStart.key} options={{ snapshot: wizardStart.snapshot }}>
          <Shell problems={opening.problems} view={view} showView={setView} onRestore={restore} />
        </WizardActor.Provider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
