// Incident-log benchmark: 10,000 incidents in headless Chromium against the built app (dist/).
// Run after `vite build`: `npx tsx scripts/bench-incidents.ts`, or import incidentLogTimings().
// It imports a generated JSON export through the log's file input, then times the log's first
// render, the stats screen and the CSV export, three times in fresh browser contexts, and prints
// the medians. Like scripts/bench.ts it reports numbers and never fails over them; it exits
// non-zero only when the build output is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import type * as XState from 'xstate';
import type * as Machine from '../src/wizard/machine.ts';
import type * as Steps from '../src/wizard/steps.ts';
import { withAppModules } from './app-modules.ts';
import { launchChromium, ROOT } from './bench-browser.ts';

const DIST = path.join(ROOT, 'dist');
/** Source of truth for the export format (exportFormat, exportVersion). */
const EXCHANGE_SOURCE = path.join(ROOT, 'src', 'incidents', 'exchange.ts');
/** The log screen's English words: the labels the benchmark finds elements by. */
const LOG_CONTENT = path.join(ROOT, 'content', 'log', 'en.json');

const INCIDENT_COUNT = 10_000;
const RUNS = 3;
const SEED = 0xe1e1;
const DAY_MS = 86_400_000;
/** Incidents start within this many days before now. */
const SPAN_DAYS = 182;
/** Most entries (checks plus the outcome) in one incident's steps. */
const MAX_STEPS = 20;
const TIMEOUT_MS = 120_000;

const TARGETS = { logFirstRender: 300, stats: 200, csvExport: 1000 };

type AnswerId = string;
interface IncidentStep {
  step: string;
  shownAt: number;
  answer: AnswerId | null;
  answeredAt: number | null;
}
interface ExportedIncident {
  id: string;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
  language: 'zh-CN' | 'en';
  outcome: string;
  endedAtStep: string | null;
  steps: IncidentStep[];
  note: string;
}
/** A walk through the wizard's own machine, as the recorder would store its steps. */
interface Walk {
  steps: { step: string; answer: string | null }[];
  outcome: string;
  endedAtStep: string | null;
}
type Walker = (random: () => number) => Walk;
interface Labels {
  listLabel: string;
  importLabel: string;
  importedText: string;
  csvLabel: string;
}
interface RunResult {
  write: number;
  writeWall: number;
  logFirstRender: number;
  logVisible: number;
  stats: number;
  csvExport: number;
  csvMark: number | null;
  csvLines: number;
  imported: string;
}
interface BenchGlobals {
  __benchListVisibleAt?: number;
  __benchImportChangeAt?: number;
  __benchImportedAt?: number;
  __benchClickAt?: number;
}
type BenchWindow = Window & BenchGlobals;

// ---------------------------------------------------------------------------------------------
// What the app defines: read from its sources, so the benchmark follows changes.

function exportHeader(): { format: string; version: number } {
  const source = readFileSync(EXCHANGE_SOURCE, 'utf8');
  const format = /export const exportFormat = '([^']+)'/.exec(source)?.[1];
  const version = /export const exportVersion = (\d+)/.exec(source)?.[1];
  if (format === undefined || version === undefined) {
    throw new Error(`exportFormat or exportVersion not found in ${EXCHANGE_SOURCE}.`);
  }
  return { format, version: Number(version) };
}

/**
 * Random walks through the wizard's own machine (src/wizard, loaded through Vite), so the
 * generated log holds only paths the tree really has: answers picked at random, the first one
 * (the likely one) most often; some walks start at a step a support agent linked to; some stop.
 */
