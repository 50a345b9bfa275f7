// @vitest-environment jsdom
// (localStorage and the page's visibility: this file needs a browser's window.)
// The write queue: it writes by itself, one write at a time with the latest state winning, keeps
// what a failing disk will not take in the fallback (so a reload loses nothing), retries soon and
// on every change, stops for good after another tab's upgrade, and recovers what an earlier page
// left in the fallback without overwriting anything newer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase } from '../../src/db/database';
import type { Incident } from '../../src/db';
import { unsavedIncidentsIn } from '../../src/incidents/unsaved';
import {
  defaultRetryDelaysMs,
  WriteQueue,
  type IncidentWrites,
  type SaveState,
} from '../../src/incidents/writeQueue';
import { fixedIncident } from '../fixtures/incidents';

let db: AppDatabase;

beforeEach(() => {
  db = new AppDatabase(`queue-${crypto.randomUUID()}`);
  localStorage.clear();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

const version = (note: string, updatedAt = fixedIncident.updatedAt): Incident => ({
  ...fixedIncident,
  note,
  updatedAt,
});

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The database's first save waits until `release()`; later ones write at once. */
function holdFirstSave() {
  const write = db.saveIncidents.bind(db);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const save = vi
    .spyOn(db, 'saveIncidents')
    .mockImplementationOnce(async (incidents) => {
      await held;
      return write(incidents);
    })
    .mockImplementation(write);
  return { save, release };
}

/** Writes that always fail as a full disk does, counting the tries. */
function fullDisk(): IncidentWrites & { tries: () => number } {
  let tries = 0;
  const refuse = () => {
    tries += 1;
    return Promise.reject(full());
  };
  return {
    saveIncidents: refuse,
    mergeIncidents: refuse,
    deleteIncident: refuse,
    tries: () => tries,
  };
}

/** The states a queue goes through, as its listeners hear them. */
function statesOf(queue: WriteQueue): SaveState[] {
  const states: SaveState[] = [];
  queue.onState((state) => states.push(state));
  return states;
}

const storedNote = async () => (await db.incidents.get(fixedIncident.id))?.note;

describe('writing', () => {
  it('writes what is put by itself, once for the changes of one move, the last one', async () => {
    const save = vi.spyOn(db, 'saveIncidents');
    const queue = new WriteQueue(db);
    const states = statesOf(queue);
    queue.put(version('first'));
    queue.put(version('second'));
    await vi.waitFor(async () => expect(await storedNote()).toBe('second'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(states).toEqual([{ kind: 'idle' }, { kind: 'saved' }]);
  });

  it('starts a move’s write only when told to (the page: once the next frame is painted)', async () => {
    const save = vi.spyOn(db, 'saveIncidents');
    const waiting: (() => void)[] = [];
    const queue = new WriteQueue(db, { later: (write) => waiting.push(write) });
    queue.put(version('first'));
    queue.put(version('second'));
    await Promise.resolve();
    expect(save).not.toHaveBeenCalled();
    expect(waiting).toHaveLength(1);
    waiting[0]?.();
    await vi.waitFor(async () => expect(await storedNote()).toBe('second'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('writes one at a time: a state put during a slow write lands after it, and wins', async () => {
    const { save, release } = holdFirstSave();
    const queue = new WriteQueue(db);
    queue.put(version('earlier'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    queue.put(version('later'));
    release();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await Promise.all(save.mock.results.map((result) => result.value));
    expect(save.mock.calls.map(([incidents]) => incidents.map((one) => one.note))).toEqual([
      ['earlier'],
      ['later'],
    ]);
    expect(await storedNote()).toBe('later');
  });

  it('resolves flush() only once a state put during its write is written too', async () => {
    const { release } = holdFirstSave();
    const queue = new WriteQueue(db);
    queue.put(version('earlier'));
    const flushed = queue.flush();
    queue.put(version('later'));
    release();
    await flushed;
    expect(await storedNote()).toBe('later');
  });

  it('leaves the fallback alone while writes work', () => {
    const queue = new WriteQueue(db, { fallback: unsavedIncidentsIn(localStorage) });
    queue.put(version('written soon'));
    expect(localStorage.length).toBe(0);
  });

  it('resolves flush() once everything put is written, and at once when nothing is', async () => {
    const queue = new WriteQueue(db);
    await queue.flush();
    queue.put(version('one'));
    queue.put({ ...version('two'), id: 'another' });
    await queue.flush();
    expect(await db.incidents.count()).toBe(2);
  });

  it('deletes a discarded incident only after a write of it under way has landed', async () => {
    const { release } = holdFirstSave();
    const queue = new WriteQueue(db, { fallback: unsavedIncidentsIn(localStorage) });
    queue.put(version('going'));
    const discarded = queue.discard(version('going'));
    release();
    await discarded;
    expect(await db.incidents.count()).toBe(0);
  });
});

describe('when a write fails', () => {
  it('says why and when it tries again, keeps the incident for a reload, and saves it on the retry', async () => {
    const fallback = unsavedIncidentsIn(localStorage);
    vi.spyOn(db.incidents, 'bulkPut').mockRejectedValueOnce(full());
    const queue = new WriteQueue(db, { fallback, retryDelaysMs: [10] });
    const states = statesOf(queue);
    queue.put(version('kept'));
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'saved' }));
    expect(states).toEqual([
      { kind: 'idle' },
      { kind: 'failed', problem: 'full', retryInMs: 10, kept: true },
      { kind: 'saved' },
    ]);
    expect(await storedNote()).toBe('kept');
    // Written: the fallback holds it no longer.
    expect(fallback.read()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('keeps each later change in the fallback at once, masked, while writes fail', async () => {
    const fallback = unsavedIncidentsIn(localStorage);
    const queue = new WriteQueue(fullDisk(), { fallback });
    const states = statesOf(queue);
    queue.put(version('first'));
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('failed'));
    queue.put(version('card 4111111111111111', fixedIncident.updatedAt + 1));
    expect(fallback.read()).toEqual([
      version('card 411111******1111', fixedIncident.updatedAt + 1),
    ]);
  });

  it('says nothing is kept when there is no fallback', async () => {
    const queue = new WriteQueue(fullDisk());
    const states = statesOf(queue);
    queue.put(version('lost on reload'));
    await vi.waitFor(() =>
      expect(states.at(-1)).toEqual({
        kind: 'failed',
        problem: 'full',
        retryInMs: defaultRetryDelaysMs[0],
        kept: false,
      }),
    );
    expect(queue.keepUnsaved()).toBe(false);
  });

  it('retries on a timer whose back-off stays short: 1 s, 2 s, then every 5 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const disk = fullDisk();
    const queue = new WriteQueue(disk);
    const delays: (number | null)[] = [];
    let failedOnce = () => {};
    queue.onState((state) => {
      if (state.kind !== 'failed') return;
      delays.push(state.retryInMs);
      failedOnce();
    });
    const nextFailure = () => new Promise<void>((resolve) => (failedOnce = resolve));
    let failure = nextFailure();
    queue.put(version('waiting'));
    for (const [index, delay] of [1_000, 2_000, 5_000, 5_000].entries()) {
      await failure;
      expect(delays.at(-1)).toBe(delay);
      failure = nextFailure();
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(disk.tries()).toBe(index + 1);
      await vi.advanceTimersByTimeAsync(1);
    }
    await failure;
    expect(disk.tries()).toBe(5);
    expect(delays).toEqual([1_000, 2_000, 5_000, 5_000, 5_000]);
  });

  it('waits on one timer at a time: a change that fails again restarts it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const disk = fullDisk();
    const queue = new WriteQueue(disk, { retryDelaysMs: [1_000] });
    const failures: number[] = [];
    let failed = () => {};
    queue.onState((state) => {
      if (state.kind !== 'failed') return;
      failures.push(disk.tries());
      failed();
    });
    const nextFailure = () => new Promise<void>((resolve) => (failed = resolve));
    let failure = nextFailure();
    queue.put(version('one'));
    await failure;
    await vi.advanceTimersByTimeAsync(500);
    failure = nextFailure();
    queue.put(version('two'));
    await failure;
    // The first timer would have fired here; only the second, 1 s after the change, does.
    await vi.advanceTimersByTimeAsync(999);
    expect(disk.tries()).toBe(2);
    failure = nextFailure();
    await vi.advanceTimersByTimeAsync(1);
    await failure;
    await vi.advanceTimersByTimeAsync(999);
    expect(failures).toEqual([1, 2, 3]);
  });

  it('tries again with every change, without waiting for the timer', async () => {
    const disk = fullDisk();
    const queue = new WriteQueue(disk, { retryDelaysMs: [60_000] });
    queue.put(version('one'));
    await vi.waitFor(() => expect(disk.tries()).toBe(1));
    queue.put(version('two'));
    await vi.waitFor(() => expect(disk.tries()).toBe(2));
  });

  it('tries again at once when asked (the page shown again), not waiting for the timer', async () => {
    let refuse = true;
    const writes: IncidentWrites = {
      saveIncidents: (incidents) => (refuse ? Promise.reject(full()) : db.saveIncidents(incidents)),
      mergeIncidents: (incidents) => db.mergeIncidents(incidents),
      deleteIncident: (id) => db.deleteIncident(id),
    };
    const save = vi.spyOn(writes, 'saveIncidents');
    const queue = new WriteQueue(writes, { retryDelaysMs: [60_000] });
    queue.retryNow();
    expect(save).not.toHaveBeenCalled();
    queue.put(version('back'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    refuse = false;
    queue.retryNow();
    await vi.waitFor(async () => expect(await storedNote()).toBe('back'));
    // Written: nothing waits, so asking again writes nothing.
    queue.retryNow();
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('says when deleting a discarded incident fails', async () => {
    const writes: IncidentWrites = {
      saveIncidents: (incidents) => db.saveIncidents(incidents),
      mergeIncidents: (incidents) => db.mergeIncidents(incidents),
      deleteIncident: () => Promise.reject(new DOMException('gone', 'UnknownError')),
    };
    const queue = new WriteQueue(writes, { retryDelaysMs: [60_000] });
    const states = statesOf(queue);
    await queue.discard(fixedIncident);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', problem: 'unavailable' });
  });

  it('keeps nothing, and says so, when nothing waits to be written', () => {
    const queue = new WriteQueue(db, { fallback: unsavedIncidentsIn(localStorage) });
    expect(queue.keepUnsaved()).toBe(false);
  });
});

describe('after another tab upgraded the database', () => {
  it('writes nothing more, says to reload, and keeps what is unwritten for the reload', async () => {
    const fallback = unsavedIncidentsIn(localStorage);
    const save = vi.spyOn(db, 'saveIncidents');
    const queue = new WriteQueue(db, { fallback });
    const states = statesOf(queue);
    queue.put(version('written before'));
    await queue.flush();
    queue.put(version('after the upgrade', fixedIncident.updatedAt + 1));
    queue.halt('upgradedElsewhere');
    await queue.flush();
    queue.retryNow();
    queue.put(version('later still', fixedIncident.updatedAt + 2));
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(await storedNote()).toBe('written before');
    expect(states.at(-1)).toEqual({
      kind: 'failed',
      problem: 'upgradedElsewhere',
      retryInMs: null,
      kept: true,
    });
    expect(fallback.read().map((incident) => incident.note)).toEqual(['later still']);
  });

  it('stays stopped when a write already under way fails after all', async () => {
    let refuse: (error: unknown) => void = () => {};
    const writes: IncidentWrites = {
      saveIncidents: () => new Promise((_, reject) => (refuse = reject)),
      mergeIncidents: () => Promise.resolve(),
      deleteIncident: () => Promise.resolve(),
    };
    const save = vi.spyOn(writes, 'saveIncidents');
    const queue = new WriteQueue(writes, { retryDelaysMs: [1] });
    const states = statesOf(queue);
    queue.put(version('under way'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    queue.halt('upgradedElsewhere');
    refuse(full());
    await queue.flush();
    expect(states.at(-1)).toMatchObject({ kind: 'failed', problem: 'upgradedElsewhere' });
    queue.retryNow();
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports a waiting upgrade without stopping', async () => {
    const queue = new WriteQueue(db);
    const states = statesOf(queue);
    queue.report('blocked');
    expect(states.at(-1)).toEqual({
      kind: 'failed',
      problem: 'blocked',
      retryInMs: null,
      kept: false,
    });
    queue.put(version('still written'));
    await vi.waitFor(async () => expect(await storedNote()).toBe('still written'));
  });
});

describe('what an earlier page left in the fallback', () => {
  it('is written, over older states only, and forgotten once written', async () => {
    const fallback = unsavedIncidentsIn(localStorage);
    await db.saveIncidents([version('newer in the log', fixedIncident.updatedAt + 5)]);
    const other = { ...version('only in the fallback'), id: 'other' };
    fallback.keep([version('older in the fallback'), other]);
    const save = vi.spyOn(db, 'saveIncidents');
    const queue = new WriteQueue(db, { fallback });
    expect(
      queue
        .recover()
        .map((incident) => incident.id)
        .sort(),
    ).toEqual([fixedIncident.id, 'other']);
    await vi.waitFor(async () => expect(await db.incidents.count()).toBe(2));
    await queue.flush();
    expect(await storedNote()).toBe('newer in the log');
    expect((await db.incidents.get('other'))?.note).toBe('only in the fallback');
    expect(fallback.read()).toEqual([]);
    // Never written over what is stored: only merged.
    expect(save).not.toHaveBeenCalled();
  });

  it('is left alone by a page that has its own newer state of the same incident', async () => {
    const fallback = unsavedIncidentsIn(localStorage);
    fallback.keep([version('old')]);
    const queue = new WriteQueue(db, { fallback });
    queue.put(version('current', fixedIncident.updatedAt + 1));
    queue.recover();
    await queue.flush();
    expect(await storedNote()).toBe('current');
  });

  it('is nothing without a fallback', () => {
    expect(new WriteQueue(db).recover()).toEqual([]);
  });

  it('leaves nothing to do when the fallback is empty', async () => {
    const save = vi.spyOn(db, 'saveIncidents');
    const later = vi.fn();
    const queue = new WriteQueue(db, { fallback: unsavedIncidentsIn(localStorage), later });
    expect(queue.recover()).toEqual([]);
    // Not even a write asked for: every page load recovers, most with nothing to recover.
    expect(later).not.toHaveBeenCalled();
    await queue.flush();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('listeners', () => {
  it('hear the state at once, then each change, until they stop listening', async () => {
    const queue = new WriteQueue(db);
    const heard: SaveState[] = [];
    const stop = queue.onState((state) => heard.push(state));
    expect(heard).toEqual([{ kind: 'idle' }]);
    queue.put(version('one'));
    await queue.flush();
    stop();
    queue.report('blocked');
    expect(heard).toEqual([{ kind: 'idle' }, { kind: 'saved' }]);
  });
});
