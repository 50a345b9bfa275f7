// The pattern for every schema change: open the database as an older released version left it
// (its schema frozen here, never edited), then open it with today's IncidentDatabase.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IncidentDatabase } from '../../src/incidents/db';
import { fixtureIncidents } from '../fixtures/incidents';

/** Version 1 as released. A later version adds version(2) to IncidentDatabase and a test here. */
const releasedSchemas = {
  1: {
    incidents: 'id, startedAt, [outcome+startedAt], [outcome+endedAtStep]',
    settings: 'key',
  },
} as const;

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

async function databaseLeftByVersion(version: keyof typeof releasedSchemas): Promise<string> {
  const name = `upgrade-from-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores(releasedSchemas[version]);
  await old.table('incidents').bulkAdd(fixtureIncidents);
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
    const db = new IncidentDatabase(await databaseLeftByVersion(1));
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

  it('declares no version older than the newest released one', () => {
    const db = new IncidentDatabase(`versions-${crypto.randomUUID()}`);
    const newestReleased = Math.max(...Object.keys(releasedSchemas).map(Number));
    expect(db.verno).toBeGreaterThanOrEqual(newestReleased);
    db.close();
  });
});
