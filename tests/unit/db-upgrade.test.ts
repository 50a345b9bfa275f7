// The pattern for every schema change: open the database as an older released version left it
// (its schema frozen here, never edited), then open it with today's AppDatabase.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/db/database';
import { firstTreeIncident, fixtureIncidents } from '../fixtures/incidents';

/**
 * Each released version's stores() as it shipped (Dexie keeps the tables a version leaves out).
 * A later version adds version(n + 1) to AppDatabase, its schema here and a test below.
 */
const releasedSchemas = {
  1: {
    incidents: 'id, startedAt, [outcome+startedAt], [outcome+endedAtStep]',
    settings: 'key',
  },
  2: {
    attempts: 'id, startedAt',
  },
  3: {},
  4: {
    incidents: 'id, startedAt, [outcome+startedAt], [outcome+endedAtStep], code',
  },
} as const;

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

async function databaseLeftByVersion(
  version: 1 | 2 | 3,
  incidents: readonly object[] = fixtureIncidents,
): Promise<string> {
  const name = `upgrade-from-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  for (let each = 1; each <= version; each += 1) {
    old.version(each).stores(releasedSchemas[each as 1 | 2 | 3]);
  }
  await old.table('incidents').bulkAdd(incidents);
  await old.table('settings').put({
    key: 'terminal',
    value: {
      providerName: 'Acquirer Co',
      providerHotline: '400 000 0000',
      terminalSn: 'SN-1',
      merchantNumber: 'M-1',
      terminalNumber: 'T-1',
    },
  });
  old.close();
  return name;
}

describe('opening a database an older version left behind', () => {
  it('upgrades version 1 with every incident and setting intact', async () => {
    const db = new AppDatabase(await databaseLeftByVersion(1));
    expect(await db.incidents.orderBy('startedAt').toArray()).toEqual(fixtureIncidents);
    expect(await db.settings.get('terminal')).toMatchObject({ value: { terminalSn: 'SN-1' } });
    // The indexes still answer the queries the screens make.
    expect(
      await db.incidents
        .where('[outcome+startedAt]')
        .between(['fixed', 0], ['fixed', Infinity])
        .count(),
    ).toBe(1);
    db.close();
  });

  it('upgrades version 1 to 2: the log and settings intact, and an empty attempts table beside them', async () => {
    const db = new AppDatabase(await databaseLeftByVersion(1));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.incidents.orderBy('startedAt').toArray()).toEqual(fixtureIncidents);
    expect(await db.settings.get('terminal')).toMatchObject({ value: { terminalSn: 'SN-1' } });
    expect(await db.attempts.count()).toBe(0);

    const attempt = {
      id: 'attempt-1',
      scenario: 'loose-sim',
      trainee: 'Ana',
      language: 'en',
      startedAt: 1_700_000_000_000,
      endedAt: 1_700_000_060_000,
      outcome: 'fixed',
      endedAtStep: 'network.reconnect',
      steps: [
        { step: 'network.signal', shownAt: 1_700_000_000_000, answer: 'noSignal' },
        { step: 'network.reconnect', shownAt: 1_700_000_030_000, answer: 'works' },
        { step: 'payment.charged', shownAt: 1_700_000_045_000, answer: 'notCharged' },
        { step: 'outcome.fixed', shownAt: 1_700_000_060_000, answer: null },
      ],
    } as const;
    await db.attempts.put({ ...attempt, steps: [...attempt.steps] });
    expect(await db.attempts.orderBy('startedAt').toArray()).toEqual([attempt]);
    // The practice run is in its own table: the log holds exactly what it held before.
    expect(await db.incidents.count()).toBe(fixtureIncidents.length);
    db.close();
  });

  it('upgrades to 3: incidents logged under the first tree name today’s steps and answers', async () => {
    const db = new AppDatabase(await databaseLeftByVersion(2, [firstTreeIncident]));
    const [incident] = await db.incidents.toArray();
    expect(incident?.steps.map((entry) => [entry.step, entry.answer])).toEqual([
      ['network.signal', null],
      ['card.insert', 'still'],
      ['card.other', 'otherFails'],
      ['pin.locked', 'notLocked'],
      ['config.params', 'fails'],
      ['network.host', null],
      ['outcome.abandoned', null],
    ]);
    expect(incident?.endedAtStep).toBe('network.host');
    expect(incident?.note).toBe(firstTreeIncident.note);
    db.close();
  });

  it('upgrades to 4: every incident as it was, and those that followed a response code counted by it', async () => {
    const withCode = { ...fixtureIncidents[0], id: 'with-code', code: '51' };
    const db = new AppDatabase(await databaseLeftByVersion(3, [...fixtureIncidents, withCode]));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.incidents.count()).toBe(fixtureIncidents.length + 1);
    expect(await db.incidents.get('with-code')).toEqual(withCode);
    // Incidents without a code stay out of the index.
    expect(await db.incidents.orderBy('code').keys()).toEqual(['51']);
    db.close();
  });

  it('declares no version older than the newest released one', () => {
    const db = new AppDatabase(`versions-${crypto.randomUUID()}`);
    const newestReleased = Math.max(...Object.keys(releasedSchemas).map(Number));
    expect(db.verno).toBeGreaterThanOrEqual(newestReleased);
    db.close();
  });
});
