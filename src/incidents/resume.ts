// The one owner of what happens to an incident the page did not start: the one left open when it
// loaded (continued at once, offered, or carried on at a linked step), the one offered and not
// taken (ended as stopped once the person moves on), and the one that just ended on the outcome
// a reload opens on (its note and summary stay). It tells the recorder which incident to record
// into and the write queue what to store; the screens only show what it decided.
import {
  isOutcomeId,
  jumpedSnapshot,
  restorableSnapshot,
  snapshotAt,
  type CheckId,
  type StepId,
  type StepShown,
  type WizardSnapshot,
} from '../wizard';
import type { Incident } from '../db';
import { linkJoinsIncident, sameIncidentWindowMs, type LinkedStepChoice } from './linkedStep';
import { hasAnswers, lastStepOf, stopped } from './record';
import type { IncidentRecorder } from './recorder';
import { isOpen } from './types';
import type { WriteQueue } from './writeQueue';

/** The step of the counter's checks a link opened the page at, and its outcome's `at=`. */
export interface LinkedStep {
  step: StepId;
  endedAt: CheckId | null;
}

/** What the log (and the fallback) held when the page loaded, read once. */
export interface FoundAtStart {
  /** The newest incident left open. */
  leftOpen: Incident | null;
  /** The newest incident of all: the one that just ended, on a reload of its outcome. */
  newest: Incident | null;
}

export interface PageOpening {
  found: FoundAtStart;
  /** The screen the wizard opened on, as it announced it. */
  openedOn: StepShown;
  /** The person moved on before recording began (a tap while its code loaded). */
  movedAlready: boolean;
  linked: LinkedStep | null;
}

/** What the page says about it. */
export type ResumeNotice =
  | { kind: 'none' }
  | { kind: 'offered'; incident: Incident }
  | { kind: 'continued'; startedAt: number }
  | { kind: 'linked'; choice: LinkedStepChoice };

export interface Opened {
  notice: ResumeNotice;
  /**
   * The wizard's state to restart from before recording begins (the page then opens again on
   * it, and this is asked again); null: record the wizard as it is.
   */
  restore: WizardSnapshot | null;
}

const none: ResumeNotice = { kind: 'none' };

export class IncidentResume {
  /** The incident offered to continue; it ends as stopped if the person moves on instead. */
  private offered: Incident | null = null;
  /** The choice for a linked step: it outlives the wizard restarts it causes. */
  private linkChoice: LinkedStepChoice | null = null;

