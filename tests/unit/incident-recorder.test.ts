import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import { IncidentRecorder, type SaveState } from '../../src/incidents/recorder';
import { currentStep, wizardMachine, type WizardEvent } from '../../src/wizard';

let db: AppDatabase;
let clock: number;
let ids: number;

function recorderFor(database = db) {
  return new IncidentRecorder(database, {
    language: () => 'zh-CN',
    now: () => clock,
    newId: () => `incident-${++ids}`,
    retryDelaysMs: [10],
  });
}

function walk(events: WizardEvent[], recorder = recorderFor()) {
  const actor = createActor(wizardMachine);
  actor.start();
  const detach = recorder.attach(actor);
  for (const event of events) {
    clock += 1_000;
    actor.send(event);
  }
  return { actor, recorder, detach };
}

async function onlyIncident() {
  const incidents = await db.incidents.toArray();
  expect(incidents).toHaveLength(1);
  const [incident] = incidents;
  if (!incident) throw new Error('no incident stored');
  return incident;
}

beforeEach(() => {
  db = new AppDatabase(`test-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 10, 25, 2, 0, 0);
  ids = 0;
});
afterEach(() => db.delete());

describe('recording a walk through the wizard', () => {
  it('stores each step with its answer and times, the language, the outcome and where it ended', async () => {
    const { recorder } = walk([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.onlyThisCard' },
      { type: 'answer.locked' },
    ]);
    await recorder.flush();
    const [incident] = await db.incidents.toArray();
    const start = Date.UTC(2026, 10, 25, 2, 0, 1);
    expect(incident).toMatchObject({
      id: 'incident-1',
      language: 'zh-CN',
      startedAt: start,
      endedAt: start + 3_000,
      outcome: 'card-problem',
      endedAtStep: 'pin.locked',
      snapshot: null,
    });
    const shown = (step: string, at: number, answer: string | null) => ({
      step,
      shownAt: start + at,
      answer,
      answeredAt: answer ? start + at + 1_000 : null,
    });
    expect(incident?.steps).toEqual([
      shown('triage.others', 0, 'onlyHere'),
      shown('triage.card', 1_000, 'onlyThisCard'),
      shown('pin.locked', 2_000, 'locked'),
      shown('outcome.card-problem', 3_000, null),
    ]);
  });

  it('records nothing while the person stays on the start screen', async () => {
    const { recorder } = walk([]);
    await recorder.flush();
    expect(await db.incidents.count()).toBe(0);
  });

  it('starts recording at a check opened by a link', async () => {
    const { recorder } = walk([{ type: 'nav.goto', step: 'hardware.reader' }]);
    await recorder.flush();
    const [incident] = await db.incidents.toArray();
    expect(incident?.steps.map((entry) => entry.step)).toEqual(['hardware.reader']);
    expect(incident?.outcome).toBe('open');
  });

  it('ends an open incident as abandoned when the person starts again', async () => {
    const { recorder } = walk([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'nav.restart' },
      { type: 'nav.start' },
    ]);
    await recorder.flush();
    const incidents = await db.incidents.orderBy('startedAt').toArray();
    expect(incidents.map((incident) => incident.outcome)).toEqual(['abandoned', 'open']);
    expect(incidents[0]?.endedAtStep).toBe('triage.card');
  });

  it('reopens the same incident when the person goes back from an outcome', async () => {
    const { recorder } = walk([
      { type: 'nav.start' },
      { type: 'answer.othersFail' },
      { type: 'nav.back' },
      { type: 'answer.onlyHere' },
    ]);
    await recorder.flush();
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.outcome).toBe('open');
    expect(incidents[0]?.steps.map((entry) => `${entry.step}:${entry.answer}`)).toEqual([
      'triage.others:othersFail',
      'outcome.outage:null',
      'triage.others:onlyHere',
      'triage.card:null',
    ]);
  });
});

describe('resuming after a reload', () => {
  it('keeps the machine snapshot of an open incident, which restores the exact state', async () => {
    const { recorder } = walk([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'answer.noSignal' },
    ]);
    await recorder.flush();
    const stored = await onlyIncident();
    expect(stored.snapshot).not.toBeNull();

    const restored = createActor(wizardMachine, { snapshot: stored.snapshot ?? undefined });
    restored.start();
    expect(currentStep(restored.getSnapshot().context)).toBe('network.reconnect');
    expect(restored.getSnapshot().context.answers).toEqual({
      'triage.others': 'onlyHere',
      'triage.card': 'everyCard',
      'network.signal': 'noSignal',
    });

    const next = recorderFor();
    next.adopt(stored);
    next.attach(restored);
    restored.send({ type: 'answer.works' });
    restored.send({ type: 'answer.notCharged' });
    await next.flush();
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ outcome: 'fixed', endedAtStep: 'network.reconnect' });
    expect(incidents[0]?.steps).toHaveLength(6);
  });

  it('ends an incident the person chose not to continue as abandoned where it stopped', async () => {
    const { recorder } = walk([{ type: 'nav.goto', step: 'hardware.reader' }]);
    await recorder.flush();
    const open = await onlyIncident();
    await recorderFor().endAsAbandoned(open);
    expect(await db.incidents.get(open.id)).toMatchObject({
      outcome: 'abandoned',
      endedAtStep: 'hardware.reader',
      snapshot: null,
    });
  });
});

describe('an unfinished incident offered when the page opens elsewhere', () => {
  async function leaveOpenIncidentAt(step: 'hardware.reader') {
    const { recorder } = walk([{ type: 'nav.goto', step }]);
    await recorder.flush();
    return onlyIncident();
  }

  it('ends as stopped when the person carries on with the new screen instead', async () => {
    const offered = await leaveOpenIncidentAt('hardware.reader');
    const recorder = recorderFor();
    recorder.offer(offered);
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'nav.goto', step: 'hardware.cables' });
    recorder.attach(actor);
    actor.send({ type: 'answer.fails' });
    await recorder.flush();

    expect((await db.incidents.get(offered.id))?.outcome).toBe('abandoned');
    const newer = (await db.incidents.toArray()).find((incident) => incident.id !== offered.id);
    expect(newer?.steps.map((entry) => entry.step)).toEqual([
      'hardware.cables',
      'hardware.selftest',
    ]);
  });

  it('continues, and drops the screen the page happened to open on, when chosen', async () => {
    const offered = await leaveOpenIncidentAt('hardware.reader');
    const recorder = recorderFor();
    recorder.offer(offered);
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'nav.goto', step: 'hardware.cables' });
    recorder.attach(actor);
    await recorder.flush();
    expect(await db.incidents.count()).toBe(2);

    recorder.adopt(offered);
    await vi.waitFor(async () => expect(await db.incidents.count()).toBe(1));
    expect((await onlyIncident()).id).toBe(offered.id);
  });
});

describe('when storage fails', () => {
  it('keeps the incident in memory, says why, and saves it on a retry', async () => {
    const quotaError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const bulkPut = vi
      .spyOn(db.incidents, 'bulkPut')
      .mockRejectedValueOnce(quotaError)
      .mockRejectedValueOnce(quotaError);
    const states: SaveState[] = [];
    const recorder = recorderFor();
    recorder.onSaveState((state) => states.push(state));
    walk([{ type: 'nav.start' }, { type: 'answer.othersFail' }], recorder);
    await recorder.flush();

    expect(states).toContainEqual({ kind: 'failed', problem: 'full', retryInMs: 10 });
    expect(recorder.current()?.outcome).toBe('outage');
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'saved' }));
    bulkPut.mockRestore();
    expect((await db.incidents.toArray())[0]?.outcome).toBe('outage');
  });
});
