// The log reads like the shop's own (issue 13, point 7): each row says what sets its incident
// apart (the outcome, where it ended, the response code, the note's first words) and is one
// tappable link; the CSV is written in the language the app is in when exporting, with headers,
// outcomes and step titles a shop owner reads in Excel, and the ids in columns of their own.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, MIN_TARGET, smallTargets } from './support/browser';
import {
  download,
  exportedIncident,
  exportText,
  importAndWait,
  incidentList,
  logPath,
  logRowTexts,
  logWords,
  noonOn,
  pathLines,
  rowOf,
  rowPause,
  showLog,
  type ExportedIncident,
  type IncidentSpec,
} from './support/log';
import {
  button,
  expectCleanRun,
  expectH1,
  fill,
  titleOf,
  walks,
  useBrowser,
  type Lang,
} from './support/wizard';

const longNote =
  'The SIM was loose after the counter was cleaned, pushed it back in and sign-in worked';
const formulaNote = '=SUM(A1) whole street down';

/** Five incidents, newest last, two of them alike but for a note. */
const specs: (IncidentSpec & { code?: string })[] = [
  { id: 'plain', startedAt: noonOn(2026, 3, 2), walk: walks.fixedBySignin },
  { id: 'noted', startedAt: noonOn(2026, 3, 3), walk: walks.fixedBySignin, note: longNote },
  {
    id: 'coded',
    startedAt: noonOn(2026, 3, 4),
    walk: walks.otherCardPaid,
    language: 'zh-CN',
    note: '顾客换了微信支付',
    code: '51',
  },
  {
    id: 'open',
    startedAt: noonOn(2026, 3, 5),
    walk: walks.fixedBySignin,
    cutShort: { at: 'network.signal', as: 'open' },
  },
  { id: 'formula', startedAt: noonOn(2026, 3, 6), walk: walks.othersFail, note: formulaNote },
];

const incidents: ExportedIncident[] = specs.map(({ code, ...spec }) => ({
  ...exportedIncident(spec),
  ...(code ? { code } : {}),
}));
const backup = exportText(incidents);
const newestFirst = [...specs].reverse();

/** The note's first words, as a row shows them: cut at a word within 48 characters. */
const notePreviews: Record<string, string> = {
  [longNote]: 'The SIM was loose after the counter was cleaned…',
  [formulaNote]: formulaNote,
  顾客换了微信支付: '顾客换了微信支付',
};

/** How a row's name starts: outcome, where, then its code and note when it has them. */
function rowStart(spec: IncidentSpec & { code?: string }, lang: Lang): string {
  const log = logWords[lang].log;
  return [
    rowOf(spec, lang),
    ...(spec.code ? [fill(log.rowCode, { code: spec.code })] : []),
    ...(spec.note ? [`${log.rowNote} “${notePreviews[spec.note] ?? ''}”`] : []),
  ].join(rowPause);
}

async function logWithIncidents(page: Page, lang: Lang): Promise<void> {
  await showLog(page, lang);
  await importAndWait(page, backup, { added: specs.length, updated: 0, unchanged: 0 }, lang);
}

/** The downloaded CSV read back as Excel would: its BOM, header and rows. */
function readCsv(text: string) {
  expect(text.startsWith('\uFEFF'), 'a byte-order mark for Excel').toBe(true);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header = [], ...rows] = data;
  const byHeader = rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
  return { header, rows: byHeader };
}

/** The headers a shop owner reads, written out here so a change to them is a decision. */
const headers: Record<Lang, string[]> = {
  en: [
    'Started',
    'Ended',
    'Duration (seconds)',
    'Outcome',
    'Ended at',
    'Response code',
    'What was tried',
    'Note',
    'Language',
    'Incident ID',
    'Outcome ID',
    'Ended at: step ID',
    'Steps and answers: IDs',
    'Language code',
  ],
  'zh-CN': [
    '开始时间',
    '结束时间',
    '用时（秒）',
    '结果',
    '结束于',
    '应答码',
    '尝试过的步骤',
    '备注',
    '语言',
    '记录 ID',
    '结果 ID',
    '结束步骤 ID',
    '步骤和回答 ID',
    '语言代码',
  ],
};

/** The CSV's columns, in the order of `headers` (src/incidents/exchange.ts). */
const columns = [
  'started',
  'ended',
  'duration',
  'outcome',
  'endedAt',
  'code',
  'path',
  'note',
  'language',
  'id',
  'outcomeId',
  'endedAtStepId',
  'stepIds',
  'languageCode',
] as const;

