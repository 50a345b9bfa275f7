import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import enUi from '../../content/log/en.json';
import zhUi from '../../content/log/zh-CN.json';
import { createI18n, firstScreenNamespaces, I18nProvider, type Language } from '../../src/i18n';
import { db } from '../../src/db/database';
import StatsScreen from '../../src/incidents/screens/StatsScreen';
import type { Incident } from '../../src/db';
import type { CheckId } from '../../src/wizard';

// Wednesday 12 March 2025, 10:00 local time: this week began on Monday 10 March.
const now = new Date(2025, 2, 12, 10, 0).getTime();
const daysAgo = (days: number) => now - days * 86_400_000;

let nextId = 0;
function incident(
  outcome: Incident['outcome'],
  endedAtStep: CheckId | null,
  startedAt: number,
): Incident {
  nextId += 1;
  return {
    id: `incident-${nextId}`,
    startedAt,
    updatedAt: startedAt,
    endedAt: outcome === 'open' ? null : startedAt + 90_000,
    language: 'en',
    outcome,
    endedAtStep,
    steps: [],
    note: '',
    snapshot: null,
  };
}

/** Ten incidents: six fixed (by three checks), one each of three other outcomes, one open. */
const seeded: Incident[] = [
  incident('fixed', 'card.insert', daysAgo(1)),
  incident('fixed', 'card.insert', daysAgo(2)),
  incident('fixed', 'card.insert', daysAgo(15)),
  incident('fixed', 'restart.power', daysAgo(1)),
  incident('fixed', 'restart.power', daysAgo(30)),
  incident('fixed', 'network.signal', daysAgo(40)),
  incident('card-problem', 'card.other', daysAgo(9)),
  incident('escalated', 'escalate.call', daysAgo(60)),
  // Long before the last 12 weeks: in the totals, in no week.
  incident('abandoned', 'hardware.reader', daysAgo(200)),
  incident('open', 'pin.reenter', daysAgo(0)),
];

/** Renders the screen with its words already loaded, as they are once the log's code has loaded. */
async function showStats(language: Language = 'en') {
  const i18n = createI18n(language);
  await i18n.loadNamespaces([...firstScreenNamespaces, 'log']);
  render(
    <I18nProvider i18n={i18n}>
      <StatsScreen topBar={null} />
    </I18nProvider>,
  );
}

const dataTable = (name: string) => screen.findByRole('table', { name });
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);

beforeEach(async () => {
  // Only Date is faked: Dexie and fake-indexeddb still run on real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  await Promise.all([db.incidents.clear(), db.settings.clear()]);
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all([db.incidents.clear(), db.settings.clear()]);
});

describe('the stats screen', () => {
  it('counts every incident and breaks them down by outcome', async () => {
    await db.incidents.bulkAdd(seeded);
    await showStats();

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enUi.stats.title);
    expect(await screen.findByText('10 incidents in all')).toBeVisible();
    expect(screen.getByRole('img', { name: enUi.stats.byOutcome })).toBeInTheDocument();
    const table = await dataTable(enUi.stats.byOutcome);
    expect(within(table).getByRole('row', { name: 'Fixed 6' })).toBeInTheDocument();
    expect(rowNames(table)).toEqual([
      `${enUi.outcomes.fixed}6`,
      `${enUi.outcomes['already-paid']}0`,
      `${enUi.outcomes['double-charge']}0`,
      `${enUi.outcomes.reversal}0`,
      `${enUi.outcomes.outage}0`,
      `${enUi.outcomes['card-problem']}1`,
      `${enUi.outcomes['security-stop']}0`,
      `${enUi.outcomes.repair}0`,
      `${enUi.outcomes.escalated}1`,
      `${enUi.outcomes.abandoned}1`,
      `${enUi.outcomes.open}1`,
    ]);
  });

  it('names the checks that fixed E1, most frequent first', async () => {
    await db.incidents.bulkAdd(seeded);
    await showStats();

    const table = await dataTable(enUi.stats.fixedBy);
    expect(screen.getByRole('img', { name: enUi.stats.fixedBy })).toBeInTheDocument();
    expect(rowNames(table)).toEqual([
      `${enSteps['card.insert'].title}3`,
      `${enSteps['restart.power'].title}2`,
      `${enSteps['network.signal'].title}1`,
    ]);
  });

  it('shows the last 12 weeks by their Mondays, this week last', async () => {
    await db.incidents.bulkAdd(seeded);
    await showStats();

    const table = await dataTable(enUi.stats.perWeek);
    const weeks = within(table).getAllByRole('row');
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toHaveAccessibleName('Mar 10 4');
    expect(weeks.at(-2)).toHaveAccessibleName('Mar 3 1');
    expect(weeks.at(-3)).toHaveAccessibleName('Feb 24 1');
    // 11 weeks before Monday 10 March; the incident of 200 days ago falls before it.
    expect(weeks[0]).toHaveAccessibleName('Dec 23 0');
    expect(within(table).getByRole('row', { name: 'Jan 6 1' })).toBeInTheDocument();
    const counts = weeks.map((week) => Number(within(week).getByRole('cell').textContent));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(seeded.length - 1);
  });

  it('says loading, then that there is nothing yet, with no charts', async () => {
    await showStats();

    expect(screen.getByRole('status')).toHaveTextContent(enUi.log.loading);
    expect(await screen.findByText(enUi.stats.none)).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when nothing has been fixed yet, and still charts the rest', async () => {
    await db.incidents.bulkAdd([incident('escalated', 'escalate.call', daysAgo(1))]);
    await showStats();

    expect(await screen.findByText(enUi.stats.noneFixed)).toBeVisible();
    expect(screen.getByRole('heading', { name: enUi.stats.fixedBy })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: enUi.stats.fixedBy })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: enUi.stats.byOutcome })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: enUi.stats.perWeek })).toBeInTheDocument();
    expect(screen.getByText('1 incident in all')).toBeVisible();
  });

  it('updates when an incident is added while it is open, marking ready once', async () => {
    performance.clearMarks('stats:ready');
    await db.incidents.bulkAdd(seeded);
    await showStats();
    expect(await screen.findByText('10 incidents in all')).toBeVisible();

    await db.incidents.add(incident('fixed', 'card.insert', daysAgo(0)));
    expect(await screen.findByText('11 incidents in all')).toBeVisible();
    const table = await dataTable(enUi.stats.fixedBy);
    expect(within(table).getAllByRole('row')[0]).toHaveAccessibleName(
      `${enSteps['card.insert'].title} 4`,
    );
    // The benchmark times the first figures, not every update.
    expect(performance.getEntriesByName('stats:ready', 'mark')).toHaveLength(1);
  });

  it('speaks Chinese: outcomes, check titles and week dates', async () => {
    await db.incidents.bulkAdd(seeded);
    await showStats('zh-CN');

    expect(await screen.findByText('共 10 条记录')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhUi.stats.title);
    const outcomes = await dataTable(zhUi.stats.byOutcome);
    expect(
      within(outcomes).getByRole('row', { name: `${zhUi.outcomes.fixed} 6` }),
    ).toBeInTheDocument();
    const fixedBy = await dataTable(zhUi.stats.fixedBy);
    expect(rowNames(fixedBy)).toEqual([
      `${zhSteps['card.insert'].title}3`,
      `${zhSteps['restart.power'].title}2`,
      `${zhSteps['network.signal'].title}1`,
    ]);
    const weeks = within(await dataTable(zhUi.stats.perWeek)).getAllByRole('row');
    expect(weeks.at(-1)).toHaveAccessibleName('3月10日 4');
  });
});
