// The incident-with-code round trip: a code found in triage is followed into the checks, then
// the log shows it, the stats count it, the CSV carries it and so does the handoff summary, in
// its text and on the support agent's phone.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import enLog from '../../content/log/en.json';
import { describe, expect, it } from 'vitest';
import {
  codeSearch,
  codeTitle,
  codeWords,
  downloadText,
  expectLookup,
  goToButton,
  triageLink,
} from './support/codes';
import { grantClipboard, pathOf, readClipboard, shareWords } from './support/share';
import { answerChecks, beginChecks } from './support/trainer';
import {
  button,
  expectCleanRun,
  expectH1,
  fill,
  goTo,
  titleOf,
  useBrowser,
  words,
} from './support/wizard';

const en = codeWords.en;

/** A page's labelled facts (its description lists), term to value. */
async function factsOn(page: Page): Promise<Record<string, string>> {
  const terms = await page.getByRole('term').allTextContents();
  const values = await page.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}
const log = enLog;
const handoff = shareWords.en.handoff;
const summaryWords = shareWords.en.summary;

describe('a response code found in triage', () => {
  const { open } = useBrowser();

  it('is kept with the incident: log, stats, CSV and the handoff summary carry it', async () => {
    const merchant = await open('/?lang=en');
    const { page } = merchant;
    await grantClipboard(merchant);

    // Triage: "what is on the screen?" → look the code up → follow it into the checks.
    await beginChecks(page);
    await answerChecks(page, [
      ['triage.others', 'unsure'],
      ['triage.card', 'unsure'],
    ]);
    await expectH1(page, titleOf('triage.screen'));
    await triageLink(page).click();
    await expectLookup(page);
    await codeSearch(page).fill('余额不足');
    await codeSearch(page).press('Enter');
    await expectH1(page, codeTitle('51'));
    await goToButton(page, titleOf('outcome.card-problem')).click();
    await expectH1(page, titleOf('outcome.card-problem'));
    // The outcome shows what the code itself asks, beside its own advice.
    await page.getByText(en.codes['51'].todo[0] ?? '', { exact: true }).waitFor();

    // The log: the row and the incident name the code.
    await button(page, words.en.ui.outcome.newIncident).click();
    await expectH1(page, words.en.ui.start.title);
    await page.getByRole('link', { name: words.en.ui.menu.log, exact: true }).click();
    await expectH1(page, log.log.title);
    const row = page
      .getByRole('list', { name: log.log.listLabel, exact: true })
      .getByRole('link')
      .first();
    expect(await row.textContent()).toContain(
      [
        log.outcomes['card-problem'],
        titleOf('triage.screen'),
        fill(log.log.rowCode, { code: '51' }),
      ].join(' · '),
    );

    // The CSV, from the log's backup panel.
    const csv = await downloadText(page, log.backup.csv);
    const [header = [], ...rows] = Papa.parse<string[]>(csv.slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[header.indexOf(log.csv.code)]).toBe('51');
    expect(rows[0]?.[header.indexOf(log.csv.outcome)]).toBe(log.outcomes['card-problem']);
    expect(rows[0]?.[header.indexOf(log.csv.outcomeId)]).toBe('card-problem');

    await row.click();
    await page.getByRole('term').filter({ hasText: log.incident.code }).waitFor();
    expect(await factsOn(page)).toMatchObject({ [log.incident.code]: '51' });

    // The handoff summary: its text and its link carry the code.
    await button(page, handoff.open).click();
    const text = page.getByRole('textbox', { name: handoff.text, exact: true });
    await expect
      .poll(() => text.inputValue())
      .toContain(fill(summaryWords.line, { label: summaryWords.code, value: '51' }));
    await button(page, handoff.copyLink).click();
    const link = await readClipboard(page);

    // Stats: incidents per code.
    await goTo(page, '/?view=stats&lang=en');
    await expectH1(page, log.stats.title);
    const byCode = page.getByRole('table', { name: log.stats.byCode, exact: true });
    await expect.poll(() => byCode.getByRole('rowheader').allTextContents()).toEqual(['51']);
    expect(await byCode.getByRole('cell').allTextContents()).toEqual(['1']);
    await expectCleanRun(merchant);

    // The agent's phone reads the code from the link alone.
    const agent = await open(pathOf(link));
    await expectH1(agent.page, shareWords.en.screen.title);
    await agent.page.getByRole('term').filter({ hasText: summaryWords.code }).waitFor();
    expect(await factsOn(agent.page)).toMatchObject({ [summaryWords.code]: '51' });
    await expectCleanRun(agent);
  });
});
