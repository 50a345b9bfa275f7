// The trainer's store: practice attempts in their own table, and incidents' paths read-only
// (for the flowchart). Loaded lazily (loadAttemptStore), since it brings Dexie.
import type { Incident, PracticeAttempt } from '../db';
import { db } from '../db/database';
import type { OutcomeKind, StepId } from '../wizard';

/** An incident's walk, read for the trainer's flowchart: where it went, nothing else. */
export interface IncidentPath {
  id: string;
  startedAt: number;
  outcome: OutcomeKind | 'open';
  steps: StepId[];
}

/** Adds or replaces an attempt; the trainee's name is masked like a note before it is stored. */
export function saveAttempt(attempt: PracticeAttempt): Promise<string> {
  return db.saveAttempt(attempt);
}

export async function attemptById(id: string): Promise<PracticeAttempt | null> {
  return (await db.attempts.get(id)) ?? null;
}

/** Newest first. */
export function recentAttempts(limit = 500): Promise<PracticeAttempt[]> {
  return db.attempts.orderBy('startedAt').reverse().limit(limit).toArray();
}

export function deleteAllAttempts(): Promise<void> {
  return db.deleteAllAttempts();
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
