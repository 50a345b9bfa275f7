import { useEffect, useState } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { Banner, Button, InAppLink } from '../../ui';
import {
  currentStep,
  isStepId,
  jumpedSnapshot,
  restorableSnapshot,
  snapshotAt,
  useCurrentStep,
  WizardActor,
  type CheckId,
  type StepId,
  type TimedWizardEvent,
  type WizardSnapshot,
} from '../../wizard';
import {
  chooseForLinkedStep,
  linkedStepChoice,
  linkJoinsIncident,
  type LinkedStepChoice,
} from '../linkedStep';
import type { SaveState } from '../recorder';
import { incidentLeftOpen, recorder } from '../runtime';
import type { Incident } from '../../db';

interface IncidentRecordingProps {
  /** Restarts the wizard from a stored incident's snapshot. */
  onRestore: (snapshot: WizardSnapshot) => void;
  /** False away from the checks (the log, settings), where the offer would be out of place. */
  offerResume: boolean;
  /** What the wizard said before this component's code had loaded (see useWizardEventBuffer). */
  takeMissedEvents: () => TimedWizardEvent[];
  /** The step a link opened this page at (the counter's checks, not training), if any. */
  linked: { step: StepId; endedAt: CheckId | null } | null;
}

/** Records the wizard into the log, offers to continue an unfinished incident, reports save failures. */
export default function IncidentRecording({
  onRestore,
  offerResume,
  takeMissedEvents,
  linked,
}: IncidentRecordingProps) {
  const { t } = useTranslation(['log', 'ui']);
  const language = useLanguage();
  const stepWords = useStepWords();
  const wizard = WizardActor.useActorRef();
  const step = useCurrentStep();
  const [offered, setOffered] = useState<Incident | null>(null);
  const [resumedFrom, setResumedFrom] = useState<number | null>(null);
  const [offerEnded, setOfferEnded] = useState(false);
  const [linkChoice, setLinkChoice] = useState<LinkedStepChoice | null>(null);
  const [moved, setMoved] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => recorder.onSaveState(setSaveState), []);

  // Once the person moves on, a choice left unmade stands.
  useEffect(() => {
    const subscriptions = [
      wizard.on('step.shown', () => setMoved(true)),
      wizard.on('step.answered', () => setMoved(true)),
    ];
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [wizard]);

  useEffect(() => {
    let detach: (() => void) | null = null;
    let cancelled = false;
    void incidentLeftOpen().then((leftOpen) => {
      if (cancelled) return;
      const missed = takeMissedEvents();
      const [opening, ...moves] = missed;
      const openedOn =
        opening?.event.type === 'step.shown'
          ? opening.event.step
          : currentStep(wizard.getSnapshot().context);
      // A tap made while this code loaded: the person has moved on already.
      if (moves.length > 0) setMoved(true);
      const chosen = linkedStepChoice();
      if (chosen) {
        // The wizard restarted for the choice on a linked step: the recorder knows which incident.
        setLinkChoice(chosen);
      } else if (leftOpen && recorder.current()?.id === leftOpen.id) {
        setResumedFrom(leftOpen.startedAt);
      } else if (leftOpen && lastStepOf(leftOpen) === openedOn) {
        // Reopened on the step it stopped at: it simply continues.
        setResumedFrom(leftOpen.startedAt);
        recorder.adopt(leftOpen);
        // Restore the wizard's exact state (trail, answers) unless the person has already moved on.
        if (moves.length === 0) {
          onRestore(restorableSnapshot(leftOpen.snapshot, openedOn));
          return;
        }
      } else if (leftOpen && linked && openedOn !== 'start' && recorder.current() === null) {
        // A step link opened while an incident is open: see linkJoinsIncident for the default.
        const joined = linkJoinsIncident(leftOpen, Date.now());
        const made = { incident: leftOpen, ...linked, joined };
        chooseForLinkedStep(made);
        setLinkChoice(made);
        if (joined) {
          recorder.adopt(leftOpen);
          // The walk so far, then the jump to the linked step, unless the person already moved.
          if (moves.length === 0) {
            onRestore(
              jumpedSnapshot(
                leftOpen.snapshot,
                lastStepOf(leftOpen),
                linked.step,
                linked.endedAt ?? undefined,
              ),
            );
            return;
          }
        } else {
          void recorder.endAsAbandoned(leftOpen);
        }
      } else if (leftOpen && recorder.current() === null) {
        recorder.offer(leftOpen);
        setOffered(leftOpen);
      }
      detach = recorder.attach(wizard, missed);
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [wizard, onRestore, takeMissedEvents, linked]);

  // Moving on without answering the offer starts a new incident (the recorder ends the old one).
  const [openedAtStep] = useState(step);
  const stillOnOpeningStep = step === openedAtStep;

  const continueOffered = (incident: Incident) => {
    setOffered(null);
    recorder.adopt(incident);
    onRestore(restorableSnapshot(incident.snapshot, lastStepOf(incident)));
  };

  const endOffered = async (incident: Incident) => {
    setOffered(null);
    await recorder.endAsAbandoned(incident);
    // Said once written, so the log already lists it when the person follows the link.
    setOfferEnded(true);
  };

  /** Records the linked step in the incident that was open: its walk, then the jump. */
  const joinLinked = (made: LinkedStepChoice) => {
    chooseForLinkedStep({ ...made, joined: true });
    recorder.adopt(made.incident);
    onRestore(
      jumpedSnapshot(
        made.incident.snapshot,
        lastStepOf(made.incident),
        made.step,
        made.endedAt ?? undefined,
      ),
    );
  };

  /** Keeps the linked step apart: a new incident from it; the one that was open ends as stopped. */
  const separateLinked = (made: LinkedStepChoice) => {
    chooseForLinkedStep({ ...made, joined: false });
    void recorder.separate(made.incident);
    onRestore(snapshotAt(made.step, made.endedAt ?? undefined));
  };

  const offeredStep = offered && offerResume && stillOnOpeningStep ? lastStepOf(offered) : null;
  const linkTime = linkChoice && formatDateTime(linkChoice.incident.startedAt, language);
  return (
    <>
      {linkChoice && linkTime && offerResume && !moved && (
        <div className="link-choice">
          <p role="status">
            {linkChoice.joined
              ? t('link.joined', { time: linkTime })
              : t('link.separated', { time: linkTime })}
          </p>
          <Button
            variant="quiet"
            onClick={() =>
              linkChoice.joined ? separateLinked(linkChoice) : joinLinked(linkChoice)
            }
          >
            {linkChoice.joined ? t('link.separate') : t('link.join')}
          </Button>
        </div>
      )}
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
            <Button onClick={() => void endOffered(offered)}>{t('resume.end')}</Button>
          </div>
        </section>
      )}
      {offerEnded && offerResume && stillOnOpeningStep && (
        <p className="calm-status" role="status">
          {t('resume.ended')}{' '}
          <InAppLink
            href={placeHref({
              view: { name: 'log' },
              step: 'start',
              lang: language,
              endedAt: null,
            })}
          >
            {t('resume.openLog')}
          </InAppLink>
        </p>
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
