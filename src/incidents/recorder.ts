// Watches the wizard actor and writes what happens to the incident log. The machine stays pure:
// it only emits `step.shown` and `step.answered`; this class stamps times and stores.
import type { Actor } from 'xstate';
import type { Language } from '../i18n';
import {
  isCheckId,
  isOutcomeId,
  outcomeKindOf,
  stepShown,
  type AnswerId,
  type CheckId,
  type StepId,
  type TimedWizardEvent,
  type WizardEmitted,
  type wizardMachine,
} from '../wizard';
import type { AppDatabase } from '../db/database';
import { storageProblemOf, type StorageProblem } from './storageProblem';
import type { Incident } from '../db';
import { isOpen, openIncident } from './types';

type WizardActor = Actor<typeof wizardMachine>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved' }
  /** `retryInMs` null: writing has stopped until the page reloads. */
  | { kind: 'failed'; problem: StorageProblem; retryInMs: number | null };

interface RecorderOptions {
  language: () => Language;
  now?: () => number;
  newId?: () => string;
  retryDelaysMs?: readonly number[];
}

const defaultRetryDelaysMs = [2_000, 5_000, 15_000, 60_000];

export class IncidentRecorder {
  private incident: Incident | null = null;
  /** An unfinished incident offered for resuming; it ends as stopped if a new one starts instead. */
  private offered: Incident | null = null;
  private actor: WizardActor | null = null;
  /** Records not yet written, by id; kept in memory until a write succeeds. */
  private unsaved = new Map<string, Incident>();
  private writing: Promise<void> | null = null;
  private flushScheduled = false;
  private halted = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private saveState: SaveState = { kind: 'idle' };
  private listeners = new Set<(state: SaveState) => void>();
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    private readonly db: AppDatabase,
    private readonly options: RecorderOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.retryDelaysMs = options.retryDelaysMs ?? defaultRetryDelaysMs;
  }

  /**
   * Starts recording `actor`; returns a function that stops. `missed` is what the wizard said
   * before this was attached, starting with the screen it opened on.
   */
  attach(actor: WizardActor, missed: readonly TimedWizardEvent[] = []): () => void {
    this.actor = actor;
    const openedOn: TimedWizardEvent = {
      event: stepShown(actor.getSnapshot().context),
      at: this.now(),
    };
    const [opening, ...moves] = missed.length > 0 ? missed : [openedOn];
    if (opening) this.hear(opening.event, opening.at, { moved: false });
    for (const { event, at } of moves) this.hear(event, at, { moved: true });
    const subscriptions = [
      actor.on('step.shown', (event) => this.hear(event, this.now(), { moved: true })),
      actor.on('step.answered', (event) => this.hear(event, this.now(), { moved: true })),
      actor.subscribe(() => this.keepSnapshot()),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
      if (this.actor === actor) this.actor = null;
    };
  }

  private hear(event: WizardEmitted, at: number, { moved }: { moved: boolean }): void {
    if (event.type === 'step.answered') {
      this.stepAnswered(event.step, event.answer, at);
      return;
    }
    // The person moved on instead of continuing the offered incident: it ends as stopped.
    if (moved && this.offered) void this.endAsAbandoned(this.offered);
    this.record(event.step, at);
  }

  /** Continues an incident from the log (after a reload); attach the restored actor next. */
  adopt(incident: Incident): void {
    this.offered = null;
    const replaced = this.incident;
    // The page opened on another check and recorded it; continuing the old incident drops that.
    if (
      replaced &&
      replaced.id !== incident.id &&
      replaced.steps.every((entry) => entry.answer === null)
    ) {
      this.unsaved.delete(replaced.id);
      // After any write of it already under way, so that write cannot bring it back.
      void this.flush().then(() => this.db.deleteIncident(replaced.id));
    }
    this.incident = incident;
  }

  /**
   * Ends `incident` as it was stored (without what this page added to it) as stopped, and stops
   * recording into whatever incident is current: the next step shown starts a new one. For a
   * linked step the person chose to keep apart from the incident that was open.
   */
  async separate(incident: Incident): Promise<void> {
    this.incident = null;
    await this.endAsAbandoned(incident);
  }

  offer(incident: Incident): void {
    this.offered = incident;
  }

  /** The incident being recorded, if any (open or just closed). */
  current(): Incident | null {
    return this.incident;
  }

  /** Ends an incident the person chose not to continue. */
  async endAsAbandoned(incident: Incident): Promise<void> {
    if (this.offered?.id === incident.id) this.offered = null;
    const lastCheck = incident.steps.map((entry) => entry.step).findLast(isCheckId) ?? null;
    this.queue({
      ...incident,
      outcome: 'abandoned',
      endedAtStep: lastCheck,
      endedAt: this.now(),
      updatedAt: this.now(),
      snapshot: null,
    });
    await this.flush();
  }

  /** Adds or replaces the note of the current incident (already masked by the caller). */
  setNote(note: string): void {
    if (!this.incident) return;
    this.incident = { ...this.incident, note, updatedAt: this.now() };
    this.queue(this.incident);
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    listener(this.saveState);
    return () => this.listeners.delete(listener);
  }

  /** Tells the screens about a problem found outside a write (an upgrade waiting on another tab). */
  report(problem: StorageProblem): void {
    this.setSaveState({ kind: 'failed', problem, retryInMs: null });
  }

  /** Stops writing for good (another tab upgraded the database); unsaved work stays in memory. */
  halt(problem: StorageProblem): void {
    this.halted = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.setSaveState({ kind: 'failed', problem, retryInMs: null });
  }

  /** Resolves when everything recorded so far is written (or has failed and awaits a retry). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.unsaved.size === 0 || this.halted) return;
    this.writing = this.writeUnsaved();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
    if (this.unsaved.size > 0 && this.saveState.kind === 'saved') await this.flush();
  }

  private record(step: StepId, at: number): void {
    if (step === 'start') {
      if (this.incident && isOpen(this.incident)) void this.endAsAbandoned(this.incident);
      this.incident = null;
      return;
    }
    const last = this.incident?.steps.at(-1);
    // Already recorded: the screen a restored wizard opens on, or a resumed incident's last one.
    if (last?.step === step && last.answer === null) return;
    const entry = { step, shownAt: at, answer: null, answeredAt: null };
    // The response code the walk followed into the checks, if any (older snapshots have none).
    const code = this.actor?.getSnapshot().context.code ?? null;
    if (isCheckId(step)) {
      const incident = this.incident ?? this.newIncident(at);
      // Back from an outcome to a check reopens the same incident.
      this.incident = {
        ...incident,
        outcome: 'open',
        endedAt: null,
        endedAtStep: null,
        steps: [...incident.steps, entry],
        ...(code ? { code } : {}),
      };
    } else if (isOutcomeId(step) && (this.incident || code)) {
      // A code looked up at the start may lead straight to its outcome: that is an incident too.
      const incident = this.incident ?? this.newIncident(at);
      const endedAtStep = this.actor?.getSnapshot().context.endedAt ?? null;
      this.incident = {
        ...incident,
        ...(code ? { code } : {}),
        outcome: outcomeKindOf(step),
        endedAt: at,
        endedAtStep,
        steps: [...incident.steps, entry],
        snapshot: null,
      };
    } else {
      return;
    }
    this.incident.updatedAt = this.now();
    this.queue(this.incident);
  }

  private stepAnswered(step: CheckId, answer: AnswerId, at: number): void {
    if (!this.incident) return;
    const steps = [...this.incident.steps];
    const index = steps.findLastIndex((entry) => entry.step === step);
    const entry = steps[index];
    if (!entry) return;
    steps[index] = { ...entry, answer, answeredAt: at };
    this.incident = { ...this.incident, steps, updatedAt: this.now() };
    this.queue(this.incident);
  }

  private keepSnapshot(): void {
    if (!this.incident || !isOpen(this.incident) || !this.actor) return;
    this.incident = { ...this.incident, snapshot: this.actor.getPersistedSnapshot() };
    this.queue(this.incident);
  }

  private newIncident(startedAt: number): Incident {
    return openIncident(this.newId(), startedAt, this.options.language());
  }

  private queue(incident: Incident): void {
    this.unsaved.set(incident.id, incident);
    // One move changes the record several times; write once, after the move.
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async writeUnsaved(): Promise<void> {
    const batch = [...this.unsaved.values()];
    try {
      await this.db.saveIncidents(batch);
      for (const written of batch) {
        if (this.unsaved.get(written.id) === written) this.unsaved.delete(written.id);
      }
      this.failures = 0;
      this.setSaveState({ kind: 'saved' });
    } catch (error) {
      this.scheduleRetry(storageProblemOf(error));
    }
  }

  private scheduleRetry(problem: StorageProblem): void {
    if (this.halted) return;
    const delays = this.retryDelaysMs;
    const retryInMs = delays[Math.min(this.failures, delays.length - 1)] ?? 60_000;
    this.failures += 1;
    this.setSaveState({ kind: 'failed', problem, retryInMs });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, retryInMs);
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state;
    for (const listener of this.listeners) listener(state);
  }
}
