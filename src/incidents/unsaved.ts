// Incidents the database could not take yet (storage full, another tab's upgrade), kept where a
// reload finds them: a small fallback outside IndexedDB's quota (localStorage), with notes
// masked like every stored text. The write queue keeps them here and forgets them once written.
import { isLanguage } from '../i18n';
import { outcomeKinds } from '../wizard';
import { maskCardNumbers, type Incident } from '../db';

export interface UnsavedIncidents {
  /** Every incident kept, the newest state of each. */
  read(): Incident[];
  /** Keeps `incidents` over older states of the same ones; false when nothing could be kept. */
  keep(incidents: readonly Incident[]): boolean;
  /** Forgets `incidents`, now written, unless a newer state of one was kept meanwhile. */
  forget(incidents: readonly Incident[]): void;
  /** Forgets the incident `id`, whatever its state: it is not to be written at all. */
  drop(id: string): void;
}

export const unsavedKey = 'e1-troubleshooter.unsaved-incidents';

const outcomes: readonly string[] = [...outcomeKinds, 'open'];

/** Enough of an incident to hand to the log: the fallback is ours, but a device may change it. */
function isIncident(value: unknown): value is Incident {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<Record<keyof Incident, unknown>>;
  return (
    typeof record.id === 'string' &&
    typeof record.startedAt === 'number' &&
    typeof record.updatedAt === 'number' &&
    (record.endedAt === null || typeof record.endedAt === 'number') &&
    typeof record.language === 'string' &&
    isLanguage(record.language) &&
    typeof record.outcome === 'string' &&
    outcomes.includes(record.outcome) &&
    Array.isArray(record.steps) &&
    typeof record.note === 'string'
  );
}

/** The fallback in `storage` (null: none, e.g. a browser that refuses it). */
export function unsavedIncidentsIn(storage: Storage | null): UnsavedIncidents {
  const load = (): Map<string, Incident> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(unsavedKey) ?? '[]');
      const kept = Array.isArray(parsed) ? parsed.filter(isIncident) : [];
      return new Map(kept.map((incident) => [incident.id, incident]));
    } catch {
      return new Map();
    }
  };
  const store = (kept: Map<string, Incident>): boolean => {
    if (!storage) return false;
    try {
      if (kept.size === 0) storage.removeItem(unsavedKey);
      else storage.setItem(unsavedKey, JSON.stringify([...kept.values()]));
      return true;
    } catch {
      return false;
    }
  };
  return {
    read: () => [...load().values()],
    keep(incidents) {
      const kept = load();
      for (const incident of incidents) {
        const older = kept.get(incident.id);
        if (older && older.updatedAt > incident.updatedAt) continue;
        kept.set(incident.id, { ...incident, note: maskCardNumbers(incident.note) });
      }
      return store(kept);
    },
    forget(incidents) {
      const kept = load();
      const before = kept.size;
      for (const incident of incidents) {
        const stored = kept.get(incident.id);
        if (stored && stored.updatedAt <= incident.updatedAt) kept.delete(incident.id);
      }
      if (kept.size !== before) store(kept);
    },
    drop(id) {
      const kept = load();
      if (kept.delete(id)) store(kept);
    },
  };
}
