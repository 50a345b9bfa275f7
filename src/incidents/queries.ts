// Reads for the log screens. Each is one Dexie query (no other async inside), so it can run
// inside useLiveQuery and update when another tab writes.
import { checkIds, outcomeKinds, type CheckId, type OutcomeKind } from '../wizard';
import type { AppDatabase } from '../db/database';
import { emptyTerminalDetails, type Incident, type TerminalDetails } from '../db';

export type OutcomeFilter = OutcomeKind | 'open' | 'all';

export interface LogFilter {
  outcome: OutcomeFilter;
  /** Inclusive bounds on the start time, epoch ms; null for open-ended. */
  from: number | null;
  to: number | null;
}

/** Newest first, at most `limit`, through an index so 10,000 incidents stay quick. */
export function logPage(db: AppDatabase, filter: LogFilter, limit: number): Promise<Incident[]> {
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

export function openIncident(db: AppDatabase): Promise<Incident | undefined> {
  return db.incidents
    .where('[outcome+startedAt]')
    .between(['open', 0], ['open', Number.MAX_SAFE_INTEGER])
    .last();
}

/** The incident started last, open or ended. */
export function newestIncident(db: AppDatabase): Promise<Incident | undefined> {
  return db.incidents.orderBy('startedAt').last();
}

export interface IncidentStats {
  total: number;
  byOutcome: Record<OutcomeKind, number>;
  /** Checks that fixed E1 here, most often first. */
  fixedBy: { step: CheckId; count: number }[];
  /** Incidents per week (weeks start on Monday, local time), oldest first, the last `weeks`. */
  perWeek: { weekStart: number; count: number }[];
  /** Incidents per response code followed into the checks, most often first. */
  byCode: { code: string; count: number }[];
}

export function startOfWeek(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** Counts through the indexes only (IndexedDB counts them itself), never loading records. */
export async function incidentStats(
  db: AppDatabase,
  now: number,
  weeks = 12,
): Promise<IncidentStats> {
  const countOutcome = (kind: OutcomeKind) =>
    db.incidents
      .where('[outcome+startedAt]')
      .between([kind, 0], [kind, Number.MAX_SAFE_INTEGER])
      .count();
  const countFixedBy = (step: CheckId) =>
    db.incidents.where('[outcome+endedAtStep]').equals(['fixed', step]).count();

  // Calendar arithmetic, so a week across a daylight-saving change still starts on Monday 00:00.
  const weekStart = (index: number) => {
    const date = new Date(startOfWeek(now));
    date.setDate(date.getDate() + (index - weeks + 1) * 7);
    return date.getTime();
  };
  const weekStarts = Array.from({ length: weeks }, (_, index) => weekStart(index));
  const countWeek = (from: number, index: number) =>
    db.incidents
      .where('startedAt')
      .between(from, weekStart(index + 1), true, false)
      .count();

  // Only incidents that followed a code are in the code index.
  const countCodes = async () => {
    const codes = (await db.incidents.orderBy('code').uniqueKeys()).map(String);
    const counts = await Promise.all(
      codes.map((code) => db.incidents.where('code').equals(code).count()),
    );
    return codes.map((code, index) => ({ code, count: counts[index] ?? 0 }));
  };

  const [total, outcomeCounts, fixedCounts, weekCounts, codeCounts] = await Promise.all([
    db.incidents.count(),
    Promise.all(outcomeKinds.map(countOutcome)),
    Promise.all(checkIds.map(countFixedBy)),
    Promise.all(weekStarts.map(countWeek)),
    countCodes(),
  ]);

  return {
    total,
    byOutcome: Object.fromEntries(
      outcomeKinds.map((kind, index) => [kind, outcomeCounts[index] ?? 0]),
    ) as Record<OutcomeKind, number>,
    fixedBy: checkIds
      .map((step, index) => ({ step, count: fixedCounts[index] ?? 0 }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count),
    perWeek: weekStarts.map((start, index) => ({
      weekStart: start,
      count: weekCounts[index] ?? 0,
    })),
    byCode: codeCounts.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

export async function terminalDetails(db: AppDatabase): Promise<TerminalDetails> {
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

export async function exportAge(db: AppDatabase): Promise<ExportAge> {
  const setting = await db.settings.get('lastExportAt');
  const lastExportAt = setting?.key === 'lastExportAt' ? setting.value : null;
  return {
    lastExportAt,
    days: lastExportAt === null ? null : Math.floor((Date.now() - lastExportAt) / 86_400_000),
  };
}