async function treeWalker(): Promise<Walker> {
  // The modules' own types: these are the files loaded, so a moved file fails the typecheck.
  return withAppModules(async (load) => {
    const { createActor } = await load<typeof XState>('xstate');
    const { wizardMachine, currentStep } = await load<typeof Machine>('/src/wizard/machine.ts');
    const { answersOf, checkStep, checkIds, isCheckId } =
      await load<typeof Steps>('/src/wizard/steps.ts');
    return (random) => {
      const actor = createActor(wizardMachine).start();
      actor.send(
        random() < 0.8 ? { type: 'nav.start' } : { type: 'nav.goto', step: pick(random, checkIds) },
      );
      const steps: Walk['steps'] = [];
      const stopsAt = random() < 0.15 ? between(random, 1, MAX_STEPS - 1) : MAX_STEPS - 1;
      for (;;) {
        const step = currentStep(actor.getSnapshot().context);
        if (!isCheckId(step)) break;
        if (steps.length >= stopsAt) {
          steps.push({ step, answer: null });
          // A few walks are left unfinished; the rest are stopped there.
          if (random() < 0.97) actor.send({ type: 'nav.abandon' });
          break;
        }
        const answers = answersOf(checkStep(step));
        const answer = answers[random() < 0.6 ? 0 : between(random, 0, answers.length - 1)]?.answer;
        if (answer === undefined) throw new Error(`${step} offers no answer.`);
        steps.push({ step, answer });
        actor.send({ type: `answer.${answer}` });
      }
      const { context } = actor.getSnapshot();
      const at = currentStep(context);
      actor.stop();
      if (!at.startsWith('outcome.')) return { steps, outcome: 'open', endedAtStep: null };
      steps.push({ step: at, answer: null });
      return { steps, outcome: at.slice('outcome.'.length), endedAtStep: context.endedAt };
    };
  });
}

function labels(): Labels {
  const words = JSON.parse(readFileSync(LOG_CONTENT, 'utf8')) as {
    log: Record<string, string>;
    backup: Record<string, string>;
  };
  const imported = words.backup.imported ?? 'Imported';
  return {
    listLabel: words.log.listLabel ?? 'Incidents, newest first',
    importLabel: words.backup.import ?? 'Import a JSON backup',
    // "Imported: {{added}} new, …" -> "Imported"
    importedText: imported.split('{{')[0]?.replace(/[:：\s]+$/, '') || 'Imported',
    csvLabel: words.backup.csv ?? 'Export CSV (Excel)',
  };
}

// ---------------------------------------------------------------------------------------------
// The incidents: deterministic, shaped like what the recorder writes.

/** Mulberry32: a small seeded generator, so every run imports the same log. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const NOTES = [
  '顾客换了一张卡后付款成功',
  '网络不稳定，路由器重启后好了',
  'Wi-Fi dropped again around lunch; switched to SIM',
  '客服说系统正在维护，请稍后再试',
  'Customer paid cash in the end',
  'Terminal battery was at 3%, charged and it worked',
  'Card chip scratched, asked customer to contact their bank',
  '签到失败三次，打了客服电话',
  'Support ticket 48213, they will call back',
  'Customer read out card 4111 1111 1111 1111 by mistake, told them not to',
  '卡号 5555 5555 5555 4444 的卡读不出来',
  'Date on terminal was a year off, fixed in settings',
  'Cable loose at the back, "clicked" it in',
  'Second E1 today, same customer, same card',
  '参数下载后恢复正常, 大约用了 5 分钟',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** A version-4-shaped UUID from the seeded generator (the app uses crypto.randomUUID()). */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Random integer in [min, max]. */
function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One incident as the recorder stores it: a walk through the tree, with times. */
function makeIncident(random: () => number, walk: Walker, startedAt: number): ExportedIncident {
  const { steps: walked, outcome, endedAtStep } = walk(random);
  const steps: IncidentStep[] = [];
  let time = startedAt;
  for (const { step, answer } of walked) {
    const shownAt = time;
    const answeredAt = answer === null ? null : shownAt + between(random, 8_000, 150_000);
    steps.push({ step, shownAt, answer, answeredAt });
    time = (answeredAt ?? shownAt + between(random, 20_000, 300_000)) + between(random, 300, 2_000);
  }
  const endedAt = outcome === 'open' ? null : (steps.at(-1)?.shownAt ?? time);
  let updatedAt = time;
  let note = '';
  if (random() < 0.12) {
    note = pick(random, NOTES);
    updatedAt += between(random, 10_000, 600_000);
  }
  return {
    id: uuid(random),
    startedAt,
    updatedAt,
    endedAt,
    language: random() < 0.65 ? 'zh-CN' : 'en',
    outcome,
    endedAtStep,
    steps,
    note,
  };
}

/** The JSON export file, as toJson() in src/incidents/exchange.ts writes it. */
async function exportFile(
  count: number,
  now: number,
): Promise<{ text: string; incidents: ExportedIncident[] }> {
  const random = randomSource(SEED);
  const walk = await treeWalker();
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const incidents: ExportedIncident[] = [];
  while (incidents.length < count) {
    // Shop hours, 08:00-21:59 local time, on one of the last SPAN_DAYS days.
    const day = new Date(today.getTime() - between(random, 0, SPAN_DAYS - 1) * DAY_MS);
    day.setHours(
      between(random, 8, 21),
      between(random, 0, 59),
      between(random, 0, 59),
      between(random, 0, 999),
    );
    const startedAt = day.getTime();
    const incident = makeIncident(random, walk, startedAt);
    if (incident.updatedAt >= now) continue; // not in the future
    incidents.push(incident);
  }
  incidents.sort((a, b) => b.startedAt - a.startedAt);
  const { format, version } = exportHeader();
  const text = JSON.stringify(
    {
      format,
      version,
      exportedAt: new Date(now).toISOString(),
      count: incidents.length,
      incidents,
    },
    null,
    1,
  );
  return { text, incidents };
}

