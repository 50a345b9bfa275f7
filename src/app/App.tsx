import { Suspense, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { firstScreenNamespaces, I18nProvider, useLanguage, useTranslation } from '../i18n';
import { IncidentRecording } from '../incidents';
import { PwaStatus } from '../pwa';
import type { AppView, LinkProblem } from '../places';
import { TrainingWizard } from '../trainer';
import {
  isCheckId,
  isOutcomeId,
  useCurrentStep,
  useWizardEventBuffer,
  WizardActor,
  type CheckId,
  type StepId,
  type WizardSnapshot,
} from '../wizard';
import { CrashScreen } from './CrashScreen';
import { EarlyTaps } from './EarlyTaps';
import { ErrorBoundary } from './ErrorBoundary';
import { LinkProblems } from './LinkProblems';
import { NotLoaded } from './NotLoaded';
import type { Opening } from './opening';
import { afterNextPaint, usePainted } from '../ui';
import { useUrlSync } from './useUrlSync';
import { preloadOutcomeExtras, ViewScreen } from './ViewScreen';

interface ShellProps {
  problems: readonly LinkProblem[];
  /** The counter's wizard was restarted from an incident in the log. */
  restored: boolean;
  view: AppView;
  showView: (view: AppView) => void;
  onRestore: (snapshot: WizardSnapshot) => void;
  /** The step of the counter's checks the page's link opened, if any. */
  linked: { step: StepId; endedAt: CheckId | null } | null;
}

function Shell({ problems, restored, view, showView, onRestore, linked }: ShellProps) {
  const { i18n } = useTranslation();
  const language = useLanguage();
  const wizard = WizardActor.useActorRef();
  const step = useCurrentStep();
  // An incident is open from the first check until an outcome: updates then wait for the person.
  const incidentOpen = isCheckId(step);
  const towardsOutcome = incidentOpen || isOutcomeId(step);
  // Practice runs on a wizard actor of its own; the counter's, and the recorder on it, stay as they are.
  const training = view.name === 'wizard' ? (view.training ?? null) : null;
  // The machine's steps carry the language on screen to the record. Before the event buffer's
  // effect, which announces the screen the wizard opened on.
  useEffect(() => {
    if (wizard.getSnapshot().context.language !== language) {
      wizard.send({ type: 'language.set', language });
    }
  }, [wizard, language]);
  const takeMissedEvents = useWizardEventBuffer();
  // The recorder and the outcome's parts are asked for once the first screen is painted: asked
  // for in its render, their loading held its buttons back by about 10 ms on a slow phone.
  // Taps in between are kept for the recorder (useWizardEventBuffer).
  const painted = usePainted();
  useEffect(() => {
    // A failed load shows where the outcome draws it (NotLoaded): the advice stays either way.
    if (towardsOutcome && painted) preloadOutcomeExtras(i18n).catch(() => undefined);
  }, [towardsOutcome, painted, i18n]);
  return (
    <>
      <PwaStatus incidentOpen={incidentOpen} />
      {/* The link's problems are known at once: the page drawn at build time says them too. */}
      <div className="notices">
        <LinkProblems problems={problems} />
      </div>
      <TrainingWizard training={training}>
        <Place view={view} showView={showView} restored={restored && !training} />
      </TrainingWizard>
      {/* What the log says a moment later (an open incident, a failed save) is pinned to the
          foot of the screen: it covers, but never moves, what the person is about to tap. */}
      <div className="pinned-notices">
        {painted && (
          <ErrorBoundary fallback={<NotLoaded part="log" />}>
            <Suspense fallback={null}>
              <IncidentRecording
                onRestore={onRestore}
                offerResume={view.name === 'wizard' && !training}
                takeMissedEvents={takeMissedEvents}
                linked={linked}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <EarlyTaps />
    </>
  );
}

/** The screen for `view`, in step with the URL, on whichever wizard actor is in charge. */
function Place({ view, showView, restored }: Pick<ShellProps, 'view' | 'showView' | 'restored'>) {
  const onBack = useUrlSync(view, showView, restored);
  return <ViewScreen view={view} onBack={onBack} />;
}

/** `opening` comes from loadOpening() (src/app/main.tsx), with its first screen's words loaded. */
export function App({ opening }: { opening: Opening }) {
  const { i18n } = opening;
  const [view, setView] = useState(opening.view);
  // Once the first screen is painted: the start screen was drawn without the steps' words, and
  // fetching them must not hold back the frame that makes its button work.
  useEffect(
    () => afterNextPaint(() => void i18n.loadNamespaces([...firstScreenNamespaces])),
    [i18n],
  );
  // A new key restarts the wizard actor, from a stored incident's snapshot when one resumes.
  const [wizardStart, setWizardStart] = useState(() => ({ key: 0, snapshot: opening.snapshot }));
  // The view stays: "Continue it" is offered on the checks already, and a reload on a detour
  // (settings, the log) that continues the incident behind it keeps the detour on screen.
  // A link to a step of the counter's checks (not a page, a handoff or practice).
  const [linked] = useState(() =>
    opening.view.name === 'wizard' && !opening.view.training && opening.step !== 'start'
      ? { step: opening.step, endedAt: opening.endedAt }
      : null,
  );
  const restore = useCallback((snapshot: WizardSnapshot) => {
    // Drawn before this task ends: a tap can then only reach the restarted wizard, never the one
    // the decision to restart was made on (which would lose it).
    flushSync(() => setWizardStart((previous) => ({ key: previous.key + 1, snapshot })));
  }, []);
  return (
    <I18nProvider i18n={i18n}>
      <ErrorBoundary fallback={<CrashScreen />}>
        <WizardActor.Provider key={wizardStart.key} options={{ snapshot: wizardStart.snapshot }}>
          <Shell
            problems={opening.problems}
            restored={wizardStart.key > 0}
            view={view}
            showView={setView}
            onRestore={restore}
            linked={linked}
          />
        </WizardActor.Provider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
