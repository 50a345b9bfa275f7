// Helpers for the incident log's screens (log, incident, stats, settings): their words from
// content/log, the export file format, downloads and uploads, and pages opened beside the first.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import enLog from '../../../content/log/en.json';
import zhLog from '../../../content/log/zh-CN.json';
import { collectPageErrors, type OpenedPage } from './browser';
import {
  button,
  expectH1,
  fill,
  goTo,
  moveLabel,
  movesUntil,
  startWalk,
  titleOf,
  words,
  type CheckKey,
  type Lang,
  type Move,
  type OutcomeKey,
  type StepKey,
  type Walk,
} from './wizard';

export const logWords = { en: enLog, 'zh-CN': zhLog } as const satisfies Record<Lang, typeof enLog>;

export type OutcomeKind = keyof typeof enLog.outcomes;

const POLL = { timeout: 5_000, interval: 50 } as const;

/** A regular expression source matching `template` with any value in its placeholders. */
export function templatePattern(template: string): string {
  return template
    .split(/\{\{\w+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+?');
}

// ---- pages ----

export const logPath = (lang: Lang = 'en') => `/?view=log&lang=${lang}`;
export const statsPath = (lang: Lang = 'en') => `/?view=stats&lang=${lang}`;
export const settingsPath = (lang: Lang = 'en') => `/?view=settings&lang=${lang}`;
export const incidentPath = (id: string, lang: Lang = 'en') =>
  `/?view=incident&id=${encodeURIComponent(id)}&lang=${lang}`;

/** Opens the log in this page and waits until its incident count is there. */
export async function showLog(page: Page, lang: Lang = 'en'): Promise<void> {
  await goTo(page, logPath(lang));
  await expectH1(page, logWords[lang].log.title);
  await expect.poll(() => incidentCountLine(page, lang), POLL).not.toBeNull();
}

/**
 * From a freshly opened start screen, "Start the first check", once the page has settled: the
 * recorder attaches only after its code has loaded and it has read the log, and a test taps far
 * sooner than a person (that race is its own test, in resume-after-reload.e2e.ts).
 */
export async function startRecordedWalk(page: Page, lang: Lang = 'en'): Promise<void> {
  await page.waitForLoadState('networkidle');
  await startWalk(page, lang);
}

/** From an outcome screen, the way a person goes: "Start a new incident", then "Incident log". */
export async function leaveForLog(page: Page, lang: Lang = 'en'): Promise<void> {
  await button(page, words[lang].ui.outcome.newIncident).click();
  await expectH1(page, words[lang].ui.start.title);
  await page.getByRole('link', { name: words[lang].ui.menu.log, exact: true }).click();
  await expectH1(page, logWords[lang].log.title);
}

/** Waits for the line that says a reload carries on with the open incident, restored. */
export async function expectContinuing(page: Page, lang: Lang = 'en'): Promise<void> {
  const line = new RegExp(`^${templatePattern(logWords[lang].resume.continued)}$`);
  await page.getByRole('status').filter({ hasText: line }).waitFor({ state: 'visible' });
}

/** The start screen's offer to continue an unfinished incident or end it. */
export const resumeOffer = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('region', { name: logWords[lang].resume.title, exact: true });

/** "3 incidents on this device", or null while the count is loading. */
async function incidentCountLine(page: Page, lang: Lang): Promise<string | null> {
  const { count_one: one, count_other: other } = logWords[lang].log;
  const line = new RegExp(`^(${templatePattern(one)}|${templatePattern(other)})$`);
  const lines = await page.getByText(line).allTextContents();
  return lines[0] ?? null;
}

/** Waits until the log says it holds `count` incidents. */
export async function expectIncidentCount(
  page: Page,
  count: number,
  lang: Lang = 'en',
): Promise<void> {
  const { count_one: one, count_other: other } = logWords[lang].log;
  await expect
    .poll(() => incidentCountLine(page, lang), { ...POLL, message: 'the incident count' })
    .toBe(fill(count === 1 ? one : other, { count }));
}

export const incidentList = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('list', { name: logWords[lang].log.listLabel, exact: true });

/**
 * The text of each row of the log, newest first, as a screen reader reads its link:
 * "<outcome> · <where> · <code> · <note> · <start time>" (the code and note when there are).
 */
export async function logRowTexts(page: Page, lang: Lang = 'en'): Promise<string[]> {
  const list = incidentList(page, lang);
  if ((await list.count()) === 0) return [];
  return list.getByRole('link').allTextContents();
}

/** Waits until the log's rows start with `rows` ("Fixed · …"), newest first; the rest aside. */
export async function expectLogRows(
  page: Page,
  rows: readonly string[],
  lang: Lang = 'en',
): Promise<void> {
  const matched = async () =>
    (await logRowTexts(page, lang)).map((text, index) => {
      const wanted = rows[index];
      return wanted !== undefined && text.startsWith(`${wanted}${rowPause}`) ? wanted : text;
    });
  await expect.poll(matched, { ...POLL, message: 'the log rows' }).toEqual(rows);
}

/** What a screen reader pauses on between the parts of a row (src/incidents/screens/IncidentRow). */
export const rowPause = ' · ';

/**
 * How a log row starts: "Fixed · Look at the top of the POS screen", the outcome and the check
 * it ended at (for one still open, the check it is at).
 */
export function rowText(outcome: OutcomeKind, where: CheckKey, lang: Lang = 'en'): string {
  return [logWords[lang].outcomes[outcome], titleOf(where, lang)].join(rowPause);
}

const pathList = (page: Page, lang: Lang): Locator =>
  page.getByRole('list', { name: logWords[lang].incident.path, exact: true });

/** Opens the incident on row `index` (0 is the newest) and waits for its "What was tried". */
export async function openRow(page: Page, index: number, lang: Lang = 'en'): Promise<void> {
  await incidentList(page, lang).getByRole('link').nth(index).click();
  await pathList(page, lang).waitFor({ state: 'visible' });
}

/** The detail's "What was tried" list, one line per step, without the time it was shown. */
export async function incidentPathLines(page: Page, lang: Lang = 'en'): Promise<string[]> {
  const items = await pathList(page, lang).getByRole('listitem').allTextContents();
  // "2:31:33 AM Look at the signal icon — still E1": the time is one word, or two with AM/PM.
  return items.map((item) => item.replace(/^\S+(\s(AM|PM))?\s+/u, ''));
}

/**
 * A path line as the detail shows it: "<check title> — <the answer's words>" for an answered
 * check, the title alone for a check still open or an outcome.
 */
export function pathLine(entry: Move | StepKey, lang: Lang = 'en'): string {
  if (typeof entry === 'string') return titleOf(entry, lang);
  return `${titleOf(entry[0], lang)} — ${moveLabel(entry, lang)}`;
}

/** The detail's lines for a whole walk: every check with its answer, then the outcome. */
export function pathLines(route: Walk, lang: Lang = 'en'): string[] {
  return [...route.moves.map((move) => pathLine(move, lang)), pathLine(route.outcome, lang)];
}

/** The value next to `term` in the incident's summary ("Outcome" → "Fixed"). */
export async function summaryValue(page: Page, term: string): Promise<string> {
  const terms = await page.getByRole('term').allTextContents();
  const index = terms.findIndex((text) => text.trim() === term);
  if (index < 0) throw new Error(`no "${term}" in the summary (${terms.join(', ')})`);
  return (await page.getByRole('definition').nth(index).textContent())?.trim() ?? '';
}

// ---- the export format (src/incidents/exchange.ts) ----

export const exportFormat = 'e1-troubleshooter.incidents';

export interface ExportedStep {
  step: StepKey | 'start';
  shownAt: number;
  answer: string | null;
  answeredAt: number | null;
}

export interface ExportedIncident {
  id: string;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
  language: Lang;
  outcome: OutcomeKind;
  endedAtStep: CheckKey | null;
  steps: ExportedStep[];
  note: string;
  /** The response code followed into the checks, if any. */
  code?: string;
}

export interface ExportFile {
  format: string;
  version: number;
  exportedAt: string;
  count: number;
  incidents: ExportedIncident[];
}

export interface IncidentSpec {
  id: string;
  /** Epoch ms; the incident takes two minutes from here. */
  startedAt: number;
  /** The walk it took, to its outcome. */
  walk: Walk;
  /**
   * Cut short at this check of the walk, before answering it: still open there, or stopped
   * there ("Stop here").
   */
  cutShort?: { at: CheckKey; as: 'open' | 'abandoned' };
  language?: Lang;
  note?: string;
}

const kindOf = (outcome: OutcomeKey): Exclude<OutcomeKind, 'open'> =>
  outcome.slice('outcome.'.length) as Exclude<OutcomeKind, 'open'>;

/** The incident's outcome, as the log names it. */
export function outcomeOf(spec: IncidentSpec): OutcomeKind {
  return spec.cutShort?.as ?? kindOf(spec.walk.outcome);
}

/** Where the log says the incident ended: the check credited, or where it stopped. */
export function endedAtOf(spec: IncidentSpec): CheckKey {
  return spec.cutShort?.at ?? spec.walk.at;
}

/** An incident as an export holds it: each move of its walk answered, then its end. */
export function exportedIncident(spec: IncidentSpec): ExportedIncident {
  const { id, startedAt, walk, cutShort, language = 'en', note = '' } = spec;
  const second = 1_000;
  const moves = cutShort ? movesUntil(walk, cutShort.at) : walk.moves;
  if (cutShort && moves.length === walk.moves.length) {
    throw new Error(`${id}: ${walk.outcome}'s walk never shows ${cutShort.at}`);
  }
  const steps: ExportedStep[] = moves.map(([step, answer], index) => ({
    step,
    shownAt: startedAt + index * second,
    answer,
    answeredAt: startedAt + index * second + 500,
  }));
  const outcome = outcomeOf(spec);
  const ended = outcome === 'open' ? null : startedAt + 2 * 60_000;
  if (cutShort) {
    steps.push({
      step: cutShort.at,
      shownAt: startedAt + moves.length * second,
      answer: null,
      answeredAt: null,
    });
  }
  if (outcome !== 'open' && ended !== null) {
    steps.push({ step: `outcome.${outcome}`, shownAt: ended, answer: null, answeredAt: null });
  }
  return {
    id,
    startedAt,
    updatedAt: ended ?? startedAt + 60_000,
    endedAt: ended,
    language,
    outcome,
    endedAtStep: outcome === 'open' ? null : endedAtOf(spec),
    steps,
    note,
  };
}

/** The log's row for the incident, start time aside. */
export function rowOf(spec: IncidentSpec, lang: Lang = 'en'): string {
  return rowText(outcomeOf(spec), endedAtOf(spec), lang);
}

/** An export file's text, as the app writes it. */
export function exportText(
  incidents: readonly ExportedIncident[],
  header: Partial<Omit<ExportFile, 'incidents'>> = {},
): string {
  const file: ExportFile = {
    format: exportFormat,
    version: 1,
    exportedAt: new Date().toISOString(),
    count: incidents.length,
    incidents: [...incidents],
    ...header,
  };
  return JSON.stringify(file, null, 1);
}

/** Local time at noon on a day, so a date filter's day boundaries never fall near it. */
export function noonOn(year: number, month: number, day: number): number {
  return new Date(year, month - 1, day, 12, 0, 0).getTime();
}

/** `2025-03-10`, the way a date field holds a day. */
export function dayValue(time: number): string {
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

// ---- files in and out ----

/** Chooses `text` as the file under "Import a JSON backup" (the log must be on screen). */
export async function importFile(
  page: Page,
  text: string,
  lang: Lang = 'en',
  name = 'e1-incidents.json',
): Promise<void> {
  await page.getByLabel(logWords[lang].backup.import, { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** Imports `text` and waits for the "Imported: …" line. */
export async function importAndWait(
  page: Page,
  text: string,
  counts: { added: number; updated: number; unchanged: number },
  lang: Lang = 'en',
): Promise<void> {
  await importFile(page, text, lang);
  await expectStatus(page, fill(logWords[lang].backup.imported, counts));
}

/** Waits for a role=status element that says exactly `message`. */
export async function expectStatus(page: Page, message: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('status').allTextContents(), { ...POLL, message: 'status lines' })
    .toContain(message);
}

/** Waits for the page's one role=alert and checks it says `message`. */
export async function expectAlert(page: Page, message: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('alert').allTextContents(), { ...POLL, message: 'alerts' })
    .toEqual([message]);
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function download(
  page: Page,
  buttonName: string,
): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    button(page, buttonName).click(),
  ]);
  const path = await file.path();
  // Read as bytes and decoded by hand, so a byte-order mark is kept, not swallowed.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(path));
  return { fileName: file.suggestedFilename(), text };
}

// ---- more pages in the same context ----

/**
 * Opens `path` in another page of the same context (another tab: same IndexedDB), reporting
 * its errors into `opened.pageErrors` so expectCleanRun judges it too.
 */
export async function openAnotherPage(opened: OpenedPage, path: string): Promise<Page> {
  const page = await opened.context.newPage();
  collectPageErrors(page, opened.pageErrors);
  await goTo(page, path);
  return page;
}
