// The recorder on the real machine and a real (fake-indexeddb) database: what a walk stores, that
// it is stored without anyone asking (no flush() before the checks that say so), and what a note,
// a detach and a failing disk do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import type { SaveState } from '../../src/incidents/writeQueue';
import {
  currentStep,
  snapshotAt,
  wizardMachine,
  type StepId,
  type WizardEmitted,
  type WizardEvent,
} from '../../src/wizard';
import { recordingOn, type Recording } from '../fixtures/recording';

let db: AppDatabase;
let clock: number;
let ids: number;

const newRecording = (options: Partial<Parameters<typeof recordingOn>[1]> = {}) =>
  recordingOn(db, { now: () => clock, newId: () => `incident-${++ids}`, ...options });

/** A page in Chinese: the recorder watching a wizard opened at `from`, each move a second apart. */
function walk(
  events: WizardEvent[],
  recording: Recording = newRecording(),
  from: StepId = 'start',
) {
  const actor = createActor(wizardMachine, { snapshot: snapshotAt(from) }).start();
  actor.send({ type: 'language.set', language: 'zh-CN' });
  const detach = recording.recorder.attach(actor);
  const send = (...more: WizardEvent[]) => {
    for (const event of more) {
      clock += 1_000;
      actor.send(event);
    }
  };
  send(...events);
  return { ...recording, actor, detach, send };
}

/** Waits until the log holds exactly one incident matching `expected`, and returns it. */
async function storedAs(expected: object) {
  await vi.waitFor(async () => {
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject(expected);
  });
  const [incident] = await db.incidents.toArray();
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
  it('stores each step with its answer and times, the language, the outcome and where it ended, by itself', async () => {
    walk([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.onlyThisCard' },
      { type: 'answer.locked' },
    ]);
    const start = Date.UTC(2026, 10, 25, 2, 0, 1);
    const incident = await storedAs({ outcome: 'card-problem' });
    expect(incident).toMatchObject({
      id: 'incident-1',
      language: 'zh-CN',
      startedAt: start,
      endedAt: start + 3_000,
      updatedAt: start + 3_000,
      outcome: 'card-problem',
      endedAtStep: 'pin.locked',
      note: '',
      snapshot: null,
    });
    const shown = (step: string, at: number, answer: string | null) => ({
      step,
      shownAt: start + at,
      answer,
      answeredAt: answer ? start + at + 1_000 : null,
    });
    expect(incident.steps).toEqual([
      shown('triage.others', 0, 'onlyHere'),
      shown('triage.card', 1_000, 'onlyThisCard'),
      shown('pin.locked', 2_000, 'locked'),
      shown('outcome.card-problem', 3_000, null),
    ]);
  });

  it('keeps what the current incident is, and tells listeners each change', () => {
    const recording = newRecording();
    const changes = vi.fn();
    recording.recorder.onChange(changes);
    const page = walk([{ type: 'nav.start' }], recording);
    expect(page.recorder.current()).toMatchObject({ outcome: 'open', language: 'zh-CN' });
    expect(changes).toHaveBeenCalled();
    changes.mockClear();
    page.send({ type: 'nav.back' });
    expect(page.recorder.current()).toBeNull();
    expect(changes).toHaveBeenCalled();
  });

  it('stamps a new incident with the language the machine was last told', async () => {
    const page = walk([]);
    page.actor.send({ type: 'language.set', language: 'en' });
    page.send({ type: 'nav.start' });
    await storedAs({ language: 'en', outcome: 'open' });
  });

  it('records nothing while the person stays on the start screen', async () => {
    const { queue } = walk([]);
    await queue.flush();
    expect(await db.incidents.count()).toBe(0);
  });

  it('records nothing for an outcome opened bare, and the outcome a code leads to as an incident', async () => {
    const { queue, send, recorder } = walk([{ type: 'nav.goto', step: 'outcome.outage' }]);
    await queue.flush();
    expect(await db.incidents.count()).toBe(0);
    expect(recorder.current()).toBeNull();
    send({ type: 'nav.restart' }, { type: 'nav.goto', step: 'outcome.outage', code: '96' });
    await storedAs({ outcome: 'outage', code: '96', endedAtStep: null });
  });

  it('starts recording at a check opened by a link, with the wizard state to restore', async () => {
    walk([{ type: 'nav.goto', step: 'hardware.reader' }]);
    const incident = await storedAs({ outcome: 'open' });
    expect(incident.steps.map((entry) => entry.step)).toEqual(['hardware.reader']);
    const restored = createActor(wizardMachine, { snapshot: incident.snapshot ?? undefined });
    expect(currentStep(restored.start().getSnapshot().context)).toBe('hardware.reader');
  });

  it('records the check a page opens on when nothing was said before it attached', async () => {
    walk([], newRecording(), 'network.signal');
    const incident = await storedAs({ outcome: 'open' });
    expect(incident.steps.map((entry) => entry.step)).toEqual(['network.signal']);
    expect(incident.snapshot).not.toBeNull();
  });

  it('records what the wizard said before the recorder attached, at the times it was said', async () => {
    const recording = newRecording();
    const actor = createActor(wizardMachine).start();
    const shown = (step: StepId): WizardEmitted => ({
      type: 'step.shown',
      step,
      endedAt: null,
      code: null,
      language: 'en',
    });
    const missed = [
      { event: shown('start'), at: clock - 5_000 },
      { event: shown('triage.others'), at: clock - 4_000 },
    ];
    actor.send({ type: 'nav.start' });
    recording.recorder.attach(actor, missed);
    const incident = await storedAs({ outcome: 'open', language: 'en' });
    expect(incident.startedAt).toBe(clock - 4_000);
    expect(incident.steps.map((entry) => entry.shownAt)).toEqual([clock - 4_000]);
  });

  it('ends an open incident as stopped when the person starts again', async () => {
    const { queue } = walk([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'nav.restart' },
      { type: 'nav.start' },
    ]);
    await queue.flush();
    const incidents = await db.incidents.orderBy('startedAt').toArray();
    expect(incidents.map((incident) => incident.outcome)).toEqual(['abandoned', 'open']);
    expect(incidents[0]).toMatchObject({ endedAtStep: 'triage.card', snapshot: null });
    // Ended when the person chose to start again, a second before the next first check.
    expect(incidents[0]?.endedAt).toBe(clock - 1_000);
  });

  it('reopens the same incident when the person goes back from an outcome', async () => {
    const { queue } = walk([
      { type: 'nav.start' },
      { type: 'answer.othersFail' },
      { type: 'nav.back' },
      { type: 'answer.onlyHere' },
    ]);
    await queue.flush();
    const incident = await storedAs({ outcome: 'open', endedAt: null, endedAtStep: null });
    expect(incident.steps.map((entry) => `${entry.step}:${entry.answer}`)).toEqual([
      'triage.others:othersFail',
      'outcome.outage:null',
      'triage.others:onlyHere',
      'triage.card:null',
    ]);
  });

  it('stops recording when detached: later moves change nothing', async () => {
    const page = walk([{ type: 'nav.start' }]);
    await storedAs({ outcome: 'open' });
    page.detach();
    page.send({ type: 'answer.othersFail' });
    await page.queue.flush();
    const [incident] = await db.incidents.toArray();
    expect(incident?.outcome).toBe('open');
    expect(incident?.steps.map((entry) => entry.answer)).toEqual([null]);
    expect(page.recorder.current()?.steps).toHaveLength(1);
  });
});

