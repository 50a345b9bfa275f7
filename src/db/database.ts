// The one place the app talks to IndexedDB. A released version's stores() is never edited:
// a schema change adds version(n + 1), with an upgrade() when data moves, and a test in
// tests/unit/db-upgrade.test.ts that opens the older version's fixture and upgrades it.
// Screens read through queries and write only through the named writes below, each one
// transaction; free text is masked here, whoever writes it.
import Dexie, { type EntityTable } from 'dexie';
import { currentCheckOf, currentStepsOf } from '../wizard';
import { maskCardNumbers } from './maskCardNumbers';
import type { Incident, PracticeAttempt, Setting } from './records';

/** Longer names are cut: a name field is not the place for a story. */
const maxTraineeLength = 60;

const masked = (incident: Incident): Incident => ({
  ...incident,
  note: maskCardNumbers(incident.note),
});

/** How an import merged into the log. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

export class AppDatabase extends Dexie {
  incidents!: EntityTable<Incident, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** The trainer's practice runs: a table of their own, so practice never enters the log. */
  attempts!: EntityTable<PracticeAttempt, 'id'>;

  constructor(name = 'e1-troubleshooter') {
    super(name);
    this.version(1).stores({
      incidents: 'id, startedAt, [outcome+startedAt], [outcome+endedAtStep]',
      settings: 'key',
    });
    // Version 2 (the trainer's side) adds the practice attempts; version 1's tables stay as they were.
    this.version(2).stores({
      attempts: 'id, startedAt',
    });
    // Version 3 (the rebuilt tree): old step and answer ids are rewritten as the ones that took
    // their place, so every logged incident and practice run still shows its steps by name.
    this.version(3)
      .stores({})
      .upgrade(async (transaction) => {
        const rename = (record: Incident | PracticeAttempt) => {
          record.steps = currentStepsOf(record.steps);
          record.endedAtStep = record.endedAtStep && currentCheckOf(record.endedAtStep);
        };
        await transaction.table<Incident>('incidents').toCollection().modify(rename);
        await transaction.table<PracticeAttempt>('attempts').toCollection().modify(rename);
      });
    // Version 4 (response codes): an index on the code an incident followed, for the stats' count
    // per code. Incidents without one stay out of the index; no record changes.
    this.version(4).stores({
      incidents: 'id, startedAt, [outcome+startedAt], [outcome+endedAtStep], code',
    });
  }

  /** Adds or replaces incidents as they are now (the recorder's batch, an undone delete). */
  saveIncidents(incidents: readonly Incident[]): Promise<unknown> {
    return this.transaction('rw', this.incidents, () =>
      this.incidents.bulkPut(incidents.map(masked)),
    );
  }

  saveNote(id: string, note: string): Promise<unknown> {
    return this.transaction('rw', this.incidents, () =>
      this.incidents.update(id, { note: maskCardNumbers(note), updatedAt: Date.now() }),
    );
  }

  deleteIncident(id: string): Promise<void> {
    return this.transaction('rw', this.incidents, () => this.incidents.delete(id));
  }

  deleteAllIncidents(): Promise<void> {
    return this.transaction('rw', this.incidents, () => this.incidents.clear());
  }

  /** Merges by incident id: a record replaces the stored one only if it was updated later. */
  mergeIncidents(incoming: readonly Incident[]): Promise<MergeResult> {
    return this.transaction('rw', this.incidents, async () => {
      const existing = await this.incidents.bulkGet(incoming.map((incident) => incident.id));
      const newer = incoming.filter((incident, index) => {
        const stored = existing[index];
        return !stored || incident.updatedAt > stored.updatedAt;
      });
      await this.incidents.bulkPut(newer.map(masked));
      const added = newer.filter(
        (incident) => !existing.some((stored) => stored?.id === incident.id),
      ).length;
      return { added, updated: newer.length - added, unchanged: incoming.length - newer.length };
    });
  }

  saveSetting(setting: Setting): Promise<unknown> {
    return this.transaction('rw', this.settings, () => this.settings.put(setting));
  }

  /** Adds or replaces a practice attempt; the trainee's name is masked like a note. */
  saveAttempt(attempt: PracticeAttempt): Promise<string> {
    const trainee = maskCardNumbers(attempt.trainee.trim()).slice(0, maxTraineeLength);
    return this.transaction('rw', this.attempts, () => this.attempts.put({ ...attempt, trainee }));
  }

  deleteAllAttempts(): Promise<void> {
    return this.transaction('rw', this.attempts, () => this.attempts.clear());
  }
}

/** The app's database. Import it only from code loaded lazily: it brings Dexie. */
export const db = new AppDatabase();
