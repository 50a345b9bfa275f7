// Reads for the log screens. Each is one Dexie query (no other async inside), so it can run
// inside useLiveQuery and update when another tab writes.
import { isCheckId, outcomeKinds, type CheckId, type OutcomeKind } from '../wizard';
import type { IncidentDatabase, Setting } from './db';
import { emptyTerminalDetails, type Incident, type TerminalDetails } from './types';

export type OutcomeFilter = OutcomeKind | 'open' | 'all';

export interface LogFilter {
  outcome: OutcomeFilter;
  /** Inclusive bounds on the start time, epoch ms; null for open-ended. */
  from: number | null;
  to: number | null;
}

/** Newest first, at most `limit`, through an index so 10,000 incidents stay quick. */
export function logPage(
  db: IncidentDatabase,
  filter: LogFilter,
  limit: number,
): Promise<Incident[]> {
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  const range =
    filter.outcome === 'all'
      ? db.incidents.where('startedAt').between(from, to, true, true)
      : db.incidents
          .where('[outcome+startedAt]')
          .between([filter.outcome, from], [filter.outcome, to], true, true);
  return range.reverse().limit(limit).toArray();
}

export function openIncident(db: IncidentDatabase): Promise<Incident | undefined> {
  return db.incidents
    .where('[outcome+startedAt]')
    .between(['open', 0], ['open', Number.MAX_SAFE_INTEGER])
    .last();
}

export interface IncidentStats {
  total: number;
  byOutcome: Record<OutcomeKind, number>;
  /** Checks that fixed E1 here, most often first. */
  fixedBy: { step: CheckId; count: number }[];
  /** Incidents per week (weeks start on Monday, local time), oldest first, the last `weeks`. */
  perWeek: { weekStart: number; count: number }[];
}

/** The parts of a compound index key such as [outcome, startedAt]. */
const keyParts = (key: unknown): readonly unknown[] => (Array.isArray(key) ? key : []);

export function startOfWeek(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** Counts from index keys only, never loading whole records. */
export async function incidentStats(
  db: IncidentDatabase,
  now: number,
  weeks = 12,
): Promise<IncidentStats> {
  const byOutcome = Object.fromEntries(outcomeKinds.map((kind) => [kind, 0])) as Record<
    OutcomeKind,
    number
  >;
  const keys = await db.incidents.orderBy('[outcome+startedAt]').keys();
  for (const key of keys) {
    const [outcome] = keyParts(key);
    const kind = outcomeKinds.find((candidate) => candidate === outcome);
    if (kind) byOutcome[kind] += 1;
  }

  const fixedKeys = await db.incidents
    .where('[outcome+endedAtStep]')
    .between(['fixed', ''], ['fixed', '\uffff'])
    .keys();
  const fixedCounts = new Map<CheckId, number>();
  for (const key of fixedKeys) {
    const [, step] = keyParts(key);
    if (typeof step === 'string' && isCheckId(step))
      fixedCounts.set(step, (fixedCounts.get(step) ?? 0) + 1);
  }

  const firstWeek = startOfWeek(now) - (weeks - 1) * 7 * 86_400_000;
  const weekStarts = Array.from({ length: weeks }, (_, index) => {
    const date = new Date(firstWeek);
    date.setDate(date.getDate() + index * 7);
    return date.getTime();
  });
  const perWeek = weekStarts.map((weekStart) => ({ weekStart, count: 0 }));
  const recentStarts = await db.incidents.where('startedAt').aboveOrEqual(firstWeek).keys();
  for (const started of recentStarts) {
    const week = perWeek.findLast((bucket) => bucket.weekStart <= Number(started));
    if (week) week.count += 1;
  }

  return {
    total: keys.length,
    byOutcome,
    fixedBy: [...fixedCounts]
      .map(([step, count]) => ({ step, count }))
      .sort((a, b) => b.count - a.count),
    perWeek,
  };
}

export async function terminalDetails(db: IncidentDatabase): Promise<TerminalDetails> {
  const setting = await db.settings.get('terminal');
  return setting?.key === 'terminal'
    ? { ...emptyTerminalDetails, ...setting.value }
    : emptyTerminalDetails;
}

export interface ExportAge {
  lastExportAt: number | null;
  /** Whole days since then, measured when read. */
  days: number | null;
}

export async function exportAge(db: IncidentDatabase): Promise<ExportAge> {
  const setting = await db.settings.get('lastExportAt');
  const lastExportAt = setting?.key === 'lastExportAt' ? setting.value : null;
  return {
    lastExportAt,
    days: lastExportAt === null ? null : Math.floor((Date.now() - lastExportAt) / 86_400_000),
  };
}

export function saveSetting(db: IncidentDatabase, setting: Setting): Promise<unknown> {
  return db.transaction('rw', db.settings, () => db.settings.put(setting));
}