describe('a note on the incident that just ended', () => {
  it('is masked and stored without waiting for anything else', async () => {
    const { recorder } = walk([{ type: 'nav.start' }, { type: 'answer.othersFail' }]);
    clock += 60_000;
    recorder.setNote('Card 6222 0212 3456 7890 123 declined twice');
    const incident = await storedAs({ note: 'Card 6222 02** **** ***0 123 declined twice' });
    expect(incident.updatedAt).toBe(clock);
    expect(recorder.current()?.note).toBe('Card 6222 02** **** ***0 123 declined twice');
  });

  it('is not kept anywhere when there is no incident', async () => {
    const { recorder, queue } = walk([]);
    recorder.setNote('a note for nothing');
    await queue.flush();
    expect(recorder.current()).toBeNull();
    expect(await db.incidents.count()).toBe(0);
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
    const recording = newRecording({ retryDelaysMs: [10] });
    recording.queue.onState((state) => states.push(state));
    walk([{ type: 'nav.start' }, { type: 'answer.othersFail' }], recording);

    await vi.waitFor(() =>
      expect(states).toContainEqual({
        kind: 'failed',
        problem: 'full',
        retryInMs: 10,
        kept: false,
      }),
    );
    expect(recording.recorder.current()?.outcome).toBe('outage');
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'saved' }));
    bulkPut.mockRestore();
    await storedAs({ outcome: 'outage' });
  });
});
