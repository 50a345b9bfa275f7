// Importing a JSON backup: a real export moves to another device, importing twice adds nothing,
// a newer copy of an incident replaces the older, and a bad file is refused with nothing changed.
import { describe, it } from 'vitest';
import {
  download,
  expectAlert,
  expectIncidentCount,
  expectLogRows,
  exportedIncident,
  exportText,
  importAndWait,
  importFile,
  leaveForLog,
  logPath,
  logWords,
  noonOn,
  rowText,
  startRecordedWalk,
} from './support/log';
import {
  checkOrder,
  expectCleanRun,
  expectH1,
  firstCheck,
  titleOf,
  useBrowser,
  walk,
} from './support/wizard';

const log = logWords.en;
const problems = log.backup.problems;

const twoIncidents = [
  exportedIncident({
    id: 'first',
    startedAt: noonOn(2025, 5, 5),
    outcome: 'fixed',
    at: 'network.switch',
  }),
  exportedIncident({
    id: 'second',
    startedAt: noonOn(2025, 5, 6),
    outcome: 'security-stop',
    at: 'pin.holder',
    language: 'zh-CN',
    note: '顾客说卡是朋友的',
  }),
];
const twoRows = [rowText('security-stop', 'pin.holder'), rowText('fixed', 'network.switch')];
const validText = exportText(twoIncidents);

describe('importing a JSON backup', () => {
  const { open } = useBrowser();

  it('an export from one device imports on another, and importing it again changes nothing', async () => {
    const first = await open('/?lang=en');
    await startRecordedWalk(first.page);
    await walk(first.page, [
      [firstCheck, 'still'],
      [checkOrder[1], 'fixed'],
    ]);
    await expectH1(first.page, titleOf('outcome.fixed'));
    await leaveForLog(first.page);
    const exported = await download(first.page, log.backup.json);
    await expectCleanRun(first);

    const second = await open(logPath());
    const { page } = second;
    await expectIncidentCount(page, 0);
    await importAndWait(page, exported.text, { added: 1, updated: 0, unchanged: 0 });
    await expectLogRows(page, [rowText('fixed', checkOrder[1])]);

    await importAndWait(page, exported.text, { added: 0, updated: 0, unchanged: 1 });
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('fixed', checkOrder[1])]);
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
        outcome: 'abandoned',
        at: 'card.insert',
      }),
    ]);
    await importAndWait(page, later, { added: 1, updated: 1, unchanged: 1 });

    await expectLogRows(page, [
      rowText('abandoned', 'card.insert'),
      rowText('card-problem', 'pin.holder'),
      rowText('fixed', 'network.switch'),
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
