// Importing a JSON backup: a real export moves to another device, importing twice adds nothing,
// a newer copy of an incident replaces the older, and a bad file is refused with nothing changed.
import { describe, expect, it } from 'vitest';
import {
  download,
  expectAlert,
  expectIncidentCount,
  expectLogRows,
  exportFormat,
  exportedIncident,
  exportText,
  importAndWait,
  importFile,
  incidentPathLines,
  leaveForLog,
  logPath,
  logWords,
  noonOn,
  openRow,
  pathLine,
  rowOf,
  rowText,
  startRecordedWalk,
  type IncidentSpec,
} from './support/log';
import { expectCleanRun, expectH1, reachedWords, useBrowser, walk, walks } from './support/wizard';

const log = logWords.en;
const problems = log.backup.problems;

const twoSpecs: IncidentSpec[] = [
  { id: 'first', startedAt: noonOn(2025, 5, 5), walk: walks.fixedBySignin },
  {
    id: 'second',
    startedAt: noonOn(2025, 5, 6),
    walk: walks.securityStop,
    language: 'zh-CN',
    note: '顾客说卡是朋友的',
  },
];
const twoIncidents = twoSpecs.map(exportedIncident);
const twoRows = twoSpecs.map((spec) => rowOf(spec)).reverse();
const validText = exportText(twoIncidents);

describe('importing a JSON backup', () => {
  const { open } = useBrowser();

  it('an export from one device imports on another, and importing it again changes nothing', async () => {
    const first = await open('/?lang=en');
    await startRecordedWalk(first.page);
    await walk(first.page, walks.paidOnSecondRead.moves);
    await expectH1(first.page, reachedWords(walks.paidOnSecondRead).title);
    await leaveForLog(first.page);
    const exported = await download(first.page, log.backup.json);
    await expectCleanRun(first);

    const second = await open(logPath());
    const { page } = second;
    await expectIncidentCount(page, 0);
    await importAndWait(page, exported.text, { added: 1, updated: 0, unchanged: 0 });
    await expectLogRows(page, [rowText('fixed', 'card.insert')]);

    await importAndWait(page, exported.text, { added: 0, updated: 0, unchanged: 1 });
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('fixed', 'card.insert')]);
    await expectCleanRun(second);
  });

  it('a backup counts new, updated and already-here incidents, keeping the newer copy of each', async () => {
    const opened = await open(logPath());
    const { page } = opened;
    await importAndWait(page, validText, { added: 2, updated: 0, unchanged: 0 });
    await expectLogRows(page, twoRows);

    const [first, second] = twoIncidents;
    if (!first || !second) throw new Error('two incidents expected');
    const later = exportText([
      first,
      { ...second, outcome: 'card-problem', updatedAt: second.updatedAt + 1 },
      exportedIncident({
        id: 'third',
        startedAt: noonOn(2025, 5, 7),
        walk: walks.otherCardPaid,
        cutShort: { at: 'card.insert', as: 'abandoned' },
      }),
    ]);
    await importAndWait(page, later, { added: 1, updated: 1, unchanged: 1 });

    await expectLogRows(page, [
      rowText('abandoned', 'card.insert'),
      rowText('card-problem', 'pin.holder'),
      rowText('fixed', 'network.reconnect'),
    ]);
    await expectCleanRun(opened);
  });

  it('a backup made before the tree was rebuilt imports, its old steps shown by their new names', async () => {
    const startedAt = noonOn(2025, 2, 3);
    // Version 0.1 of the app: old step ids (card.wipe, config.software) and old answers.
    const oldStep = (step: string, answer: string | null, second: number) => ({
      step,
      shownAt: startedAt + second * 1_000,
      answer,
      answeredAt: answer === null ? null : startedAt + second * 1_000 + 500,
    });
    const oldBackup = JSON.stringify({
      format: exportFormat,
      version: 1,
      exportedAt: new Date(startedAt + 3_600_000).toISOString(),
      count: 1,
      incidents: [
        {
          id: 'before-the-rebuild',
          startedAt,
          updatedAt: startedAt + 60_000,
          endedAt: startedAt + 60_000,
          language: 'en',
          outcome: 'fixed',
          endedAtStep: 'config.software',
          steps: [
            oldStep('card.wipe', 'still', 0),
            oldStep('config.software', 'fixed', 10),
            oldStep('outcome.fixed', null, 60),
          ],
          note: '',
        },
      ],
    });
    const opened = await open(logPath());
    const { page } = opened;

    await importAndWait(page, oldBackup, { added: 1, updated: 0, unchanged: 0 });

    await expectLogRows(page, [rowText('fixed', 'config.params')]);
    await openRow(page, 0);
    expect(await incidentPathLines(page)).toEqual([
      pathLine(['card.insert', 'still']),
      pathLine(['config.params', 'works']),
      pathLine('outcome.fixed'),
    ]);
    await expectCleanRun(opened);
  });

  const refused: [what: string, text: () => string, message: string][] = [
    ['a file that is not JSON', () => 'id,started,ended\r\n1,2,3', problems.notJson],
    [
      'JSON from something else',
      () => JSON.stringify({ format: 'another-app.backup', version: 1, items: [] }),
      problems.foreign,
    ],
    [
      'a backup from a newer version',
      () => exportText(twoIncidents, { version: 2 }),
      problems.tooNew,
    ],
    [
      'an export cut off half way',
      () => validText.slice(0, Math.floor(validText.length / 2)),
      problems.incomplete,
    ],
    [
      'an export missing incidents its count promises',
      () => exportText(twoIncidents.slice(0, 1), { count: 2 }),
      problems.corrupt,
    ],
    [
      'an export with a damaged record',
      () => validText.replace('"outcome": "fixed"', '"outcome": "refunded"'),
      problems.corrupt,
    ],
  ];

  it.each(refused)(
    '%s is refused with its message, and the log is unchanged',
    async (_, text, message) => {
      const opened = await open(logPath());
      const { page } = opened;
      await importAndWait(page, validText, { added: 2, updated: 0, unchanged: 0 });

      await importFile(page, text(), 'en', 'backup.json');

      await expectAlert(page, message);
      await expectIncidentCount(page, 2);
      await expectLogRows(page, twoRows);
      await expectCleanRun(opened);
    },
  );
});
