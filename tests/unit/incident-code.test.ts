// A response code followed into the checks is kept with the incident: the recorder stores it,
// the stats count incidents per code, the backup and the CSV carry it, and so do the handoff
// summary, its text and its link (its own field; a version-1 link has it as an optional last field).
import Papa from 'papaparse';
import enLog from '../../content/log/en.json';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import { csvColumns, parseExport, toCsv, toJson } from '../../src/incidents/exchange';
import { maskCardNumbers } from '../../src/db';
import { incidentStats } from '../../src/incidents/queries';
import { createI18n, firstScreenNamespaces, stepWords } from '../../src/i18n';
import { decodeHandoff, encodeHandoff } from '../../src/share/handoff/handoffLink';
import { handoffSummary, noPaymentDetails } from '../../src/share/handoff/summary';
import { summaryText } from '../../src/share/handoff/summaryText';
import { wizardMachine, type WizardEvent } from '../../src/wizard';
import { savedTerminal, walkedIncident } from '../fixtures/handoff';
import { cardIncident, fixedIncident } from '../fixtures/incidents';
import { recordingOn } from '../fixtures/recording';

let db: AppDatabase;
let clock: number;
let ids: number;

beforeEach(() => {
  db = new AppDatabase(`code-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 10, 25, 2, 0, 0);
  ids = 0;
});
afterEach(() => db.delete());

async function recorded(...events: WizardEvent[]) {
  const actor = createActor(wizardMachine).start();
  const { queue, recorder } = recordingOn(db, {
    now: () => clock,
    newId: () => `incident-${++ids}`,
  });
  recorder.attach(actor);
  for (const event of events) {
    clock += 1_000;
    actor.send(event);
  }
  await queue.flush();
  actor.stop();
  return db.incidents.orderBy('startedAt').toArray();
}

const toScreen: WizardEvent[] = [
  { type: 'nav.start' },
  { type: 'answer.unsure' },
  { type: 'answer.unsure' },
];

describe('the recorder', () => {
  it('keeps the code looked up in triage with the incident, to its outcome', async () => {
    const [incident, ...others] = await recorded(
      ...toScreen,
      { type: 'nav.goto', step: 'network.signin', code: 'A0' },
      { type: 'answer.works' },
    );
    expect(others).toEqual([]);
    expect(incident).toMatchObject({ code: 'A0', outcome: 'open' });
    expect(incident?.steps.map((entry) => entry.step)).toEqual([
      'triage.others',
      'triage.card',
      'triage.screen',
      'network.signin',
      'hardware.reader',
    ]);
  });

  it('records a code that leads from the start straight to its outcome as an incident', async () => {
    const [incident] = await recorded({
      type: 'nav.goto',
      step: 'outcome.outage',
      code: '96',
    });
    expect(incident).toMatchObject({ code: '96', outcome: 'outage' });
    expect(incident?.steps.map((entry) => entry.step)).toEqual(['outcome.outage']);
  });

  it('stores no code for a walk that looked none up, even after one that did', async () => {
    const [first, second] = await recorded(
      { type: 'nav.goto', step: 'outcome.card-problem', code: '51' },
      { type: 'nav.restart' },
      ...toScreen,
      { type: 'answer.justE1' },
    );
    expect(first?.code).toBe('51');
    expect(second).toBeDefined();
    expect(second && 'code' in second).toBe(false);
  });

  it('records nothing for an outcome opened without a code from the start (a link, as before)', async () => {
    expect(await recorded({ type: 'nav.goto', step: 'outcome.outage' })).toEqual([]);
  });
});

describe('the stats', () => {
  it('count incidents per code, most often first, leaving out those without one', async () => {
    await db.incidents.bulkPut([
      { ...fixedIncident, id: 'a', code: '96' },
      { ...fixedIncident, id: 'b', code: '51' },
      { ...cardIncident, id: 'c', code: '51' },
      { ...cardIncident, id: 'd' },
    ]);
    const stats = await incidentStats(db, Date.UTC(2026, 9, 20));
    expect(stats.total).toBe(4);
    expect(stats.byCode).toEqual([
      { code: '51', count: 2 },
      { code: '96', count: 1 },
    ]);
  });

  it('count no code on a log without one', async () => {
    await db.incidents.bulkPut([fixedIncident, cardIncident]);
    expect((await incidentStats(db, Date.UTC(2026, 9, 20))).byCode).toEqual([]);
  });
});

describe('the backup and the CSV', () => {
  const withCode = { ...cardIncident, code: '51' };

  it('carry the code through export and import; a backup without codes still reads', () => {
    const parsed = parseExport(toJson([withCode, fixedIncident], new Date()));
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.incidents[0]?.code).toBe('51');
    expect(parsed.incidents[1] && 'code' in parsed.incidents[1]).toBe(false);
  });

  it('refuse a backup whose code is not two characters as the POS shows them', () => {
    const json = toJson([{ ...withCode, code: '<b>51</b>' }], new Date());
    expect(parseExport(json)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('write the code in its own column, empty for an incident without one', () => {
    const csv = toCsv([withCode, fixedIncident], { steps: stepWords.en, log: enLog });
    const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    const [header, withRow, withoutRow] = data;
    const column = csvColumns.indexOf('code');
    expect(header?.[column]).toBe(enLog.csv.code);
    expect(withRow?.[column]).toBe('51');
    expect(withoutRow?.[column]).toBe('');
  });
});

describe('the handoff summary', () => {
  const incident = { ...walkedIncident(4), code: '98' };
  const summary = handoffSummary(incident, savedTerminal, noPaymentDetails, maskCardNumbers);

  it('carries the code', () => {
    expect(summary.code).toBe('98');
    const without = handoffSummary(
      walkedIncident(4),
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
    );
    expect('code' in without).toBe(false);
  });

  it('keeps it through the link', async () => {
    const data = await encodeHandoff(summary);
    expect(data.startsWith('2.')).toBe(true);
    expect(await decodeHandoff(data)).toEqual({ ok: true, summary });
  });

  it('leaves the code out of the link of an incident without one', async () => {
    const { code, ...before } = summary;
    const decoded = await decodeHandoff(await encodeHandoff(before));
    expect(code).toBe('98');
    expect(decoded).toEqual({ ok: true, summary: before });
    if (decoded.ok) expect('code' in decoded.summary).toBe(false);
  });

  it('names the code in the text for support, in both languages', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const i18n = createI18n(language);
      await i18n.loadNamespaces([...firstScreenNamespaces, 'share']);
      const t = i18n.getFixedT(language, 'share');
      const text = summaryText(summary, t, language);
      expect(text).toContain(t('summary.line', { label: t('summary.code'), value: '98' }));
    }
  });
});
