// A step link opened while an incident is open: recorded in that incident by default, unless it
// was left untouched for hours; either way one E1 makes one incident, and the choice can be
// changed while the person is still on the linked step.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import { linkJoinsIncident, sameIncidentWindowMs } from '../../src/incidents/linkedStep';
import type { Incident } from '../../src/db';
import {
  jumpedSnapshot,
  snapshotAt,
  wizardMachine,
  type WizardEvent,
  type WizardSnapshot,
} from '../../src/wizard';
import { compactWalk } from '../../src/share/handoff/walk';
import { recordingOn, type Recording } from '../fixtures/recording';

let db: AppDatabase;
let clock: number;
let ids: number;

beforeEach(() => {
  db = new AppDatabase(`linked-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 2, 12, 2, 0, 0);
  ids = 0;
});
afterEach(() => db.delete());

const newRecording = () => recordingOn(db, { now: () => clock, newId: () => `incident-${++ids}` });

/** A page: a recorder watching a wizard started from `snapshot`. */
function page(snapshot: WizardSnapshot, recording: Recording = newRecording()) {
  const { recorder, queue } = recording;
  const actor = createActor(wizardMachine, { snapshot }).start();
  const detach = recorder.attach(actor);
  const send = (...events: WizardEvent[]) => {
    for (const event of events) {
      clock += 1_000;
      actor.send(event);
    }
  };
  return { actor, recorder, queue, detach, send };
}

/** An incident left open at the signal check, as the next page load reads it. */
async function leftOpenAtSignal(): Promise<Incident> {
  const first = page(snapshotAt('start'));
  first.send({ type: 'nav.start' }, { type: 'answer.onlyHere' }, { type: 'answer.everyCard' });
  await first.queue.flush();
  first.detach();
  const [incident] = await db.incidents.toArray();
  if (!incident) throw new Error('nothing recorded');
  return incident;
}

describe('the default for a step link opened during an incident', () => {
  const incident = { updatedAt: Date.UTC(2026, 2, 12, 2, 0, 0) } as Incident;

  it('records the step in the open incident, however long the E1 has taken so far', () => {
    expect(linkJoinsIncident(incident, incident.updatedAt)).toBe(true);
    expect(linkJoinsIncident(incident, incident.updatedAt + 90 * 60_000)).toBe(true);
    expect(linkJoinsIncident(incident, incident.updatedAt + sameIncidentWindowMs)).toBe(true);
  });

  it('starts a new incident when the open one was left untouched for over two hours', () => {
    expect(sameIncidentWindowMs).toBe(2 * 60 * 60_000);
    expect(linkJoinsIncident(incident, incident.updatedAt + sameIncidentWindowMs + 1)).toBe(false);
  });
});

describe('recording a linked step', () => {
  it('carried on: one incident, its walk, then the jump to the linked step', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    recording.resume.adopt(leftOpen);
    const linked = page(
      jumpedSnapshot(leftOpen.snapshot, 'network.signal', 'hardware.reader'),
      recording,
    );
    linked.send({ type: 'answer.damaged' });
    await recording.queue.flush();

    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident?.outcome).toBe('repair');
    const walk = compactWalk(
      (incident?.steps ?? []).map(({ step, answer, shownAt }) => ({ step, answer, at: shownAt })),
    );
    expect(walk.map(({ step, answer, jump }) => [step, answer, jump])).toEqual([
      ['triage.others', 'onlyHere', null],
      ['triage.card', 'everyCard', null],
      ['network.signal', null, null],
      ['hardware.reader', 'damaged', { stage: 'hardware', skipped: ['card', 'pin'] }],
      ['outcome.repair', null, null],
    ]);
    // Back from the linked step returns to the check before it.
    const back = page(jumpedSnapshot(leftOpen.snapshot, 'network.signal', 'hardware.reader'));
    back.send({ type: 'nav.back' });
    expect(back.actor.getSnapshot().context.trail.at(-1)).toBe('network.signal');
  });

  it('kept apart, then carried on after all: still one incident, nothing recorded twice', async () => {
    const leftOpen = await leftOpenAtSignal();
    const recording = newRecording();
    const { resume, queue } = recording;
    const choice = {
      incident: leftOpen,
      step: 'hardware.reader',
      endedAt: null,
      joined: true,
    } as const;
    resume.adopt(leftOpen);
    const joined = page(
      jumpedSnapshot(leftOpen.snapshot, 'network.signal', 'hardware.reader'),
      recording,
    );
    await queue.flush();

    // "Start a new incident instead": the open one ends as it was, stopped; a new one starts.
    joined.detach();
    const apartFrom = resume.separateLinked(choice);
    const apart = page(apartFrom, recording);
    await queue.flush();
    const ended = await db.incidents.get(leftOpen.id);
    expect(ended?.outcome).toBe('abandoned');
    expect(ended?.endedAtStep).toBe('network.signal');
    expect(ended?.steps.map((entry) => entry.step)).toEqual(leftOpen.steps.map((s) => s.step));
    expect(await db.incidents.count()).toBe(2);

    // "Add this step to that incident instead": the new one goes, the old one is open again.
    apart.detach();
    const again = page(resume.joinLinked({ ...choice, joined: false }), recording);
    again.send({ type: 'answer.clean' });
    await queue.flush();
    await expect.poll(() => db.incidents.count()).toBe(1);
    const [incident] = await db.incidents.toArray();
    expect(incident?.id).toBe(leftOpen.id);
    expect(incident?.outcome).toBe('open');
    expect(incident?.steps.map((entry) => [entry.step, entry.answer])).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', null],
      ['hardware.reader', 'clean'],
      ['payment.charged', null],
    ]);
  });
});
