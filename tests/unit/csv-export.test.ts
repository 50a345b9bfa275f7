// The CSV a shop owner opens in Excel: in the language the app is in when exporting (headers,
// outcomes, step titles and answers), the ids in columns of their own for machines, a BOM for
// Excel, formulas escaped, card numbers masked. Read back with papaparse, as Excel would.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import enLog from '../../content/log/en.json';
import zhLog from '../../content/log/zh-CN.json';
import { csvColumns, parseExport, toCsv, type CsvWords } from '../../src/incidents/exchange';
import type { Incident } from '../../src/db';
import { stepWords, type Language } from '../../src/i18n';
import { cardIncident, fixedIncident, fixtureIncidents } from '../fixtures/incidents';

const csvWords: Record<Language, CsvWords> = {
  en: { steps: stepWords.en, log: enLog },
  'zh-CN': { steps: stepWords['zh-CN'], log: zhLog },
};

/** The CSV read back: its header row, and each row as header → cell. */
function readBack(csv: string) {
  expect(csv.startsWith('\uFEFF'), 'a byte-order mark first').toBe(true);
  const { data, errors } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header = [], ...rows] = data;
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]]))),
  };
}

/** A row's cell by column id, whatever the header's language. */
function cell(csv: string, row: number, column: (typeof csvColumns)[number]): string | undefined {
  const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  return data[row + 1]?.[csvColumns.indexOf(column)];
}

const openIncident: Incident = {
  ...fixedIncident,
  id: 'fixture-open',
  endedAt: null,
  outcome: 'open',
  endedAtStep: null,
  steps: fixedIncident.steps
    .slice(0, 2)
    .map((entry, index) => (index === 1 ? { ...entry, answer: null, answeredAt: null } : entry)),
  note: '',
};

describe('the CSV export', () => {
  it('has headers a shop owner reads, in English', () => {
    const { header } = readBack(toCsv(fixtureIncidents, csvWords.en));
    expect(header).toEqual([
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
    ]);
  });

  it('has headers a shop owner reads, in Chinese', () => {
    const { header } = readBack(toCsv(fixtureIncidents, csvWords['zh-CN']));
    expect(header).toEqual([
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
    ]);
  });

  it('names every column in both languages, in the same order', () => {
    for (const words of Object.values(csvWords)) {
      expect(Object.keys(words.log.csv)).toEqual([...csvColumns]);
    }
  });

  it('writes outcomes, step titles and answers in the language of the export', () => {
    // fixedIncident was walked in Chinese; exported from the English app, it reads in English.
    const en = readBack(toCsv([fixedIncident], csvWords.en)).rows[0];
    expect(en).toMatchObject({
      Started: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      'Duration (seconds)': '90',
      Outcome: 'Fixed',
      'Ended at': 'Reconnect the POS to its network, then sign in',
      'Response code': '',
      Note: '重新插了 SIM 卡，好了',
      Language: '中文',
    });
    expect(en?.['What was tried']?.split('\n')).toEqual([
      'Look at the top of the POS screen — No bars, or a crossed-out Wi-Fi or SIM icon',
      'Reconnect the POS to its network, then sign in — Sign-in works',
      'Was the customer already charged? — No: not on the POS, no debit',
      'E1 is cleared',
    ]);

    const zh = readBack(toCsv([fixedIncident], csvWords['zh-CN'])).rows[0];
    expect(zh).toMatchObject({
      结果: '已解决',
      结束于: '让 POS机重新联网，然后签到',
      语言: '中文',
    });
    expect(zh?.['尝试过的步骤']?.split('\n')).toEqual([
      '看一下 POS机屏幕顶部 — 没有信号格，或 Wi-Fi、SIM 图标上有叉',
      '让 POS机重新联网，然后签到 — 签到成功',
      '顾客是不是已经被扣款了？ — 没有：POS机上没有，也没有扣款',
      'E1 已解决',
    ]);
  });

  it('keeps the ids in their own columns, the same whatever the language', () => {
    const ids = ['id', 'outcomeId', 'endedAtStepId', 'stepIds', 'languageCode'] as const;
    const en = toCsv(fixtureIncidents, csvWords.en);
    const zh = toCsv(fixtureIncidents, csvWords['zh-CN']);
    for (const column of ids) {
      for (const row of fixtureIncidents.keys()) {
        expect(cell(zh, row, column), column).toBe(cell(en, row, column));
      }
    }
    expect(ids.map((column) => cell(en, 0, column))).toEqual([
      'fixture-fixed',
      'fixed',
      'network.reconnect',
      'network.signal: noSignal; network.reconnect: works; payment.charged: notCharged; outcome.fixed',
      'zh-CN',
    ]);
  });

  it('says where an open incident is, with no end and no duration', () => {
    const en = readBack(toCsv([openIncident], csvWords.en)).rows[0];
    expect(en).toMatchObject({
      Outcome: 'Open',
      'Ended at': `Still open: ${stepWords.en['network.reconnect'].title}`,
      Ended: '',
      'Duration (seconds)': '',
      'Ended at: step ID': '',
    });
    expect(en?.['What was tried']?.split('\n')).toEqual([
      'Look at the top of the POS screen — No bars, or a crossed-out Wi-Fi or SIM icon',
      'Reconnect the POS to its network, then sign in',
    ]);
    const zh = readBack(toCsv([openIncident], csvWords['zh-CN'])).rows[0];
    expect(zh?.['结束于']).toBe(`尚未结束：${stepWords['zh-CN']['network.reconnect'].title}`);
  });

  it('puts the response code in its own column, empty where there is none', () => {
    const csv = toCsv([{ ...cardIncident, code: '51' }, fixedIncident], csvWords['zh-CN']);
    expect(cell(csv, 0, 'code')).toBe('51');
    expect(cell(csv, 1, 'code')).toBe('');
  });

  it('keeps a note that starts like a formula from running in Excel, in either language', () => {
    const formula = { ...fixedIncident, note: '=HYPERLINK("http://x")' };
    for (const words of Object.values(csvWords)) {
      expect(cell(toCsv([formula], words), 0, 'note')).toBe('\'=HYPERLINK("http://x")');
    }
  });

  it('never writes a full card number', () => {
    const leaky = { ...fixedIncident, note: 'card 4111 1111 1111 1111' };
    for (const words of Object.values(csvWords)) {
      expect(toCsv([leaky], words)).not.toContain('4111 1111 1111 1111');
    }
  });

  it('ends rows with CRLF and keeps the line breaks inside a cell quoted', () => {
    const csv = toCsv([fixedIncident], csvWords.en);
    expect(csv.split('\r\n')).toHaveLength(2);
    expect(readBack(csv).rows).toHaveLength(1);
  });

  it('is not taken for a backup: only the JSON export imports', () => {
    expect(parseExport(toCsv(fixtureIncidents, csvWords.en))).toEqual({
      ok: false,
      problem: 'notJson',
    });
  });
});
