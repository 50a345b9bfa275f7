// Writing incidents to the log: one write at a time, the latest state of each incident wins, and
// a failed write stays in memory and in the fallback (unsaved.ts) until a retry lands. A retry
// comes with the next change, when the page is shown again (storageEvents.ts), and on a short
// timer, whichever is first.
import type { Incident } from '../db';
import { storageProblemOf, type StorageProblem } from './storageProblem';
import type { UnsavedIncidents } from './unsaved';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | {
      kind: 'failed';
      problem: StorageProblem;
      /** When the timer tries again; null: writing has stopped until the page reloads. */
      retryInMs: number | null;
      /** The unwritten incidents are in the fallback, so a reload loses none of them. */
      kept: boolean;
    };

/** The database's named writes the queue uses (src/db/database.ts). */
export interface IncidentWrites {
  saveIncidents(incidents: readonly Incident[]): Promise<unknown>;
  /** Replaces a stored incident only if the given one was updated later. */
  mergeIncidents(incidents: readonly Incident[]): Promise<unknown>;
  deleteIncident(id: string): Promise<unknown>;
}

interface WriteQueueOptions {
  fallback?: UnsavedIncidents;
  retryDelaysMs?: readonly number[];
  /** When a move's write starts; by default once the move's own work is done (a microtask). */
  later?: (write: () => void) => void;
}

/** Short, and capped low: space may come back any moment (an export, a deleted photo). */
export const defaultRetryDelaysMs = [1_000, 2_000, 5_000] as const;

interface Pending {
  incident: Incident;
  /** Found in the fallback when the page opened: another page's, maybe older than the log's. */
  recovered: boolean;
}

export class WriteQueue {
  /** What is not written yet, by incident id: the latest state of each. */
  private pending = new Map<string, Pending>();
  private writing: Promise<void> | null = null;
  private halted = false;
  /** A write is asked for (`later`) and not yet begun. */
  private scheduled = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private state: SaveState = { kind: 'idle' };
  private listeners = new Set<(state: SaveState) => void>();
  private readonly fallback: UnsavedIncidents | null;
  private readonly retryDelaysMs: readonly number[];
  private readonly later: (write: () => void) => void;

  constructor(
    private readonly db: IncidentWrites,
    options: WriteQueueOptions = {},
  ) {
    this.fallback = options.fallback ?? null;
    this.retryDelaysMs = options.retryDelaysMs ?? defaultRetryDelaysMs;
    this.later = options.later ?? queueMicrotask;
  }

  /** Writes `incident` as it is now, right after the current move: one write per move. */
  put(incident: Incident): void {
    this.pending.set(incident.id, { incident, recovered: false });
    // While writes fail, every change goes to the fallback at once: a reload may come first.
    if (this.state.kind === 'failed') this.keepUnsaved();
    this.schedule();
  }

  /**
   * Takes on the incidents an earlier page could not write (from the fallback) and writes them;
   * each replaces a stored state only if it is newer. Returns them.
   */
  recover(): Incident[] {
    const found = this.fallback?.read() ?? [];
    for (const incident of found) {
      if (!this.pending.has(incident.id))
        this.pending.set(incident.id, { incident, recovered: true });
    }
    if (found.length > 0) this.schedule();
    return found;
  }

  /** Drops `incident` unwritten, and deletes it from the log once any write of it has landed. */
  async discard(incident: Incident): Promise<void> {
    this.pending.delete(incident.id);
    this.fallback?.drop(incident.id);
    // After any write of it already under way, so that write cannot bring it back.
    await this.flush();
    try {
      await this.db.deleteIncident(incident.id);
    } catch (error) {
      this.failed(storageProblemOf(error));
    }
  }

  /** Resolves when everything put so far is written, or has failed and awaits a retry. */
  async flush(): Promise<void> {
    // One write at a time: a later state must never land before an earlier one.
    while (this.writing) await this.writing;
    if (this.pending.size === 0 || this.halted) return;
    this.writing = this.writePending();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
    // Changed while that write ran: write again, unless it failed (the retry will).
    if (this.pending.size > 0 && this.state.kind === 'saved') await this.flush();
  }

  /** Writes what waits now (the page is shown again): a failed write is not left to the timer. */
  retryNow(): void {
    this.clearRetry();
    void this.flush();
  }

  /**
   * Keeps what is not written yet in the fallback (the page is going away, or writes fail);
   * true when it is there.
   */
  keepUnsaved(): boolean {
    if (!this.fallback || this.pending.size === 0) return false;
    return this.fallback.keep([...this.pending.values()].map((entry) => entry.incident));
  }

  /** Tells the screens about a problem found outside a write (an upgrade waiting on another tab). */
  report(problem: StorageProblem): void {
    this.setState({ kind: 'failed', problem, retryInMs: null, kept: false });
  }

  /** Stops writing for good (another tab upgraded the database); what is unwritten is kept. */
  halt(problem: StorageProblem): void {
    this.halted = true;
    this.clearRetry();
    this.setState({ kind: 'failed', problem, retryInMs: null, kept: this.keepUnsaved() });
  }

  onState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private schedule(): void {
    // A move changes the record several times (the step, then the snapshot): one write, after,
    // finds the latest state of each.
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async writePending(): Promise<void> {
    const batch = [...this.pending.values()];
    const own = batch.filter((entry) => !entry.recovered).map((entry) => entry.incident);
    const recovered = batch.filter((entry) => entry.recovered).map((entry) => entry.incident);
    try {
      if (own.length > 0) await this.db.saveIncidents(own);
      if (recovered.length > 0) await this.db.mergeIncidents(recovered);
    } catch (error) {
      this.failed(storageProblemOf(error));
      return;
    }
    // A state put while this write ran is newer: it stays for the next write.
    const written = batch.filter((entry) => this.pending.get(entry.incident.id) === entry);
    for (const entry of written) this.pending.delete(entry.incident.id);
    this.fallback?.forget(written.map((entry) => entry.incident));
    this.failures = 0;
    this.clearRetry();
    this.setState({ kind: 'saved' });
  }

  private failed(problem: StorageProblem): void {
    if (this.halted) return;
    const delays = this.retryDelaysMs;
    const retryInMs = delays[Math.min(this.failures, delays.length - 1)] ?? 1_000;
    this.failures += 1;
    this.setState({ kind: 'failed', problem, retryInMs, kept: this.keepUnsaved() });
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, retryInMs);
  }

  private clearRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
