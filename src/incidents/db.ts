// The one place the app talks to IndexedDB. A released version's stores() is never edited:
// a schema change adds version(n + 1), with an upgrade() when data moves, and a test in
// tests/unit/db-upgrade.test.ts that opens the older version's fixture and upgrades it.
import Dexie, { type EntityTable } from 'dexie';
import type { PracticeAttempt } from './attemptTypes';
import { currentCheckOf, currentStepsOf } from '../wizard';
import type { Incident, TerminalDetails } from './types';

interface SettingRecord<Key extends string, Value> {
  key: Key;
  value: Value;
}

export type Setting =
  SettingRecord<'terminal', TerminalDetails> | SettingRecord<'lastExportAt', number>;

export class IncidentDatabase extends Dexie {
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
}

export const db = new IncidentDatabase();
