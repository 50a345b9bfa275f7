// The recorder and the database for this page: one of each, shared by the screens that load them.
import { isLanguage, type Language } from '../i18n';
import { db } from './db';
import { openIncident } from './queries';
import { IncidentRecorder } from './recorder';
import type { Incident } from './types';

/** i18n keeps <html lang> on the current language; the recorder stamps new incidents with it. */
const pageLanguage = (): Language => {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : 'en';
};

export const recorder = new IncidentRecorder(db, { language: pageLanguage });

export type SessionStart =
  | { kind: 'record' }
  | { kind: 'resume'; incident: Incident }
  | { kind: 'offer'; incident: Incident };

let sessionStart: Promise<SessionStart> | null = null;

/**
 * Decided once per page load: an incident left open (a reload, a closed tab, lost power) resumes
 * by itself when the page reopened on its step, and is offered otherwise.
 */
export function startSession(openedAt: string): Promise<SessionStart> {
  sessionStart ??= openIncident(db).then(
    (incident): SessionStart => {
      if (!incident) return { kind: 'record' };
      const lastStep = incident.steps.at(-1)?.step;
      return lastStep === openedAt ? { kind: 'resume', incident } : { kind: 'offer', incident };
    },
    // Storage that cannot be read still lets the person work; the recorder reports the problem.
    (): SessionStart => ({ kind: 'record' }),
  );
  return sessionStart;
}

// Another tab is upgrading the database: save what this tab holds, close, and ask for a reload.
db.on('versionchange', () => {
  void recorder.flush().finally(() => {
    db.close();
    recorder.halt('upgradedElsewhere');
  });
  return false;
});
// Dexie holds writes until the other tab lets go; meanwhile say what the person can do.
db.on('blocked', () => recorder.report('blocked'));
