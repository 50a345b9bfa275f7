// The one owner of resuming: what a page does with the incident left open when it loads (goes on
// with it at once, offers it, or carries it on at a linked step), what becomes of an offer not
// taken, what adopting a stored incident drops and keeps, and the incident that just ended on
// the outcome a reload opens on. On the real machine and a fake-indexeddb database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import type { Incident } from '../../src/db';
import { sameIncidentWindowMs } from '../../src/incidents/linkedStep';
import { foundAmong, justEnded, type LinkedStep } from '../../src/incidents/resume';
import {
  currentStep,
  snapshotAt,
  stepShown,
  wizardMachine,
  type StepId,
  type WizardEvent,
  type WizardSnapshot,
} from '../../src/wizard';
import { recordingOn, type Recording } from '../fixtures/recording';

let db: AppDatabase;
let clock: number;
let ids: number;

beforeEach(() => {
  db = new AppDatabase(`resume-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 2, 12, 2, 0, 0);
  ids = 0;
});
afterEach(() => db.delete());

const newRecording = () => recordingOn(db, { now: () => clock, newId: () => `incident-${++ids}` });

interface Opening {
  found?: { leftOpen?: Incident | null; newest?: Incident | null };
  linked?: LinkedStep | null;
  movedAlready?: boolean;
}

/** A page opened on `from`, as session.ts opens it: the decision, then the recorder listens. */
function openPage(recording: Recording, from: WizardSnapshot, opening: Opening = {}) {
  const { resume, recorder } = recording;
  const actor = createActor(wizardMachine, { snapshot: from }).start();
  const opened = resume.open({
    found: { leftOpen: null, newest: null, ...opening.found },
    openedOn: stepShown(actor.getSnapshot().context),
    movedAlready: opening.movedAlready ?? false,
    linked: opening.linked ?? null,
  });
  const listening = opened.restore
    ? []
    : [{ unsubscribe: recorder.attach(actor) }, actor.on('step.shown', () => resume.moved())];
  const detach = () => listening.forEach((listener) => listener.unsubscribe());
  const send = (...events: WizardEvent[]) => {
    for (const event of events) {
      clock += 1_000;
      actor.send(event);
    }
  };
  return { actor, opened, send, detach };
}

/** An incident walked to `network.signal` and left open, as the next page reads it. */
async function leftOpenAtSignal(): Promise<Incident> {
  const first = newRecording();
  const page = openPage(first, snapshotAt('start'));
  page.send({ type: 'nav.start' }, { type: 'answer.onlyHere' }, { type: 'answer.everyCard' });
  await first.queue.flush();
  const [incident] = await db.incidents.toArray();
  if (!incident) throw new Error('nothing recorded');
  return incident;
}

/** An incident walked to the escalation outcome, as the next page reads it. */
async function endedAtEscalation(): Promise<Incident> {
  const first = newRecording();
  const page = openPage(first, snapshotAt('escalate.call'));
  page.send({ type: 'answer.fails' });
  await first.queue.flush();
  const incident = await db.incidents.get('incident-1');
  if (!incident) throw new Error('nothing recorded');
  return incident;
}

const stored = async () =>
  (await db.incidents.orderBy('startedAt').toArray()).map((one) => one.outcome);
const stepOf = (snapshot: WizardSnapshot | null) =>
  snapshot && currentStep(createActor(wizardMachine, { snapshot }).start().getSnapshot().context);

describe('a page that finds nothing left open', () => {
  it('records the walk as a new incident and says nothing', async () => {
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('start'));
    expect(page.opened).toEqual({ notice: { kind: 'none' }, restore: null });
    page.send({ type: 'nav.start' });
    await vi.waitFor(async () => expect(await stored()).toEqual(['open']));
  });
});

describe('a reload on the step where the incident stopped', () => {
  it('goes on with it at once, in the wizard state it was in', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('network.signal'), { found: { leftOpen } });
    expect(page.opened.notice).toEqual({ kind: 'continued', startedAt: leftOpen.startedAt });
    const restore = page.opened.restore;
    expect(stepOf(restore)).toBe('network.signal');
    expect(recording.recorder.current()?.id).toBe(leftOpen.id);

    // The wizard restarts from it; the page opens again and records on.
    const again = openPage(recording, restore ?? snapshotAt('start'), { found: { leftOpen } });
    expect(again.opened).toEqual({
      notice: { kind: 'continued', startedAt: leftOpen.startedAt },
      restore: null,
    });
    expect(again.actor.getSnapshot().context.answers).toEqual({
      'triage.others': 'onlyHere',
      'triage.card': 'everyCard',
    });
    again.send({ type: 'answer.noSignal' });
    await vi.waitFor(async () =>
      expect((await db.incidents.get(leftOpen.id))?.steps.at(-1)?.step).toBe('network.reconnect'),
    );
    expect(await db.incidents.count()).toBe(1);
  });

  it('does not restart the wizard when the person has already moved on', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('network.signal'), {
      found: { leftOpen },
      movedAlready: true,
    });
    expect(page.opened.restore).toBeNull();
    expect(recording.recorder.current()?.id).toBe(leftOpen.id);
  });
});

describe('an incident left open, offered on another screen', () => {
  it('is offered, and ends as stopped where it was once the person moves on instead', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('start'), { found: { leftOpen } });
    expect(page.opened).toEqual({ notice: { kind: 'offered', incident: leftOpen }, restore: null });
    expect(recording.recorder.current()).toBeNull();
    page.send({ type: 'nav.start' });
    await vi.waitFor(async () => expect(await stored()).toEqual(['abandoned', 'open']));
    expect(await db.incidents.get(leftOpen.id)).toMatchObject({
      endedAtStep: 'network.signal',
      endedAt: clock,
      steps: leftOpen.steps,
    });
  });

  it('ends at once when the person moved on before the page could offer it', async () => {
    const leftOpen = await leftOpenAtSignal();
    const page = openPage(newRecording(), snapshotAt('start'), {
      found: { leftOpen },
      movedAlready: true,
    });
    expect(page.opened).toEqual({ notice: { kind: 'none' }, restore: null });
    await vi.waitFor(async () => expect(await stored()).toEqual(['abandoned']));
  });

  it('"End it" ends it as stopped, written by the time it resolves', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    openPage(recording, snapshotAt('start'), { found: { leftOpen } });
    await recording.resume.endOffered(leftOpen);
    expect((await db.incidents.get(leftOpen.id))?.outcome).toBe('abandoned');
  });

  it('"Continue it" restores its wizard state and records on in it; moving on then ends nothing', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('start'), { found: { leftOpen } });
    const restore = recording.resume.continueOffered(leftOpen);
    expect(stepOf(restore)).toBe('network.signal');
    // The wizard restarts from the incident's state: the page opens again on it.
    page.detach();
    const again = openPage(recording, restore, { found: { leftOpen } });
    again.send({ type: 'answer.noSignal' });
    await recording.queue.flush();
    expect(await stored()).toEqual(['open']);
    expect((await db.incidents.get(leftOpen.id))?.steps.map((entry) => entry.step)).toEqual([
      'triage.others',
      'triage.card',
      'network.signal',
      'network.reconnect',
    ]);
  });
});

describe('adopting a stored incident', () => {
  it('drops the unanswered check the page happened to open on', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    openPage(recording, snapshotAt('hardware.cables'), { found: { leftOpen } });
    await vi.waitFor(async () => expect(await db.incidents.count()).toBe(2));
    recording.resume.adopt(leftOpen);
    await vi.waitFor(async () => expect(await db.incidents.count()).toBe(1));
    expect(recording.recorder.current()?.id).toBe(leftOpen.id);
    expect((await db.incidents.toArray())[0]?.id).toBe(leftOpen.id);
  });

  it('keeps an incident the page recorded with answers in it', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('hardware.cables'), { found: { leftOpen } });
    page.send({ type: 'answer.fails' });
    await recording.queue.flush();
    const answered = recording.recorder.current();
    recording.resume.adopt(leftOpen);
    await recording.queue.flush();
    expect(await db.incidents.get(answered?.id ?? '')).toEqual(answered);
    expect(await db.incidents.count()).toBe(2);
  });

  it('keeps the incident itself when adopted again', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    recording.resume.adopt(leftOpen);
    recording.resume.adopt(leftOpen);
    await recording.queue.flush();
    expect(await db.incidents.get(leftOpen.id)).toEqual(leftOpen);
  });
});

describe('a step link opened while an incident is open', () => {
  const linked = { step: 'hardware.reader', endedAt: null } as const;

  it('is recorded in that incident: the walk, then the jump, and the choice outlives restarts', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('hardware.reader'), {
      found: { leftOpen },
      linked,
    });
    const choice = { incident: leftOpen, ...linked, joined: true };
    expect(page.opened.notice).toEqual({ kind: 'linked', choice });
    const restore = page.opened.restore;
    expect(
      restore &&
        createActor(wizardMachine, { snapshot: restore }).start().getSnapshot().context.trail,
    ).toEqual(['start', 'triage.others', 'triage.card', 'network.signal', 'hardware.reader']);
    expect(recording.recorder.current()?.id).toBe(leftOpen.id);
    const again = openPage(recording, restore ?? snapshotAt('start'), { linked });
    expect(again.opened).toEqual({ notice: { kind: 'linked', choice }, restore: null });
  });

  it('starts a new incident when the open one was untouched for over two hours; that one ends', async () => {
    const leftOpen = await leftOpenAtSignal();
    clock = leftOpen.updatedAt + sameIncidentWindowMs + 1;
    const recording = newRecording();
    const page = openPage(recording, snapshotAt('hardware.reader'), {
      found: { leftOpen },
      linked,
    });
    expect(page.opened).toEqual({
      notice: { kind: 'linked', choice: { incident: leftOpen, ...linked, joined: false } },
      restore: null,
    });
    await vi.waitFor(async () => expect(await stored()).toEqual(['abandoned', 'open']));
  });

  it('does not restart the wizard when the person moved on before the page could', async () => {
    const leftOpen = await leftOpenAtSignal();
    const page = openPage(newRecording(), snapshotAt('hardware.reader'), {
      found: { leftOpen },
      linked,
      movedAlready: true,
    });
    expect(page.opened.restore).toBeNull();
  });

  it('is offered as any other when the link led to the start screen', async () => {
    const leftOpen = await leftOpenAtSignal();
    const page = openPage(newRecording(), snapshotAt('start'), {
      found: { leftOpen },
      linked: { step: 'start', endedAt: null },
    });
    expect(page.opened.notice.kind).toBe('offered');
  });

  it('"Start a new incident instead": the open one ends as stored, nothing is recorded into it', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    openPage(recording, snapshotAt('hardware.reader'), { found: { leftOpen }, linked });
    const apart = recording.resume.separateLinked({ incident: leftOpen, ...linked, joined: true });
    expect(stepOf(apart)).toBe('hardware.reader');
    expect(recording.recorder.current()).toBeNull();
    await recording.queue.flush();
    expect(await db.incidents.get(leftOpen.id)).toMatchObject({
      outcome: 'abandoned',
      steps: leftOpen.steps,
    });
  });
});

describe('the outcome a reload opens on', () => {
  it('shows the incident that just ended there, for its note and summary', async () => {
    const ended = await endedAtEscalation();
    const recording = newRecording();
    clock += 60_000;
    const page = openPage(recording, snapshotAt('outcome.escalated'), {
      found: { newest: ended },
      linked: { step: 'outcome.escalated', endedAt: null },
    });
    expect(page.opened).toEqual({ notice: { kind: 'none' }, restore: null });
    expect(recording.recorder.current()).toEqual(ended);
    recording.recorder.setNote('Provider ticket 5521');
    await vi.waitFor(async () =>
      expect((await db.incidents.get(ended.id))?.note).toBe('Provider ticket 5521'),
    );
    expect(await db.incidents.count()).toBe(1);
  });

  it('leaves an outcome alone when the newest incident is not the one that just ended there', async () => {
    const ended = await endedAtEscalation();
    const recording = newRecording();
    openPage(recording, snapshotAt('outcome.repair'), { found: { newest: ended } });
    expect(recording.recorder.current()).toBeNull();
  });

  it('counts an incident as just ended on its own outcome, where it says, within two hours', async () => {
    const ended = await endedAtEscalation();
    const at = (step: StepId, endedAt: Parameters<typeof snapshotAt>[1] = undefined) => {
      const actor = createActor(wizardMachine, { snapshot: snapshotAt(step, endedAt) }).start();
      return stepShown(actor.getSnapshot().context);
    };
    const endedAt = ended.endedAt ?? 0;
    expect(justEnded(ended, at('outcome.escalated'), endedAt + sameIncidentWindowMs)).toBe(true);
    expect(justEnded(ended, at('outcome.escalated', 'escalate.call'), endedAt)).toBe(true);
    expect(justEnded(ended, at('outcome.escalated', 'restart.power'), endedAt)).toBe(false);
    expect(justEnded(ended, at('outcome.escalated'), endedAt + sameIncidentWindowMs + 1)).toBe(
      false,
    );
    expect(justEnded(ended, at('outcome.fixed'), endedAt)).toBe(false);
    expect(justEnded(ended, at('escalate.call'), endedAt)).toBe(false);
    const reopened = { ...ended, outcome: 'open' as const, endedAt: null };
    expect(justEnded(reopened, at('outcome.escalated'), endedAt)).toBe(false);
  });
});

describe('what the page found', () => {
  const incident = (id: string, startedAt: number, updatedAt: number, open: boolean): Incident => ({
    id,
    startedAt,
    updatedAt,
    endedAt: open ? null : updatedAt,
    language: 'en',
    outcome: open ? 'open' : 'fixed',
    endedAtStep: null,
    steps: [],
    note: '',
    snapshot: null,
  });

  it('is the newest open incident and the newest of all, the later state of each standing', () => {
    const older = incident('a', 1, 5, true);
    const openInLog = incident('b', 2, 6, true);
    const endedInFallback = incident('b', 2, 7, false);
    expect(foundAmong([older, openInLog, undefined, endedInFallback, null])).toEqual({
      leftOpen: older,
      newest: endedInFallback,
    });
    expect(foundAmong([endedInFallback, openInLog])).toEqual({
      leftOpen: null,
      newest: endedInFallback,
    });
    expect(foundAmong([])).toEqual({ leftOpen: null, newest: null });
  });
});
