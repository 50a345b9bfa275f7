// The trainer's reads and writes: practice attempts in their own table, and incidents' paths
// read-only (for the flowchart). Loaded lazily through index.ts, since it loads Dexie.
import { db } from './db';
import { maskCardNumbers } from './maskCardNumbers';
import type { IncidentPath, PracticeAttempt } from './attemptTypes';
import type { Incident } from './types';

/** Longer names are cut: a name field is not the place for a story. */
const maxTraineeLength = 60;

/** Adds or replaces an attempt; the trainee's name is masked like a note before it is stored. */
export function saveAttempt(attempt: PracticeAttempt): Promise<string> {
  const trainee = maskCardNumbers(attempt.trainee.trim()).slice(0, maxTraineeLength);
  return db.transaction('rw', db.attempts, () => db.attempts.put({ ...attempt, trainee }));
}

export async function attemptById(id: string): Promise<PracticeAttempt | null> {
  return (await db.attempts.get(id)) ?? null;
}

/** Newest first. */
export function recentAttempts(limit = 500): Promise<PracticeAttempt[]> {
  return db.attempts.orderBy('startedAt').reverse().limit(limit).toArray();
}

export function deleteAllAttempts(): Promise<void> {
  return db.transaction('rw', db.attempts, () => db.attempts.clear());
}

const pathOf = (incident: Incident): IncidentPath => ({
  id: incident.id,
  startedAt: incident.startedAt,
  outcome: incident.outcome,
  steps: incident.steps.map((entry) => entry.step),
});

/** The newest incidents' walks, newest first. Reads only; the log is never written from here. */
export async function recentIncidentPaths(limit = 20): Promise<IncidentPath[]> {
  const incidents = await db.incidents.orderBy('startedAt').reverse().limit(limit).toArray();
  return incidents.map(pathOf);
}

export async function incidentPathById(id: string): Promise<IncidentPath | null> {
  const incident = await db.incidents.get(id);
  return incident ? pathOf(incident) : null;
}
