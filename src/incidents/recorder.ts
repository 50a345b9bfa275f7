// Watches the wizard actor and keeps the incident it is walking: each event the machine emits
// becomes the record through recordEvent (record.ts), stamped with the time it was heard, and
// every change goes to the write queue. Which incident to record into when a page opens (resume,
// offer, a linked step) is decided in resume.ts, which hands it here.
import type { Actor } from 'xstate';
import {
  stepShown,
  type TimedWizardEvent,
  type WizardEmitted,
  type wizardMachine,
} from '../wizard';
import type { Incident } from '../db';
import { recordEvent, withNote, withSnapshot } from './record';
import type { WriteQueue } from './writeQueue';

type WizardActor = Actor<typeof wizardMachine>;

interface RecorderOptions {
  now?: () => number;
  newId?: () => string;
}

export class IncidentRecorder {
  private incident: Incident | null = null;
  private listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    private readonly queue: WriteQueue,
    options: RecorderOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Starts recording `actor`; returns a function that stops. `missed` is what the wizard said
   * before this was attached, starting with the screen it opened on (by default, the one it is on).
   */
  attach(actor: WizardActor, missed: readonly TimedWizardEvent[] = []): () => void {
    const opening = { event: stepShown(actor.getSnapshot().context), at: this.now() };
    for (const { event, at } of missed.length > 0 ? missed : [opening]) this.hear(event, at);
    this.keep(actor);
    const subscriptions = [
      actor.on('step.shown', (event) => this.hear(event, this.now())),
      actor.on('step.answered', (event) => this.hear(event, this.now())),
      actor.subscribe(() => this.keep(actor)),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }

  /** The incident being recorded, if any (open, or just ended on the outcome on screen). */
  current(): Incident | null {
    return this.incident;
  }

  /** Calls `listener` whenever the current incident changes (a step, a note, another one). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records into `incident` from now on (resume.ts decides when), as it was stored. */
  continueWith(incident: Incident): void {
    this.set(incident);
  }

  /** Records into no incident: the next check shown starts a new one. */
  stop(): void {
    this.set(null);
  }

  /** Adds or replaces the note of the current incident, card numbers masked. */
  setNote(note: string): void {
    if (!this.incident) return;
    this.update(withNote(this.incident, note, this.now()));
  }

  private hear(event: WizardEmitted, at: number): void {
    const { incident, stopped } = recordEvent(this.incident, event, at, this.newId);
    if (stopped) this.queue.put(stopped);
    if (incident === this.incident) return;
    if (incident) this.update(incident);
    else this.set(null);
  }

  /** The wizard's exact state, kept with an open incident so a reload restores it. */
  private keep(actor: WizardActor): void {
    if (!this.incident) return;
    const kept = withSnapshot(this.incident, actor.getPersistedSnapshot());
    if (kept !== this.incident) this.update(kept);
  }

  private update(incident: Incident): void {
    this.set(incident);
    this.queue.put(incident);
  }

  private set(incident: Incident | null): void {
    this.incident = incident;
    for (const listener of this.listeners) listener();
  }
}
