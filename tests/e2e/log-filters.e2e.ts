// The log's filters: by outcome, by a range of days, both at once, and "Clear filters".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dayValue,
  expectLogRows,
  exportText,
  exportedIncident,
  importAndWait,
  logPath,
  logWords,
  noonOn,
  rowOf,
  type IncidentSpec,
} from './support/log';
import { button, expectCleanRun, useBrowser, walks } from './support/wizard';

const log = logWords.en.log;
const outcomes = logWords.en.outcomes;

const march = (day: number) => noonOn(2025, 3, day);

/** Five incidents in March 2025, one or two a week, of four kinds. */
const specs = {
  a: { id: 'a', startedAt: march(3), walk: walks.fixedBySignin },
  b: { id: 'b', startedAt: march(10), walk: walks.otherCardPaid },
  c: { id: 'c', startedAt: march(17), walk: walks.escalated },
  d: { id: 'd', startedAt: march(21), walk: walks.paidOnSecondRead },
  e: {
    id: 'e',
    startedAt: march(24),
    walk: walks.escalated,
    cutShort: { at: 'hardware.cables', as: 'abandoned' },
  },
} satisfies Record<string, IncidentSpec>;
const incidents = Object.values(specs).map(exportedIncident);
const row = {
  a: rowOf(specs.a),
  b: rowOf(specs.b),
  c: rowOf(specs.c),
  d: rowOf(specs.d),
  e: rowOf(specs.e),
};
const allRows = [row.e, row.d, row.c, row.b, row.a];

const outcomeSelect = (page: Page) =>
  page.getByRole('combobox', { name: log.outcome, exact: true });
const fromField = (page: Page) => page.getByRole('textbox', { name: log.from, exact: true });
const toField = (page: Page) => page.getByRole('textbox', { name: log.to, exact: true });

/** Opens the log and imports the five incidents. */
async function openLogWithIncidents(open: ReturnType<typeof useBrowser>['open']) {
  const opened = await open(logPath());
  await importAndWait(opened.page, exportText(incidents), { added: 5, updated: 0, unchanged: 0 });
  await expectLogRows(opened.page, allRows);
  return opened;
}

describe('log filters', () => {
  const { open } = useBrowser();

  it('"Outcome: Fixed" shows only the fixed incidents, and "Clear filters" shows all again', async () => {
    const opened = await openLogWithIncidents(open);
    const { page } = opened;
    expect(await button(page, log.clearFilters).count()).toBe(0);

    await outcomeSelect(page).selectOption({ label: outcomes.fixed });

    await expectLogRows(page, [row.d, row.a]);
    await button(page, log.clearFilters).click();
    await expectLogRows(page, allRows);
    expect(await outcomeSelect(page).inputValue()).toBe('all');
    await expectCleanRun(opened);
  });

  it('"From" and "To" keep the incidents started on those days and the days between', async () => {
    const opened = await openLogWithIncidents(open);
    const { page } = opened;

    await fromField(page).fill(dayValue(march(10)));
    await expectLogRows(page, [row.e, row.d, row.c, row.b]);
    await toField(page).fill(dayValue(march(17)));

    await expectLogRows(page, [row.c, row.b]);
    await button(page, log.clearFilters).click();
    await expectLogRows(page, allRows);
    expect(await fromField(page).inputValue()).toBe('');
    expect(await toField(page).inputValue()).toBe('');
    await expectCleanRun(opened);
  });

  it('outcome and dates together narrow the list, down to "No incidents match these filters."', async () => {
    const opened = await openLogWithIncidents(open);
    const { page } = opened;

    await outcomeSelect(page).selectOption({ label: outcomes.fixed });
    await fromField(page).fill(dayValue(march(4)));
    await expectLogRows(page, [row.d]);
    await toField(page).fill(dayValue(march(20)));

    await expectLogRows(page, []);
    expect(await page.getByText(log.emptyFiltered, { exact: true }).isVisible()).toBe(true);
    await button(page, log.clearFilters).click();
    await expectLogRows(page, allRows);
    await expectCleanRun(opened);
  });
});
