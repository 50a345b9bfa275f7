// Size and speed benchmark for the production build. Run after `vite build` (npm run bench).
// Each measurement prints its own section; add new ones to MEASUREMENTS.
// It reports numbers and never fails over them; it exits non-zero only when the
// build output is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { incidentLogTimings } from './bench-incidents.js';
import { printHandoffLink } from './bench-share.js';
import { printScreensToOutcome } from './bench-screens.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
const FIRST_SCREEN_JS_TARGET_KB = 120;

class MissingBuildError extends Error {}

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ dist: string, manifest: Manifest }} BuildOutput
 * @typedef {{ file: string, raw: number, gzip: number }} FileSize
 */

/** @param {string} relativeFile path inside dist/ */
function measureFile(relativeFile) {
  const absolute = path.join(DIST, relativeFile);
  if (!existsSync(absolute)) {
    throw new MissingBuildError(
      `${relativeFile} is listed in the manifest but missing from dist/.`,
    );
  }
  const content = readFileSync(absolute);
  const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  return { file: relativeFile, raw: content.length, gzip };
}

/** Kilobytes as Vite's build log prints them (1 KB = 1000 bytes), so the numbers compare. */
function kb(/** @type {number} */ bytes) {
  return (bytes / 1000).toFixed(1);
}

/** @param {FileSize[]} rows */
function printTable(rows) {
  const width = Math.max(4, ...rows.map((row) => row.file.length));
  console.log(`  ${'file'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`);
  for (const row of rows) {
    console.log(
      `  ${row.file.padEnd(width)}  ${String(row.raw).padStart(9)}  ${String(row.gzip).padStart(9)}`,
    );
  }
}

/** @param {FileSize[]} rows */
function sum(rows) {
  return rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** @returns {BuildOutput} */
function loadBuildOutput() {
  if (!existsSync(MANIFEST)) {
    throw new MissingBuildError(
      `${path.relative(ROOT, MANIFEST)} not found. Run \`vite build\` first.`,
    );
  }
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return { dist: DIST, manifest };
}

/** The app's code, which the entry imports right after the prerendered first paint. */
const APP_MODULE = 'src/app/start.tsx';

/**
 * JS and CSS the first screen loads: the HTML entry, the opening script, the app's code
 * (src/app/start.tsx) and the default language's words, each with its static imports,
 * recursively. Other dynamic imports (lazy pages, the other language) are left out.
 * @param {BuildOutput} build
 */
function firstScreen({ manifest }) {
  const entryKey =
    Object.keys(manifest).find((key) => key === 'index.html' && manifest[key]?.isEntry) ??
    Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entryKey === undefined) {
    throw new MissingBuildError('The manifest has no entry chunk (isEntry: true).');
  }

  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {string[]} */
  const files = [];
  /** @param {string} key */
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new MissingBuildError(`Manifest entry ${key} is missing.`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(APP_MODULE);
  // The default language's interface words, loaded before the first render. Rolldown names
  // them and the step words after zh-CN, importable by no page by name (the log's, share's and
  // trainer's words are entries of their own); the step words, which hold the step ids, load
  // once the start screen is drawn (src/app/App.tsx), so they are listed apart.
  const defaultWords = Object.keys(manifest).filter((key) => key.startsWith('_zh-CN-'));
  const isStepWords = (/** @type {string} */ key) =>
    readFileSync(path.join(DIST, manifest[key]?.file ?? ''), 'utf8').includes('triage.others');
  const stepWords = defaultWords.filter(isStepWords);
  const interfaceWords = defaultWords.filter((key) => !isStepWords(key));
  if (stepWords.length !== 1 || interfaceWords.length !== 1) {
    throw new MissingBuildError(`Expected 2 zh-CN word chunks, found ${defaultWords.length}.`);
  }
  interfaceWords.forEach(visit);
  const openingScript = listFiles(path.join(DIST, 'assets')).filter((file) =>
    /^assets\/opening-[^/]+\.js$/.test(file),
  );
  files.push(...openingScript);

  const rows = [...new Set(files)].map(measureFile);
  const js = sum(rows.filter((row) => row.file.endsWith('.js')));
  const css = sum(rows.filter((row) => row.file.endsWith('.css')));

  console.log(`First screen (${entryKey} + static imports)`);
  printTable(rows);
  console.log(`  JS:  ${kb(js.gzip)} KB gzipped (${js.gzip} B; raw ${kb(js.raw)} KB)`);
  console.log(`  CSS: ${kb(css.gzip)} KB gzipped (${css.gzip} B; raw ${kb(css.raw)} KB)`);
  console.log(
    `first-screen JS: ${kb(js.gzip)} KB gzipped (target <= ${FIRST_SCREEN_JS_TARGET_KB} KB)`,
  );
  const [afterFirstRender] = stepWords.map((key) => measureFile(manifest[key]?.file ?? ''));
  if (afterFirstRender) {
    console.log(
      `  then, once it is drawn, the step words: ${kb(afterFirstRender.gzip)} KB gzipped (${afterFirstRender.file})`,
    );
  }
}

/** @param {string} directory absolute path */
function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Everything in dist/assets, lazy chunks included. For information only.
 * @param {BuildOutput} build
 */
function allAssets({ dist }) {
  const assets = path.join(dist, 'assets');
  if (!existsSync(assets)) throw new MissingBuildError('dist/assets not found.');
  const rows = listFiles(assets).map(measureFile);
  const groups = [
    ['JS', sum(rows.filter((row) => row.file.endsWith('.js')))],
    ['CSS', sum(rows.filter((row) => row.file.endsWith('.css')))],
    ['other', sum(rows.filter((row) => !/\.(js|css)$/.test(row.file)))],
    ['total', sum(rows)],
  ];
  console.log(`All of dist/assets (${rows.length} files, lazy chunks included; information only)`);
  for (const [label, size] of groups) {
    console.log(`  ${`${label}:`.padEnd(6)} ${kb(size.gzip)} KB gzipped (raw ${kb(size.raw)} KB)`);
  }
}

/**
 * What the service worker downloads on the first visit and keeps for offline use: every entry of
 * the precache list in dist/sw.js.
 * @param {BuildOutput} build
 */
function precache({ dist }) {
  const swFile = path.join(dist, 'sw.js');
  if (!existsSync(swFile)) throw new MissingBuildError('dist/sw.js not found.');
  const list = /precacheAndRoute\(\s*(\[[^\]]*\])/.exec(readFileSync(swFile, 'utf8'))?.[1];
  if (list === undefined) throw new MissingBuildError('dist/sw.js has no precache list.');
  const urls = [...list.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
  const rows = urls.map(measureFile);
  const total = sum(rows);
  console.log(`Precache (dist/sw.js: what the first visit stores for offline use)`);
  printTable(rows);
  console.log(
    `precache: ${rows.length} files, ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped (information only)`,
  );
}

const LIGHTHOUSE_RUNS = 3;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const LIGHTHOUSE_TARGETS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1500,
};

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number,
 *   lcpMs: number, tbtMs: number }} LighthouseFigures
 */

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * One Lighthouse run (its default: mobile, simulated slow 4G and a slowed CPU) in a fresh
 * headless Chromium.
 * @param {string} url
 * @returns {Promise<LighthouseFigures>}
 */
