import { useState } from 'react';
import { createI18n, I18nProvider, preferredLanguage, rememberedLanguage } from '../i18n';
import { parseWizardLocation, type LinkProblem } from '../share';
import { snapshotAt, StepView, WizardActor } from '../wizard';
import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { LinkProblems } from './LinkProblems';
import { useUrlSync } from './useUrlSync';

/** Where the app opens: the link's step and language, else the saved or the device's language. */
function readOpeningLink() {
  const link = parseWizardLocation(window.location.search);
  const language = link.lang ?? rememberedLanguage() ?? preferredLanguage(navigator.languages);
  return { ...link, language };
}

function Wizard({ problems }: { problems: readonly LinkProblem[] }) {
  const onBack = useUrlSync();
  return (
    <>
      <LinkProblems problems={problems} />
      <StepView onBack={onBack} />
    </>
  );
}

export function App() {
  const [opening] = useState(readOpeningLink);
  const [i18n] = useState(() => createI18n(opening.language));
  const [snapshot] = useState(() => snapshotAt(opening.step, opening.endedAt ?? undefined));
  return (
    <I18nProvider i18n={i18n}>
      <ErrorBoundary fallback={<CrashScreen />}>
        <WizardActor.Provider options={{ snapshot }}>
          <Wizard problems={opening.problems} />
        </WizardActor.Provider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
