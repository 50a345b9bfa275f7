// The recorder and the database for this page: one of each, shared by the screens that load them.
import { isLanguage, type Language } from '../i18n';
import { db } from '../db/database';
import { openIncident } from './queries';
import { IncidentRecorder } from './recorder';
import type { Incident } from '../db';

/** i18n keeps <html lang> on the current language; the recorder stamps new incidents with it. */
const pageLanguage = (): Language => {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : 'en';
};

export const recorder = new IncidentRecorder(db, { language: pageLanguage });

let leftOpenAtStart: Promise<Incident | null> | null = null;

/** The incident left open when this page loaded (a reload, a closed tab, lost power), read once. */
export function incidentLeftOpen(): Promise<Incident | null> {
  leftOpenAtStart ??= openIncident(db).then(
    (incident) => incident ?? null,
    // Storage that cannot be read still lets the person work; the recorder reports the problem.
    () => null,
  );
  return leftOpenAtStart;
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
