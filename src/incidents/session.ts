// Wires this page's recording to the counter's wizard actor: once the log has been read, resume.ts
// decides which incident the page records into, then the recorder listens. The screen that shows
// the offer, the link choice and storage problems (screens/IncidentRecording) only draws this.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { stepShown, WizardActor, type TimedWizardEvent, type WizardSnapshot } from '../wizard';
import type { Incident } from '../db';
import type { LinkedStepChoice } from './linkedStep';
import type { LinkedStep, ResumeNotice } from './resume';
import { incidentsAtStart, queue, recorder, resume } from './runtime';
import type { SaveState } from './writeQueue';

export interface SessionOptions {
  /** Restarts the wizard from a snapshot (a stored incident's, or a linked step's). */
  onRestore: (snapshot: WizardSnapshot) => void;
  /** What the wizard said before this code had loaded (see useWizardEventBuffer). */
  takeMissedEvents: () => TimedWizardEvent[];
  /** The step a link opened this page at (the counter's checks, not training), if any. */
  linked: LinkedStep | null;
}

export interface Session {
  notice: ResumeNotice;
  /** The person has moved on since the page opened: a choice left unmade stands. */
  moved: boolean;
  /** The offered incident was ended on request, and is written. */
  offerEnded: boolean;
  saveState: SaveState;
  continueOffered: (incident: Incident) => void;
  endOffered: (incident: Incident) => Promise<void>;
  joinLinked: (choice: LinkedStepChoice) => void;
  separateLinked: (choice: LinkedStepChoice) => void;
}

/** Records the counter's wizard into the log, for as long as the calling component is mounted. */
export function useIncidentSession({
  onRestore,
  takeMissedEvents,
  linked,
}: SessionOptions): Session {
  const wizard = WizardActor.useActorRef();
  const [notice, setNotice] = useState<ResumeNotice>({ kind: 'none' });
  const [moved, setMoved] = useState(false);
  const [offerEnded, setOfferEnded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => queue.onState(setSaveState), []);

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
    void incidentsAtStart().then((found) => {
      if (cancelled) return;
      const missed = takeMissedEvents();
      const [opening, ...moves] = missed;
      // The buffer always starts with the screen the wizard opened on; without one, it is there.
      const openedOn =
        opening?.event.type === 'step.shown'
          ? opening.event
          : stepShown(wizard.getSnapshot().context);
      // A tap made while this code loaded: the person has moved on already.
      if (moves.length > 0) setMoved(true);
      const opened = resume.open({ found, openedOn, movedAlready: moves.length > 0, linked });
      setNotice(opened.notice);
      if (opened.restore) {
        onRestore(opened.restore);
        return;
      }
      const stopRecording = recorder.attach(wizard, missed);
      const movedOn = wizard.on('step.shown', () => resume.moved());
      detach = () => {
        stopRecording();
        movedOn.unsubscribe();
      };
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [wizard, onRestore, takeMissedEvents, linked]);

  const continueOffered = useCallback(
    (incident: Incident) => {
      setNotice({ kind: 'none' });
      onRestore(resume.continueOffered(incident));
    },
    [onRestore],
  );
  const endOffered = useCallback(async (incident: Incident) => {
    setNotice({ kind: 'none' });
    await resume.endOffered(incident);
    // Said once written, so the log already lists it when the person follows the link.
    setOfferEnded(true);
  }, []);
  const joinLinked = useCallback(
    (choice: LinkedStepChoice) => onRestore(resume.joinLinked(choice)),
    [onRestore],
  );
  const separateLinked = useCallback(
    (choice: LinkedStepChoice) => onRestore(resume.separateLinked(choice)),
    [onRestore],
  );
  return {
    notice,
    moved,
    offerEnded,
    saveState,
    continueOffered,
    endOffered,
    joinLinked,
    separateLinked,
  };
}

const subscribeToRecorder = (onChange: () => void) => recorder.onChange(onChange);
const recordedIncident = () => recorder.current();

/** The incident being recorded (on an outcome: the one that just ended), kept up to date. */
export function useRecordedIncident(): Incident | null {
  return useSyncExternalStore(subscribeToRecorder, recordedIncident);
}
