// @vitest-environment jsdom
// (localStorage and the page's visibility: this file needs a browser's window.)
// What the page and the database tell the write queue: another tab's upgrade (save what is held,
// then stop writing and ask for a reload), the page shown again (retry now), the page going away
// (keep what is unwritten); and how a failed write is named.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase } from '../../src/db/database';
import { watchStorage } from '../../src/incidents/storageEvents';
import { storageProblemOf } from '../../src/incidents/storageProblem';
import { unsavedIncidentsIn } from '../../src/incidents/unsaved';
import { WriteQueue, type SaveState } from '../../src/incidents/writeQueue';
import { fixedIncident } from '../fixtures/incidents';

let name: string;
let db: AppDatabase;
let unwatch = () => {};

beforeEach(() => {
  name = `events-${crypto.randomUUID()}`;
  db = new AppDatabase(name);
  localStorage.clear();
});
afterEach(async () => {
  unwatch();
  vi.restoreAllMocks();
  db.close();
  await new AppDatabase(name).delete();
});

/** The app as a later release opens it in another tab: one schema version more. */
class UpgradedDatabase extends AppDatabase {
  constructor(databaseName: string) {
    super(databaseName);
    this.version(99).stores({});
  }
}

function watchedQueue() {
  const fallback = unsavedIncidentsIn(localStorage);
  const queue = new WriteQueue(db, { fallback, retryDelaysMs: [60_000] });
  const states: SaveState[] = [];
  queue.onState((state) => states.push(state));
  unwatch = watchStorage(db, queue, window);
  return { queue, states, fallback };
}

describe('another tab upgrading the database', () => {
  it('gets what this tab holds first, then this tab writes nothing more and asks for a reload', async () => {
    const { queue, states, fallback } = watchedQueue();
    await db.open();
    // A write that failed and waits for its retry when the other tab opens.
    vi.spyOn(db.incidents, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    queue.put({ ...fixedIncident, note: 'before the upgrade' });
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('failed'));
    const upgraded = new UpgradedDatabase(name);
    await upgraded.open();
    expect((await upgraded.incidents.get(fixedIncident.id))?.note).toBe('before the upgrade');
    await vi.waitFor(() =>
      expect(states.at(-1)).toMatchObject({ kind: 'failed', problem: 'upgradedElsewhere' }),
    );
    expect(db.isOpen()).toBe(false);

    queue.put({ ...fixedIncident, note: 'after it', updatedAt: fixedIncident.updatedAt + 1 });
    await queue.flush();
    expect((await upgraded.incidents.get(fixedIncident.id))?.note).toBe('before the upgrade');
    expect(fallback.read().map((incident) => incident.note)).toEqual(['after it']);
    upgraded.close();
  });

  it('says what to do while its own upgrade waits for an older tab to let go', async () => {
    const older = new AppDatabase(name);
    await older.open();
    // An older tab that does not let go at once.
    older.on('versionchange', () => false);
    db.close();
    db = new UpgradedDatabase(name);
    const { states } = watchedQueue();
    const opening = db.open();
    await vi.waitFor(() =>
      expect(states.at(-1)).toEqual({
        kind: 'failed',
        problem: 'blocked',
        retryInMs: null,
        kept: false,
      }),
    );
    older.close();
    await opening;
  });
});

describe('the page', () => {
  it('shown again, tries a failed write at once', async () => {
    const { queue, states } = watchedQueue();
    const bulkPut = vi
      .spyOn(db.incidents, 'bulkPut')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    queue.put(fixedIncident);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('failed'));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'saved' }));
    expect(bulkPut).toHaveBeenCalledTimes(2);
  });

  it('hidden, does not try again', async () => {
    const { queue } = watchedQueue();
    const retry = vi.spyOn(queue, 'retryNow');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(retry).not.toHaveBeenCalled();
  });

  it('going away, keeps what is not written yet where the next page finds it', () => {
    const { queue, fallback } = watchedQueue();
    queue.put(fixedIncident);
    window.dispatchEvent(new Event('pagehide'));
    expect(fallback.read()).toEqual([fixedIncident]);
  });

  it('tells the queue nothing once unwatched', async () => {
    const { queue } = watchedQueue();
    const retry = vi.spyOn(queue, 'retryNow');
    const keep = vi.spyOn(queue, 'keepUnsaved');
    const halt = vi.spyOn(queue, 'halt');
    unwatch();
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    await db.open();
    const upgraded = new UpgradedDatabase(name);
    const opening = upgraded.open();
    // Unwatched, this tab does not let go by itself: Dexie closes it as it would any page.
    await opening;
    expect(retry).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
    expect(halt).not.toHaveBeenCalled();
    upgraded.close();
  });
});

describe('a failed write, named', () => {
  const named = (name: string, inner?: string) =>
    Object.assign(new Error(name), { name }, inner ? { inner: { name: inner } } : {});

  it('as the screens say it', () => {
    expect(storageProblemOf(new DOMException('no room', 'QuotaExceededError'))).toBe('full');
    expect(storageProblemOf(named('AbortError', 'QuotaExceededError'))).toBe('full');
    expect(storageProblemOf(named('DatabaseClosedError', 'VersionError'))).toBe(
      'upgradedElsewhere',
    );
    for (const outer of ['OpenFailedError', 'DatabaseClosedError', 'MissingAPIError']) {
      expect(storageProblemOf(named(outer)), outer).toBe('unavailable');
    }
    for (const inner of ['InvalidStateError', 'UnknownError', 'SecurityError']) {
      expect(storageProblemOf(named('AbortError', inner)), inner).toBe('unavailable');
    }
    expect(storageProblemOf(named('InvalidStateError'))).toBe('unavailable');
    // The browser's own error, not wrapped by Dexie.
    expect(storageProblemOf(named('UnknownError'))).toBe('unavailable');
    // A database newer than this page's code, found on opening, is not another tab's upgrade.
    expect(storageProblemOf(named('OpenFailedError', 'VersionError'))).toBe('unavailable');
    expect(storageProblemOf(named('ConstraintError'))).toBe('unknown');
    expect(storageProblemOf('a string')).toBe('unknown');
    expect(storageProblemOf(null)).toBe('unknown');
  });
});