// ---------------------------------------------------------------------------------------------
// The browser part.

// The probes below run in the page, from their source text. tsx (esbuild's keepNames) wraps
// every named function inside a function in `__name(...)`, which the page does not define, so a
// probe holds no named inner function (`const poll = () => ...` would throw there).

/**
 * Runs in the page before its own scripts, on every navigation: polls once per frame until the
 * log's first row is on screen and keeps the time (ms since navigation start).
 */
function probeListVisible(listLabel: string): void {
  const globals = window as BenchWindow;
  void (async () => {
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const row = document.querySelector(`ol[aria-label="${CSS.escape(listLabel)}"] > li`);
      if (row && row.getBoundingClientRect().height > 0) {
        globals.__benchListVisibleAt = performance.now();
        return;
      }
    }
  })();
}

/**
 * In the page: notes when the file input changes and when a status line containing `text`
 * appears.
 */
function probeImport(text: string): void {
  const globals = window as BenchWindow;
  document.addEventListener(
    'change',
    () => {
      globals.__benchImportChangeAt ??= performance.now();
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (
      globals.__benchImportedAt === undefined &&
      [...document.querySelectorAll('[role="status"]')].some((element) =>
        element.textContent?.includes(text),
      )
    ) {
      globals.__benchImportedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * In the page: the time of the next click on a button named `label` (capture phase, so before
 * the app's own handler runs).
 */
function probeClick(label: string): void {
  const globals = window as BenchWindow;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target?.textContent?.trim() === label) globals.__benchClickAt ??= performance.now();
    },
    { capture: true },
  );
}

/** The first mark named `name` on the current page (ms since navigation start), once it exists. */
async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: TIMEOUT_MS,
  });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, name);
}

/** Navigates and waits until the log's first row has been on screen. */
async function openLog(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as BenchWindow).__benchListVisibleAt !== undefined,
    null,
    { timeout: TIMEOUT_MS },
  );
  return page.evaluate(() => (window as BenchWindow).__benchListVisibleAt ?? NaN);
}

/**
 * One fresh context: import, log, stats, CSV.
 * @param base preview server URL ending in '/'
 * @param file the JSON export to import
 * @param count incidents in the file
 */