  constructor(
    private readonly recorder: IncidentRecorder,
    private readonly queue: WriteQueue,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides, when the page (or a restarted wizard) opens, which incident it records into. */
  open({ found, openedOn, movedAlready, linked }: PageOpening): Opened {
    const { leftOpen, newest } = found;
    const current = this.recorder.current();
    // The wizard restarted for the choice on a linked step: that choice stands.
    if (this.linkChoice)
      return { notice: { kind: 'linked', choice: this.linkChoice }, restore: null };
    if (leftOpen) {
      const continued: ResumeNotice = { kind: 'continued', startedAt: leftOpen.startedAt };
      // Restarted from it (continued, or chosen from the offer): it is already the one.
      if (current?.id === leftOpen.id) return { notice: continued, restore: null };
      // Reopened on the step it stopped at: it simply continues, in the wizard's exact state
      // (trail, answers), unless the person has moved on already.
      if (lastStepOf(leftOpen) === openedOn.step) {
        this.adopt(leftOpen);
        const restore = movedAlready ? null : restorableSnapshot(leftOpen.snapshot, openedOn.step);
        return { notice: continued, restore };
      }
      if (current === null && linked && openedOn.step !== 'start') {
        return this.openLinked(leftOpen, linked, movedAlready);
      }
      if (current === null) {
        // Moving on without answering the offer ends it: a tap made already has.
        if (movedAlready) {
          void this.endAsStopped(leftOpen);
          return { notice: none, restore: null };
        }
        this.offered = leftOpen;
        return { notice: { kind: 'offered', incident: leftOpen }, restore: null };
      }
    }
    if (current === null && newest && justEnded(newest, openedOn, this.now())) {
      this.recorder.continueWith(newest);
    }
    return { notice: none, restore: null };
  }

  /** The person moved on: an incident offered and not taken ends as stopped. */
  moved(): void {
    if (this.offered) void this.endAsStopped(this.offered);
  }

  /** "Continue it": the wizard's state to restart from; the offered incident records on. */
  continueOffered(incident: Incident): WizardSnapshot {
    this.adopt(incident);
    return restorableSnapshot(incident.snapshot, lastStepOf(incident));
  }

  /** "End it": ends the offered incident as stopped; resolves once written. */
  endOffered(incident: Incident): Promise<void> {
    return this.endAsStopped(incident);
  }

  /** Records the linked step in the incident that was open: its walk, then the jump. */
  joinLinked(made: LinkedStepChoice): WizardSnapshot {
    this.linkChoice = { ...made, joined: true };
    this.adopt(made.incident);
    return linkedSnapshot(made.incident, made);
  }

  /** Keeps the linked step apart: a new incident from it; the one that was open ends as stopped. */
  separateLinked(made: LinkedStepChoice): WizardSnapshot {
    this.linkChoice = { ...made, joined: false };
    this.recorder.stop();
    void this.endAsStopped(made.incident);
    return snapshotAt(made.step, made.endedAt ?? undefined);
  }

  /**
   * Records into `incident`, a stored one, from now on. The check the page happened to open on
   * was recorded as a new incident: unanswered, it goes; answered, it is kept.
   */
  adopt(incident: Incident): void {
    this.offered = null;
    const replaced = this.recorder.current();
    if (replaced && replaced.id !== incident.id && !hasAnswers(replaced)) {
      void this.queue.discard(replaced);
    }
    this.recorder.continueWith(incident);
  }

  /** Ends `incident` as stopped, as it was stored (nothing this page added); resolves once written. */
  async endAsStopped(incident: Incident): Promise<void> {
    if (this.offered?.id === incident.id) this.offered = null;
    this.queue.put(stopped(incident, this.now()));
    await this.queue.flush();
  }

  /** A step link opened while `leftOpen` is open: see linkJoinsIncident for the default. */
  private openLinked(leftOpen: Incident, linked: LinkedStep, movedAlready: boolean): Opened {
    const joined = linkJoinsIncident(leftOpen, this.now());
    const choice = { incident: leftOpen, ...linked, joined };
    this.linkChoice = choice;
    const notice: ResumeNotice = { kind: 'linked', choice };
    if (!joined) {
      void this.endAsStopped(leftOpen);
      return { notice, restore: null };
    }
    this.adopt(leftOpen);
    // The walk so far, then the jump to the linked step, unless the person already moved.
    return { notice, restore: movedAlready ? null : linkedSnapshot(leftOpen, linked) };
  }
}

/** The wizard at `incident`'s last step, then jumped to the linked step. */
function linkedSnapshot(incident: Incident, linked: LinkedStep): WizardSnapshot {
  return jumpedSnapshot(
    incident.snapshot,
    lastStepOf(incident),
    linked.step,
    linked.endedAt ?? undefined,
  );
}

/**
 * What the page found when it loaded, from the log's reads and the fallback's incidents: of two
 * states of one incident, the one updated later stands.
 */
export function foundAmong(incidents: readonly (Incident | null | undefined)[]): FoundAtStart {
  const latest = new Map<string, Incident>();
  for (const incident of incidents) {
    if (!incident) continue;
    const other = latest.get(incident.id);
    if (!other || other.updatedAt <= incident.updatedAt) latest.set(incident.id, incident);
  }
  const byStart = [...latest.values()].sort((a, b) => a.startedAt - b.startedAt);
  return { leftOpen: byStart.findLast(isOpen) ?? null, newest: byStart.at(-1) ?? null };
}

/**
 * Whether `incident` is the one that just ended on the outcome the page opened on (a reload of
 * it): it ended there, where the outcome says, and recently enough to be the same E1.
 */
export function justEnded(incident: Incident, shown: StepShown, now: number): boolean {
  return (
    isOutcomeId(shown.step) &&
    !isOpen(incident) &&
    lastStepOf(incident) === shown.step &&
    (shown.endedAt === null || incident.endedAtStep === shown.endedAt) &&
    incident.endedAt !== null &&
    now - incident.endedAt <= sameIncidentWindowMs
  );
}
