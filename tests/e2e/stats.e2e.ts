// The stats page adds up the log: incidents by outcome, the checks that fixed E1, and the weeks,
// each as a chart named by its title with the same numbers in a table.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  exportedIncident,
  exportText,
  importAndWait,
  leaveForLog,
  logWords,
  startRecordedWalk,
  statsPath,
} from './support/log';
import {
  expectCleanRun,
  expectH1,
  fill,
  goTo,
  reachedWords,
  titleOf,
  useBrowser,
  walk,
  walks,
} from './support/wizard';

const { stats, outcomes } = logWords.en;

/** Monday 00:00 local time of the week holding `time`: where the stats' weeks start. */
function mondayOf(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** A table's rows as [row header, value] pairs. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  const rows = await table.getByRole('row').all();
  return Promise.all(
    rows.map(async (row) => [
      (await row.getByRole('rowheader').textContent()) ?? '',
      (await row.getByRole('cell').textContent()) ?? '',
    ]),
  );
}

describe('stats', () => {
  const { open } = useBrowser();

  it('with no incidents, the stats page says there are none', async () => {
    const opened = await open(statsPath());
    const { page } = opened;
    await expectH1(page, stats.title);

    await page.getByText(stats.none, { exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('img').count()).toBe(0);
    await expectCleanRun(opened);
  });

  it('after a few incidents, the charts and their tables show the totals by outcome, by fixing check and by week', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, walks.fixedBySignin.moves);
    await expectH1(page, reachedWords(walks.fixedBySignin).title);
    await leaveForLog(page);
    const now = Date.now();
    const minutesAgo = (minutes: number) => now - minutes * 60_000;
    const imported = [
      exportedIncident({ id: 'f', startedAt: minutesAgo(30), walk: walks.fixedBySignin }),
      exportedIncident({ id: 'w', startedAt: minutesAgo(20), walk: walks.paidOnSecondRead }),
      exportedIncident({ id: 'c', startedAt: minutesAgo(10), walk: walks.otherCardPaid }),
    ];
    await importAndWait(page, exportText(imported), { added: 3, updated: 0, unchanged: 0 });
    const thisWeek = [now, ...imported.map((incident) => incident.startedAt)].filter(
      (started) => started >= mondayOf(now),
    ).length;

    await goTo(page, statsPath());

    await page
      .getByText(fill(stats.total_other, { count: 4 }), { exact: true })
      .waitFor({ state: 'visible' });
    for (const title of [stats.byOutcome, stats.fixedBy, stats.perWeek]) {
      expect(await page.getByRole('img', { name: title, exact: true }).isVisible()).toBe(true);
    }
    expect(await tableRows(page, stats.byOutcome)).toEqual([
      [outcomes.fixed, '3'],
      [outcomes['already-paid'], '0'],
      [outcomes['double-charge'], '0'],
      [outcomes.reversal, '0'],
      [outcomes.outage, '0'],
      [outcomes['card-problem'], '1'],
      [outcomes['security-stop'], '0'],
      [outcomes.repair, '0'],
      [outcomes.escalated, '0'],
      [outcomes.abandoned, '0'],
    ]);
    // The fix is the check that worked: the sign-in after reconnecting, the card read again.
    expect(await tableRows(page, stats.fixedBy)).toEqual([
      [titleOf('network.reconnect'), '2'],
      [titleOf('card.insert'), '1'],
    ]);
    const weeks = await tableRows(page, stats.perWeek);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)?.[1]).toBe(String(thisWeek));
    await expectCleanRun(opened);
  });
});
