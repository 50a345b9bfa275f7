// Size and speed benchmark for the production build. Run after `vite build` (npm run bench).
// Each measurement prints its own section; add new ones to MEASUREMENTS.
// It reports numbers and never fails over them; it exits non-zero only when the
// build output is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { incidentLogTimings } from './bench-incidents.ts';
import { printLighthouse } from './bench-lighthouse.ts';
import { printInp } from './bench-inp.ts';
import { printHandoffLink } from './bench-share.ts';
import { printScreensToOutcome } from './bench-screens.ts';
import { printJsBeforeLive, printThrottled } from './bench-throttled.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
const FIRST_SCREEN_JS_TARGET_KB = 120;

class MissingBuildError extends Error {}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;
interface BuildOutput {
  dist: string;
  manifest: Manifest;
}
interface Size {
  raw: number;
  gzip: number;
}
interface FileSize extends Size {
  file: string;
}

/** @param relativeFile path inside dist/ */
function measureFile(relativeFile: string): FileSize {
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
function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function printTable(rows: FileSize[]): void {
  const width = Math.max(4, ...rows.map((row) => row.file.length));
  console.log(`  ${'file'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`);
  for (const row of rows) {
    console.log(
      `  ${row.file.padEnd(width)}  ${String(row.raw).padStart(9)}  ${String(row.gzip).padStart(9)}`,
    );
  }
}

function sum(rows: FileSize[]): Size {
  return rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

function loadBuildOutput(): BuildOutput {
  if (!existsSync(MANIFEST)) {
    throw new MissingBuildError(
      `${path.relative(ROOT, MANIFEST)} not found. Run \`vite build\` first.`,
    );
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  return { dist: DIST, manifest };
}

/** The app's code, in two parts the entry imports right after the prerendered first paint. */
const APP_MODULES = ['src/app/opening.ts', 'src/app/start.tsx'];

/**
 * JS and CSS the first screen loads: the HTML entry, the opening script, the app's code
 * (src/app/opening.ts, src/app/start.tsx) and the default language's words, each with its static
 * imports, recursively. Other dynamic imports (lazy pages, the other language) are left out.
 */
function firstScreen({ manifest }: BuildOutput): void {
  const entryKey =
    Object.keys(manifest).find((key) => key === 'index.html' && manifest[key]?.isEntry) ??
    Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entryKey === undefined) {
    throw new MissingBuildError('The manifest has no entry chunk (isEntry: true).');
  }

  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new MissingBuildError(`Manifest entry ${key} is missing.`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  APP_MODULES.forEach(visit);
  // The default language's interface words, loaded before the first render. Rolldown names
  // them and the step words after zh-CN, importable by no page by name (the log's, share's and
  // trainer's words are entries of their own); the step words, which hold the step ids, load
  // once the start screen is drawn (src/app/App.tsx), so they are listed apart.
  const defaultWords = Object.keys(manifest).filter((key) => key.startsWith('_zh-CN-'));
  const isStepWords = (key: string) =>
    readFileSync(path.join(DIST, manifest[key]?.file ?? ''), 'utf8').includes('triage.others');
  const stepWords = defaultWords.filter(isStepWords);
  const interfaceWords = defaultWords.filter((key) => !isStepWords(key));
  if (stepWords.length !== 1 || interfaceWords.length !== 1) {
    throw new MissingBuildError(`Expected 2 zh-CN word chunks, found ${defaultWords.length}.`);
  }
  interfaceWords.forEach(visit);
  const openingScript = listFiles(path.join(DIST, 'assets')).filter((file) =>
    /^assets\/first-paint-[^/]+\.js$/.test(file),
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
    `first-screen JS: ${kb(js.gzip)} KB gzipped (target <= ${FIRST_SCREEN_JS_TARGET_KB} KB; ` +
      `the opening script counted, though each page carries it inline; js-before-live has ` +
      `what a page really fetches)`,
  );
  const [afterFirstRender] = stepWords.map((key) => measureFile(manifest[key]?.file ?? ''));
  if (afterFirstRender) {
    console.log(
      `  then, once it is drawn, the step words: ${kb(afterFirstRender.gzip)} KB gzipped (${afterFirstRender.file})`,
    );
  }
}

/** @param directory absolute path */
function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Everything in dist/assets, lazy chunks included. For information only. */
function allAssets({ dist }: BuildOutput): void {
  const assets = path.join(dist, 'assets');
  if (!existsSync(assets)) throw new MissingBuildError('dist/assets not found.');
  // The Brotli copies (scripts/precompress.ts) are the same files again.
  const rows = listFiles(assets)
    .filter((file) => !file.endsWith('.br'))
    .map(measureFile);
  const groups: [string, Size][] = [
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
 */
function precache({ dist }: BuildOutput): void {
  const swFile = path.join(dist, 'sw.js');
  if (!existsSync(swFile)) throw new MissingBuildError('dist/sw.js not found.');
  // The list injectManifest wrote into our worker (src/pwa/sw.ts): JSON, each entry an object.
  const list = /\[\{"(?:revision|url)":[^\]]*\]/.exec(readFileSync(swFile, 'utf8'))?.[0];
  if (list === undefined) throw new MissingBuildError('dist/sw.js has no precache list.');
  const urls = (JSON.parse(list) as { url: string }[]).map((entry) => entry.url);
  const rows = urls.map(measureFile);
  const total = sum(rows);
  console.log(`Precache (dist/sw.js: what the first visit stores for offline use)`);
  printTable(rows);
  console.log(
    `precache: ${rows.length} files, ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped (information only)`,
  );
}

const MEASUREMENTS: { name: string; run: (build: BuildOutput) => void | Promise<void> }[] = [
  { name: 'first-screen', run: firstScreen },
  { name: 'all-assets', run: allAssets },
  { name: 'precache', run: precache },
  { name: 'throttled', run: printThrottled },
  { name: 'js-before-live', run: printJsBeforeLive },
  { name: 'inp', run: printInp },
  { name: 'lighthouse', run: printLighthouse },
  { name: 'incident-log', run: () => incidentLogTimings().then(() => undefined) },
  { name: 'handoff-link', run: printHandoffLink },
  { name: 'screens-to-outcome', run: printScreensToOutcome },
];

async function main(): Promise<void> {
  try {
    const build = loadBuildOutput();
    // `npx tsx scripts/bench.ts first-screen lighthouse` runs only the measurements named.
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