async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    /** @param {string} id */
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    /** @param {string} id */
    const ms = (id) => Math.round(audits[id]?.numericValue ?? Number.NaN);
    const failing = ['accessibility', 'best-practices'].flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    if (failing.length > 0) console.log(`  below full marks: ${failing.join(', ')}`);
    for (const item of audits['errors-in-console']?.details?.items ?? []) {
      console.log(
        `  console error: ${String(item.description ?? item.source ?? '?').slice(0, 160)}`,
      );
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse against the built app served locally by `vite preview`, three times (scores swing
 * run to run), reporting the median of each figure.
 * @param {BuildOutput} build
 */
async function lighthouseRuns({ dist }) {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`Lighthouse: skipped, no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
    return;
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('vite preview reported no local URL');
    console.log(`Lighthouse (mobile, ${LIGHTHOUSE_RUNS} runs against ${url}, median)`);
    /** @type {LighthouseFigures[]} */
    const runs = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
      const figures = await lighthouseOnce(url);
      runs.push(figures);
      console.log(
        `  run ${run}: performance ${figures.performance}, accessibility ${figures.accessibility}, ` +
          `best practices ${figures.bestPractices}, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms`,
      );
    }
    /** @param {keyof LighthouseFigures} key */
    const mid = (key) => median(runs.map((figures) => figures[key]));
    const t = LIGHTHOUSE_TARGETS;
    console.log(`lighthouse performance: ${mid('performance')} (target >= ${t.performance})`);
    console.log(`lighthouse accessibility: ${mid('accessibility')} (target ${t.accessibility})`);
    console.log(`lighthouse best practices: ${mid('bestPractices')} (target ${t.bestPractices})`);
    console.log(
      `lighthouse LCP: ${(mid('lcpMs') / 1000).toFixed(2)} s (target < ${t.lcpMs / 1000} s)`,
    );
    console.log(`lighthouse TBT: ${mid('tbtMs')} ms (information only)`);
  } finally {
    await server.close();
  }
}

/** @type {{ name: string, run: (build: BuildOutput) => void | Promise<void> }[]} */
const MEASUREMENTS = [
  { name: 'first-screen', run: firstScreen },
  { name: 'all-assets', run: allAssets },
  { name: 'precache', run: precache },
  { name: 'lighthouse', run: lighthouseRuns },
  { name: 'incident-log', run: () => incidentLogTimings().then(() => undefined) },
  { name: 'handoff-link', run: printHandoffLink },
  { name: 'screens-to-outcome', run: printScreensToOutcome },
];

async function main() {
  try {
    const build = loadBuildOutput();
    // `node scripts/bench.js first-screen lighthouse` runs only the measurements named.
    const wanted = process.argv.slice(2);
    const chosen = MEASUREMENTS.filter(({ name }) => wanted.length === 0 || wanted.includes(name));
    for (const [index, measurement] of chosen.entries()) {
      if (index > 0) console.log('');
      await measurement.run(build);
    }
  } catch (error) {
    if (error instanceof MissingBuildError) {
      console.error(`bench: build output missing: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

await main();
