// A card number typed into a note never lands anywhere in full: not in the field once saved, not
// in the incident's detail, not in the CSV or JSON export. The CSV opens in Excel as UTF-8.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  download,
  expectIncidentCount,
  expectStatus,
  exportFormat,
  leaveForLog,
  logWords,
  openRow,
  startRecordedWalk,
  type ExportFile,
} from './support/log';
import {
  expectCleanRun,
  expectH1,
  goTo,
  reachedWords,
  useBrowser,
  walk,
  walks,
  type Lang,
} from './support/wizard';

const log = logWords.en;

/** Each note as typed, and as it must be kept: first 6 and last 4 digits, the rest starred. */
const chineseNote = {
  typed: '卡号 6212 3456 7890 1265 刷不出',
  masked: '卡号 6212 34** **** 1265 刷不出',
  cardNumber: '6212345678901265',
};
const dashedNote = {
  typed: '4111-1111-1111-1111',
  masked: '4111-11**-****-1111',
  cardNumber: '4111111111111111',
};

const noteField = (page: Page, lang: Lang = 'en') =>
  page.getByRole('textbox', { name: logWords[lang].note.label, exact: true });

const fixedWalk = walks.fixedBySignin;

/** Walks to "fixed" (a sign-in that works) and saves `note` on the outcome screen. */
async function fixedWithNote(page: Page, note: string, lang: Lang = 'en'): Promise<void> {
  await startRecordedWalk(page, lang);
  await walk(page, fixedWalk.moves, lang);
  await expectH1(page, reachedWords(fixedWalk, lang).title);
  await noteField(page, lang).fill(note);
  await page.getByRole('button', { name: logWords[lang].note.save, exact: true }).click();
  await expectStatus(page, logWords[lang].note.masked);
}

/** The digits of every run of digits and separators, so "4111-1111-…" is found however grouped. */
function digitRuns(text: string): string[] {
  return (text.match(/\d[\d\s.-]*\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

function expectNoFullCardNumber(text: string): void {
  const runs = digitRuns(text);
  for (const { cardNumber } of [chineseNote, dashedNote]) {
    expect(runs.filter((run) => run.includes(cardNumber))).toEqual([]);
  }
}

describe('card numbers in notes', () => {
  const { open } = useBrowser();

  it('a card number in the outcome note is masked in the field and in the incident detail', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await fixedWithNote(page, chineseNote.typed);

    expect(await noteField(page).inputValue()).toBe(chineseNote.masked);
    await leaveForLog(page);
    await openRow(page, 0);
    expect(await noteField(page).inputValue()).toBe(chineseNote.masked);
    expect(await page.content()).not.toContain(chineseNote.typed);
    await expectCleanRun(opened);
  });

  it('a card number added to a note on the incident detail is masked there too', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, fixedWalk.moves);
    await expectH1(page, reachedWords(fixedWalk).title);
    await leaveForLog(page);
    await openRow(page, 0);

    await noteField(page).fill(dashedNote.typed);
    await page.getByRole('button', { name: log.note.save, exact: true }).click();

    await expectStatus(page, log.note.masked);
    expect(await noteField(page).inputValue()).toBe(dashedNote.masked);
    await page.reload();
    await expect.poll(() => noteField(page).inputValue()).toBe(dashedNote.masked);
    await expectCleanRun(opened);
  });

  it('the CSV and JSON exports hold the masked notes only; the CSV has a BOM, the columns, one row per incident, and the Chinese intact', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await fixedWithNote(page, chineseNote.typed);
    await goTo(page, '/?lang=zh-CN');
    await fixedWithNote(page, dashedNote.typed, 'zh-CN');
    await leaveForLog(page, 'zh-CN');
    await goTo(page, '/?view=log&lang=en');
    await expectIncidentCount(page, 2);

    const csv = await download(page, log.backup.csv);
    const json = await download(page, log.backup.json);

    expect(csv.fileName).toMatch(/^e1-incidents-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true });
    const [header = [], ...rows] = data;
    // Exported from the English app: English headers, whatever language each walk was in.
    expect(header).toEqual(Object.values(log.csv));
    expect(rows).toHaveLength(2);
    const column = (name: string) => header.indexOf(name);
    const byNote = (row: string[]) =>
      [log.csv.languageCode, log.csv.outcomeId, log.csv.endedAtStepId, log.csv.note].map(
        (name) => row[column(name)],
      );
    expect(rows.map(byNote)).toEqual(
      expect.arrayContaining([
        ['en', 'fixed', fixedWalk.at, chineseNote.masked],
        ['zh-CN', 'fixed', fixedWalk.at, dashedNote.masked],
      ]),
    );
    expectNoFullCardNumber(csv.text);

    expect(json.fileName).toMatch(/^e1-incidents-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text) as ExportFile;
    expect(file.format).toBe(exportFormat);
    expect(file.version).toBe(1);
    expect(file.count).toBe(2);
    expect(file.incidents.map((incident) => incident.note).sort()).toEqual(
      [chineseNote.masked, dashedNote.masked].sort(),
    );
    expectNoFullCardNumber(json.text);
    await expectCleanRun(opened);
  });
});