/** Checks the CSV is in `lang` throughout, with the ids in their own columns. */
function expectCsvIn(text: string, lang: Lang): void {
  const { header, rows } = readCsv(text);
  expect(header).toEqual(headers[lang]);
  const cell = (row: Record<string, string> | undefined, column: (typeof columns)[number]) =>
    row?.[headers[lang][columns.indexOf(column)] ?? ''];
  expect(rows.map((row) => cell(row, 'id'))).toEqual(newestFirst.map((spec) => spec.id));
  for (const [index, spec] of newestFirst.entries()) {
    const row = rows[index];
    const kind = incidents.find((incident) => incident.id === spec.id)?.outcome ?? 'open';
    expect(cell(row, 'started')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(cell(row, 'outcome'), spec.id).toBe(logWords[lang].outcomes[kind]);
    expect(cell(row, 'outcomeId'), spec.id).toBe(kind);
    expect(cell(row, 'code'), spec.id).toBe(spec.code ?? '');
    expect(cell(row, 'language'), spec.id).toBe(spec.language === 'zh-CN' ? '中文' : 'English');
    expect(cell(row, 'languageCode'), spec.id).toBe(spec.language ?? 'en');
    if (spec.cutShort) {
      const at = titleOf(spec.cutShort.at, lang);
      expect(cell(row, 'endedAt')).toBe(fill(logWords[lang].incident.stillOpenAt, { step: at }));
      expect(cell(row, 'endedAtStepId')).toBe('');
    } else {
      expect(cell(row, 'endedAt'), spec.id).toBe(titleOf(spec.walk.at, lang));
      expect(cell(row, 'endedAtStepId'), spec.id).toBe(spec.walk.at);
      expect(cell(row, 'path')?.split('\n'), spec.id).toEqual(pathLines(spec.walk, lang));
    }
  }
  // A note that starts like a formula is written so Excel shows it, never runs it.
  const formula = rows.find((row) => cell(row, 'id') === 'formula');
  expect(cell(formula, 'note')).toBe(`'${formulaNote}`);
}

describe('the log reads like the shop’s own', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const log = logWords[lang];

    it('each row names its outcome, where it ended, its code and its note’s first words', async () => {
      const opened = await open(logPath(lang));
      const { page } = opened;
      await logWithIncidents(page, lang);

      const names = await logRowTexts(page, lang);
      expect(names).toHaveLength(specs.length);
      for (const [index, spec] of newestFirst.entries()) {
        expect(names[index], spec.id).toMatch(
          new RegExp(`^${rowStart(spec, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\S`),
        );
      }
      // Two fixes at the same check differ by the note; none reads like another.
      const apart = names.map((name) => name.slice(0, name.lastIndexOf(rowPause)));
      expect(new Set(apart).size).toBe(specs.length);
      // An open incident's row says "Open" once, at the check it is at.
      expect(names[1]).not.toContain(log.incident.stillOpen);
      await expectCleanRun(opened);
    });

    it('each row is one link as wide as the list, at least 44 px tall, opened from anywhere on it', async () => {
      const opened = await open(logPath(lang));
      const { page } = opened;
      await logWithIncidents(page, lang);
      const list = incidentList(page, lang);
      const listBox = await list.boundingBox();
      const rows = await list.getByRole('link').all();
      expect(rows).toHaveLength(specs.length);
      for (const row of rows) {
        const box = await row.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual((listBox?.width ?? Infinity) - 1);
      }
      expect(await smallTargets(list)).toEqual([]);

      // A tap at the right edge, by the chevron, opens the incident like a tap on its words.
      const coded = list.getByRole('link').nth(2);
      const box = await coded.boundingBox();
      await coded.click({ position: { x: (box?.width ?? 0) - 8, y: (box?.height ?? 0) / 2 } });
      await page
        .getByRole('list', { name: log.incident.path, exact: true })
        .waitFor({ state: 'visible' });
      expect(new URL(page.url()).searchParams.get('id')).toBe('coded');
      await page.goBack();
      await expectH1(page, log.log.title);

      // From the keyboard: the row takes focus and Enter opens it.
      await list.getByRole('link').first().focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('list', { name: log.incident.path, exact: true })
        .waitFor({ state: 'visible' });
      expect(new URL(page.url()).searchParams.get('id')).toBe('formula');
      await expectCleanRun(opened);
    });

    it('axe finds no violations on the log with its rows, light and dark', async () => {
      const opened = await open(logPath(lang));
      const { page } = opened;
      await logWithIncidents(page, lang);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });

    it('the CSV is in the language on screen: headers, outcomes, steps and answers, ids beside them', async () => {
      const opened = await open(logPath(lang));
      const { page } = opened;
      await logWithIncidents(page, lang);

      const csv = await download(page, log.backup.csv);
      expect(csv.fileName).toMatch(/^e1-incidents-\d{4}-\d{2}-\d{2}\.csv$/);
      expectCsvIn(csv.text, lang);
      await expectCleanRun(opened);
    });
  });

  it('switching the language before exporting writes the CSV in the new language; JSON stays as it was', async () => {
    const opened = await open(logPath('en'));
    const { page } = opened;
    await logWithIncidents(page, 'en');
    const jsonBefore = JSON.parse((await download(page, logWords.en.backup.json)).text) as {
      incidents: unknown;
    };

    // The language switch names the other language in its own words.
    await button(page, '中文').click();
    await expectH1(page, logWords['zh-CN'].log.title);
    const csv = await download(page, logWords['zh-CN'].backup.csv);
    expectCsvIn(csv.text, 'zh-CN');

    // The backup is for machines: the same records whatever the language, and it imports.
    const json = await download(page, logWords['zh-CN'].backup.json);
    expect((JSON.parse(json.text) as { incidents: unknown }).incidents).toEqual(
      jsonBefore.incidents,
    );
    await importAndWait(
      page,
      json.text,
      { added: 0, updated: 0, unchanged: specs.length },
      'zh-CN',
    );
    await expectCleanRun(opened);
  });
});
