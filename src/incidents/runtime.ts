// The incident log's recording for this page: one write queue, recorder and resume owner on the
// one database, shared by the screens that load them, and the page's events wired to them.
import { db } from '../db/database';
import { afterNextPaint } from '../ui';
import { newestIncident, openIncident } from './queries';
import { IncidentRecorder } from './recorder';
import { foundAmong, IncidentResume, type FoundAtStart } from './resume';
import { watchStorage } from './storageEvents';
import { unsavedIncidentsIn } from './unsaved';
import { WriteQueue } from './writeQueue';

/** localStorage, unless the browser refuses it (some privacy settings throw on reading it). */
function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = pageStorage();
export const queue = new WriteQueue(db, {
  // Without localStorage nothing is kept aside, and the alert does not say it is.
  ...(storage ? { fallback: unsavedIncidentsIn(storage) } : {}),
  // Off the tap's path: the next question is painted first, then the answer is written.
  later: (write) => void afterNextPaint(write),
});
export const recorder = new IncidentRecorder(queue);
export const resume = new IncidentResume(recorder, queue);
watchStorage(db, queue, window);

let foundAtStart: Promise<FoundAtStart> | null = null;

/**
 * What the log and the fallback held when this page loaded (a reload, a closed tab, lost
 * power), read once; the fallback's incidents are written to the log from then on.
 */
export function incidentsAtStart(): Promise<FoundAtStart> {
  if (foundAtStart) return foundAtStart;
  const unsaved = queue.recover();
  foundAtStart = Promise.all([openIncident(db), newestIncident(db)]).then(
    (stored) => foundAmong([...stored, ...unsaved]),
    // Storage that cannot be read still lets the person work; the queue reports the problem.
    () => foundAmong(unsaved),
  );
  return foundAtStart;
}
