import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/db/database';
import enLog from '../../content/log/en.json';
import {
  exportFormat,
  importExport,
  type ImportProblem,
  toCsv,
  toJson,
} from '../../src/incidents/exchange';
import type { Incident } from '../../src/db';
import { stepWords } from '../../src/i18n';
import {
  cardIncident,
  firstTreeIncident,
  fixedIncident,
  fixtureIncidents,
} from '../fixtures/incidents';

let db: AppDatabase;

beforeEach(() => {
  db = new AppDatabase(`exchange-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const exportedAt = new Date(Date.UTC(2026, 10, 25));
const csvWords = { steps: stepWords.en, log: enLog };
const allIncidents = () => db.incidents.orderBy('startedAt').toArray();

/** An export as plain data, to spoil in the tests below. */
function exportFile(incidents: Incident[] = fixtureIncidents) {
  const file = JSON.parse(toJson(incidents, exportedAt)) as Record<string, unknown> & {
    incidents: Record<string, unknown>[];
  };
  const record = (index: number) => {
    const found = file.incidents[index];
    if (!found) throw new Error(`no incident ${index}`);
    return found;
  };
  return { file, record };
}

describe('JSON export and import', () => {
  it('gives back the same records after export, wipe and import', async () => {
    await db.incidents.bulkAdd(fixtureIncidents);
    const file = toJson(await allIncidents(), exportedAt);
    await db.incidents.clear();

    expect(await importExport(db, file)).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0 });
    expect(await allIncidents()).toEqual(fixtureIncidents);
  });

  it('carries a format, a version and a record count', () => {
    expect(exportFile().file).toMatchObject({ format: exportFormat, version: 1, count: 3 });
  });

  it('leaves out the machine snapshot of an open incident', () => {
    const open: Incident = {
      ...fixedIncident,
      outcome: 'open',
      snapshot: { status: 'active', output: undefined, error: undefined },
    };
    expect(exportFile([open]).record(0)).not.toHaveProperty('snapshot');
  });

  it('merges by id: a later version of a record replaces it, an older one does not', async () => {
    await db.incidents.bulkAdd(fixtureIncidents);
    const newer = {
      ...fixedIncident,
      note: 'edited on the other phone',
      updatedAt: fixedIncident.updatedAt + 1,
    };
    const older = { ...cardIncident, note: 'stale', updatedAt: cardIncident.updatedAt - 1 };
    const brandNew = { ...cardIncident, id: 'from-the-other-phone' };

    expect(await importExport(db, toJson([newer, older, brandNew], exportedAt))).toEqual({
      ok: true,
      added: 1,
      updated: 1,
      unchanged: 1,
    });
    expect((await db.incidents.get(fixedIncident.id))?.note).toBe('edited on the other phone');
    expect((await db.incidents.get(cardIncident.id))?.note).toBe(cardIncident.note);
    expect(await db.incidents.count()).toBe(4);
  });

  it('masks card numbers in notes it imports', async () => {
    const { file, record } = exportFile();
    record(0).note = '顾客卡号 6212 3456 7890 1265';
    await importExport(db, JSON.stringify(file));
    expect((await db.incidents.get('fixture-fixed'))?.note).toBe('顾客卡号 6212 34** **** 1265');
  });

  it('reads a backup made before the tree was rebuilt with today’s step names', async () => {
    const { file } = exportFile();
    const { snapshot, ...exported } = firstTreeIncident;
    file.incidents = [exported];
    file.count = 1;
    expect(snapshot).toBeNull();
    await importExport(db, JSON.stringify(file));
    const imported = await db.incidents.get(firstTreeIncident.id);
    expect(imported?.steps.map((entry) => entry.step)).toEqual([
      'network.signal',
      'card.insert',
      'card.other',
      'pin.locked',
      'config.params',
      'network.host',
      'outcome.abandoned',
    ]);
    expect(imported?.endedAtStep).toBe('network.host');
  });
});

/** The first `share` of `text`, as a file cut off in copying is. */
const cutOff = (text: string, share: number) => text.slice(0, Math.floor(text.length * share));

describe('a file that is not a good export', () => {
  const valid = () => exportFile().file;
  const spoilt = (spoil: (record: (index: number) => Record<string, unknown>) => void) => {
    const { file, record } = exportFile();
    spoil(record);
    return JSON.stringify(file);
  };
  const cases: [string, () => string, ImportProblem][] = [
    ['not JSON at all', () => 'hello, this is a CSV,1,2', 'notJson'],
    ['this app’s own CSV export', () => toCsv(fixtureIncidents, csvWords), 'notJson'],
    ['an image', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'notJson'],
    ['empty', () => '', 'notJson'],
    ['cut off half way', () => cutOff(toJson(fixtureIncidents, exportedAt), 0.5), 'incomplete'],
    [
      'cut off right after its format',
      () => {
        const text = toJson(fixtureIncidents, exportedAt);
        return text.slice(0, text.indexOf(exportFormat) + `${exportFormat}",`.length);
      },
      'incomplete',
    ],
    [
      'cut off, saved compact with a byte-order mark',
      () => `\uFEFF${cutOff(JSON.stringify(valid()), 0.5)}`,
      'incomplete',
    ],
    ['JSON from another app', () => JSON.stringify({ todos: [] }), 'foreign'],
    ['a bare array', () => JSON.stringify([]), 'foreign'],
    [
      'another format name',
      () => JSON.stringify({ ...valid(), format: 'someone-else' }),
      'foreign',
    ],
    ['from a newer version', () => JSON.stringify({ ...valid(), version: 2 }), 'tooNew'],
    ['a count that does not match', () => JSON.stringify({ ...valid(), count: 2 }), 'corrupt'],
    [
      'a step id the app never had',
      () =>
        spoilt(
          (record) =>
            (record(0).steps = [
              { step: 'network.<script>', shownAt: 1, answer: null, answeredAt: null },
            ]),
        ),
      'corrupt',
    ],
    ['a record missing its times', () => spoilt((record) => delete record(1).startedAt), 'corrupt'],
    ['an unknown outcome', () => spoilt((record) => (record(2).outcome = 'refunded')), 'corrupt'],
    ['far too large', () => ' '.repeat(50_000_001), 'tooLarge'],
  ];

  it.each(cases)('is refused when %s, and nothing changes', async (_, file, problem) => {
    await db.incidents.bulkAdd(fixtureIncidents.slice(0, 1));
    const before = await allIncidents();
    expect(await importExport(db, file())).toEqual({ ok: false, problem });
    expect(await allIncidents()).toEqual(before);
  });
});