async function measureRun(
  browser: Browser,
  base: string,
  file: string,
  words: Labels,
  count: number,
): Promise<RunResult> {
  const logUrl = new URL('?view=log&lang=en', base).href;
  const statsUrl = new URL('?view=stats&lang=en', base).href;
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript(probeListVisible, words.listLabel);
  try {
    const page = await context.newPage();

    // Write: validate and store the whole file.
    await page.goto(logUrl);
    const input = page.getByLabel(words.importLabel, { exact: true });
    await input.waitFor({ state: 'attached' });
    await page.evaluate(probeImport, words.importedText);
    const status = page.getByRole('status').filter({ hasText: words.importedText });
    const writeStart = performance.now();
    await input.setInputFiles(file);
    await status.waitFor({ state: 'visible' });
    const writeWall = performance.now() - writeStart;
    const imported = (await status.textContent())?.trim() ?? '';
    const write = await page.evaluate(() => {
      const globals = window as BenchWindow;
      return (globals.__benchImportedAt ?? NaN) - (globals.__benchImportChangeAt ?? NaN);
    });

    // Log: a new navigation with the 10,000 incidents stored.
    const logVisible = await openLog(page, logUrl);
    const logFirstRender = await markTime(page, 'log:first-render');

    // Stats.
    await page.goto(statsUrl);
    const stats = await markTime(page, 'stats:ready');

    // CSV export, back on the log.
    await openLog(page, logUrl);
    await page.evaluate(probeClick, words.csvLabel);
    const button = page.getByRole('button', { name: words.csvLabel, exact: true });
    await button.scrollIntoViewIfNeeded();
    const downloadEvent = page.waitForEvent('download', { timeout: TIMEOUT_MS });
    const clickStart = performance.now();
    await button.click();
    const download = await downloadEvent;
    const csvExport = performance.now() - clickStart;
    const csvDone = await markTime(page, 'export:csv:done');
    const clickAt = await page.evaluate(() => (window as BenchWindow).__benchClickAt ?? null);
    const csvMark = clickAt === null ? null : csvDone - clickAt;
    const csvPath = await download.path();
    const csv = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
    // Records, not text lines: a cell holds line breaks (one step per line in "What was tried").
    const csvLines = Papa.parse(csv, { skipEmptyLines: true }).data.length;
    if (csvLines !== count + 1) {
      console.warn(`  warning: the CSV has ${csvLines} lines, expected ${count + 1}`);
    }
    return {
      write,
      writeWall,
      logFirstRender,
      logVisible,
      stats,
      csvExport,
      csvMark,
      csvLines,
      imported,
    };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function ms(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : `${Math.round(value)} ms`;
}

/** The median of each figure over the runs that finished. */
export interface IncidentLogMedians {
  write: number;
  logFirstRender: number;
  logVisible: number;
  stats: number;
  csvExport: number;
  csvMark: number;
}

/**
 * Measures the incident log with `count` incidents and prints its own section.
 * Returns the medians, or null when it could not measure (the reason is printed). Sets
 * process.exitCode = 1 only when dist/ is missing.
 */
export async function incidentLogTimings({
  count = INCIDENT_COUNT,
  runs = RUNS,
}: { count?: number; runs?: number } = {}): Promise<IncidentLogMedians | null> {
  const countLabel = count.toLocaleString('en-US');
  console.log(
    `Incident log with ${countLabel} incidents (headless Chromium, 390x844, ${runs} runs)`,
  );
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(
      'bench: build output missing: dist/index.html not found. Run `vite build` first.',
    );
    process.exitCode = 1;
    return null;
  }

  let server: Awaited<ReturnType<typeof preview>> | null = null;
  let browser: Browser | null = null;
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bench-incidents-'));
  try {
    const words = labels();
    const generated = await exportFile(count, Date.now());
    const file = path.join(directory, 'e1-incidents.json');
    writeFileSync(file, generated.text);
    const stepCounts = generated.incidents.map((incident) => incident.steps.length);
    console.log(
      `  file: ${(generated.text.length / 1e6).toFixed(1)} MB JSON, ${Math.min(...stepCounts)}-${Math.max(...stepCounts)} steps per incident`,
    );

    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('the Vite preview server reported no local URL.');
    const base = url.endsWith('/') ? url : `${url}/`;
    browser = await launchChromium();

    const results: RunResult[] = [];
    for (let run = 1; run <= runs; run += 1) {
      try {
        const result = await measureRun(browser, base, file, words, count);
        results.push(result);
        console.log(
          `  run ${run}: write ${ms(result.write)} (wall ${ms(result.writeWall)}) · log first render ${ms(result.logFirstRender)} (list visible ${ms(result.logVisible)}) · stats ${ms(result.stats)} · CSV export ${ms(result.csvExport)} (mark ${ms(result.csvMark)}, ${result.csvLines} lines) · "${result.imported}"`,
        );
      } catch (error) {
        console.log(
          `  run ${run}: failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }
    if (results.length === 0) return null;

    const medians: IncidentLogMedians = {
      write: median(results.map((result) => result.write)),
      logFirstRender: median(results.map((result) => result.logFirstRender)),
      logVisible: median(results.map((result) => result.logVisible)),
      stats: median(results.map((result) => result.stats)),
      csvExport: median(results.map((result) => result.csvExport)),
      csvMark: median(
        results.flatMap((result) => (result.csvMark === null ? [] : [result.csvMark])),
      ),
    };
    console.log(
      `  medians: list visible ${ms(medians.logVisible)} after navigation start · CSV click to export:csv:done mark ${ms(medians.csvMark)}`,
    );
    console.log(
      `incidents (${countLabel}): write ${ms(medians.write)} · log first render ${ms(medians.logFirstRender)} (target < ${TARGETS.logFirstRender}) · stats ${ms(medians.stats)} (target < ${TARGETS.stats}) · CSV export ${ms(medians.csvExport)} (target < ${TARGETS.csvExport})`,
    );
    return medians;
  } catch (error) {
    // Never fail over a number, nor over the browser: say what went wrong and carry on.
    console.log(`  could not measure: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) await incidentLogTimings();
