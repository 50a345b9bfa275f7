// The incident log: a walk shows up there with its whole path, an incident can be deleted (and
// brought back), the whole log can be emptied after a confirmation, and another tab keeps up.
import { describe, expect, it } from 'vitest';
import {
  expectIncidentCount,
  expectLogRows,
  expectStatus,
  exportedIncident,
  exportText,
  importAndWait,
  incidentPathLines,
  leaveForLog,
  logPath,
  logWords,
  noonOn,
  openAnotherPage,
  openRow,
  pathLine,
  pathLines,
  rowOf,
  rowText,
  startRecordedWalk,
  summaryValue,
  type IncidentSpec,
} from './support/log';
import {
  button,
  expectCleanRun,
  expectH1,
  fill,
  movesFrom,
  movesUntil,
  reachedWords,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
} from './support/wizard';

const log = logWords.en;
const fixedWalk = walks.fixedBySignin;

/** Three incidents of different outcomes, for the delete tests; newest last. */
const three: IncidentSpec[] = [
  { id: 'fixed-1', startedAt: noonOn(2025, 3, 3), walk: walks.fixedBySignin },
  { id: 'card-1', startedAt: noonOn(2025, 3, 10), walk: walks.otherCardPaid },
  {
    id: 'stopped-1',
    startedAt: noonOn(2025, 3, 17),
    walk: walks.escalated,
    cutShort: { at: 'hardware.cables', as: 'abandoned' },
  },
];
const threeIncidents = exportText(three.map(exportedIncident));
const threeRows = three.map((spec) => rowOf(spec)).reverse();

describe('incident log', () => {
  const { open } = useBrowser();

  it('a walk to "fixed" is the newest row, and its detail shows every step, answer and the outcome', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, fixedWalk.moves);
    await expectH1(page, reachedWords(fixedWalk).title);

    await leaveForLog(page);

    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('fixed', 'network.reconnect')]);

    await openRow(page, 0);

    // Every check with the words of the answer given, the charged question too.
    expect(await incidentPathLines(page)).toEqual(pathLines(fixedWalk));
    expect(await incidentPathLines(page)).toContain(
      `${titleOf('payment.charged')} — ${words.en.steps['payment.charged'].answers.notCharged}`,
    );
    expect(await summaryValue(page, log.incident.outcome)).toBe(log.outcomes.fixed);
    expect(await summaryValue(page, log.incident.endedAt)).toBe(titleOf('network.reconnect'));
    await expectCleanRun(opened);
  });

  it('"Delete this incident" removes it from the log, and "Undo" brings it back', async () => {
    const opened = await open(logPath());
    const { page } = opened;
    await importAndWait(page, threeIncidents, { added: 3, updated: 0, unchanged: 0 });
    await expectLogRows(page, threeRows);
    const logTab = await openAnotherPage(opened, logPath());
    await expectLogRows(logTab, threeRows);
    await page.bringToFront();

    await openRow(page, 1);
    expect(await summaryValue(page, log.incident.outcome)).toBe(log.outcomes['card-problem']);
    await tap(page, log.incident.delete);

    await expectH1(page, log.incident.deleted);
    await expectStatus(page, log.incident.deleted);
    await expectLogRows(logTab, [threeRows[0] ?? '', threeRows[2] ?? '']);

    await tap(page, log.incident.undo);

    await page
      .getByRole('heading', { level: 2, name: log.incident.path, exact: true })
      .waitFor({ state: 'visible' });
    expect(await summaryValue(page, log.incident.outcome)).toBe(log.outcomes['card-problem']);
    expect(await incidentPathLines(page)).toContain(pathLine(['card.other', 'otherPaid']));
    await expectLogRows(logTab, threeRows);
    await page.getByRole('link', { name: words.en.ui.menu.log, exact: true }).click();
    await expectLogRows(page, threeRows);
    await expectCleanRun(opened);
    await expectCleanRun({ ...opened, page: logTab });
  });

  it('"Delete all incidents" asks first: "Cancel" keeps them, "Yes, delete all" empties the log', async () => {
    const opened = await open(logPath());
    const { page } = opened;
    await importAndWait(page, threeIncidents, { added: 3, updated: 0, unchanged: 0 });
    await expectLogRows(page, threeRows);

    await tap(page, log.log.deleteAll);
    const question = page.getByRole('group', {
      name: fill(log.log.deleteAllConfirm_other, { count: 3 }),
      exact: true,
    });
    await question.waitFor({ state: 'visible' });
    await button(question, log.log.cancel).click();

    await expect.poll(() => question.count()).toBe(0);
    await expectLogRows(page, threeRows);
    await expectIncidentCount(page, 3);

    await tap(page, log.log.deleteAll);
    await button(question, log.log.deleteAllYes).click();

    await expectStatus(page, log.log.deletedAll);
    await expectIncidentCount(page, 0);
    await expectLogRows(page, []);
    expect(await page.getByText(log.log.empty, { exact: true }).isVisible()).toBe(true);
    await expectCleanRun(opened);
  });

  it('a second tab showing the log updates by itself when the first tab finishes an incident', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    const logTab = await openAnotherPage(opened, logPath());
    await expectH1(logTab, log.log.title);
    await expectIncidentCount(logTab, 0);

    // Back to the first tab, as a person would (a tab in the background draws slowly).
    await page.bringToFront();
    await startRecordedWalk(page);
    await walk(page, movesUntil(fixedWalk, 'triage.card'));
    await expectLogRows(logTab, [rowText('open', 'triage.card')]);

    await walk(page, movesFrom(fixedWalk, 'triage.card'));
    await expectH1(page, reachedWords(fixedWalk).title);

    await expectLogRows(logTab, [rowText('fixed', fixedWalk.at)]);
    await expectIncidentCount(logTab, 1);
    expect(await logTab.getByRole('heading', { level: 1 }).textContent()).toBe(log.log.title);
    await expectCleanRun(opened);
    await expectCleanRun({ ...opened, page: logTab });
  });

  it('the start screen\'s "Incident log" link opens the log', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await expectH1(page, words.en.ui.start.title);

    await page.getByRole('link', { name: words.en.ui.menu.log, exact: true }).click();

    await expectH1(page, log.log.title);
    await expectIncidentCount(page, 0);
    expect(await page.getByText(log.log.empty, { exact: true }).isVisible()).toBe(true);
    await expectCleanRun(opened);
  });
});
