import { useEffect, useState } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { Banner, Button } from '../../ui';
import {
  currentStep,
  isStepId,
  restorableSnapshot,
  useCurrentStep,
  WizardActor,
  type WizardSnapshot,
} from '../../wizard';
import type { SaveState } from '../recorder';
import { recorder, startSession } from '../runtime';
import type { Incident } from '../types';

interface IncidentRecordingProps {
  /** Restarts the wizard from a stored incident's snapshot. */
  onRestore: (snapshot: WizardSnapshot) => void;
  /** False away from the checks (the log, settings), where the offer would be out of place. */
  offerResume: boolean;
}

/** Records the wizard into the log, offers to continue an unfinished incident, reports save failures. */
export default function IncidentRecording({ onRestore, offerResume }: IncidentRecordingProps) {
  const { t } = useTranslation(['log', 'ui']);
  const language = useLanguage();
  const stepWords = useStepWords();
  const wizard = WizardActor.useActorRef();
  const step = useCurrentStep();
  const [offered, setOffered] = useState<Incident | null>(null);
  const [resumedFrom, setResumedFrom] = useState<number | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => recorder.onSaveState(setSaveState), []);

  useEffect(() => {
    let detach: (() => void) | null = null;
    let cancelled = false;
    void startSession(currentStep(wizard.getSnapshot().context)).then((start) => {
      if (cancelled) return;
      if (start.kind === 'resume') {
        setResumedFrom(start.incident.startedAt);
        // The wizard restarts from the stored snapshot; this component mounts again under it.
        if (recorder.current()?.id !== start.incident.id) {
          recorder.adopt(start.incident);
          onRestore(restorableSnapshot(start.incident.snapshot, lastStepOf(start.incident)));
          return;
        }
      }
      if (start.kind === 'offer' && recorder.current() === null) {
        recorder.offer(start.incident);
        setOffered(start.incident);
      }
      detach = recorder.attach(wizard);
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [wizard, onRestore]);

  // Moving on without answering the offer starts a new incident (the recorder ends the old one).
  const [openedAtStep] = useState(step);
  const stillOnOpeningStep = step === openedAtStep;

  const continueOffered = (incident: Incident) => {
    setOffered(null);
    recorder.adopt(incident);
    onRestore(restorableSnapshot(incident.snapshot, lastStepOf(incident)));
  };

  const endOffered = (incident: Incident) => {
    setOffered(null);
    void recorder.endAsAbandoned(incident);
  };

  const offeredStep = offered && offerResume && stillOnOpeningStep ? lastStepOf(offered) : null;
  return (
    <>
      {offered && offeredStep && (
        <section className="resume-offer" aria-labelledby="resume-offer-title">
          <h2 id="resume-offer-title">{t('resume.title')}</h2>
          <p>
            {t('resume.body', {
              time: formatDateTime(offered.startedAt, language),
              step: offeredStep === 'start' ? '' : stepWords[offeredStep].title,
            })}
          </p>
          <div className="resume-actions">
            <Button variant="primary" onClick={() => continueOffered(offered)}>
              {t('resume.continue')}
            </Button>
            <Button onClick={() => endOffered(offered)}>{t('resume.end')}</Button>
          </div>
        </section>
      )}
      {resumedFrom !== null && stillOnOpeningStep && (
        <p className="calm-status" role="status">
          {t('resume.continued', { time: formatDateTime(resumedFrom, language) })}
        </p>
      )}
      {saveState.kind === 'failed' && (
        <Banner tone="alert">
          {t(`storage.${saveState.problem}`)}
          {saveState.problem === 'upgradedElsewhere' && (
            <Button variant="quiet" onClick={() => window.location.reload()}>
              {t('storage.reload')}
            </Button>
          )}
        </Banner>
      )}
    </>
  );
}

function lastStepOf(incident: Incident) {
  const last = incident.steps.at(-1)?.step;
  return last && isStepId(last) ? last : 'start';
}
