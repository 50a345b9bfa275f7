// Size benchmark for the production build. Run after `vite build` (npm run bench).
// Each measurement prints its own section; add new ones to MEASUREMENTS.
// It reports numbers and never fails over them; it exits non-zero only when the
// build output is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

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

/**
 * JS and CSS the first screen loads: the HTML entry plus its static imports, recursively.
 * Dynamic imports (lazy routes) are left out.
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

/** @type {{ name: string, run: (build: BuildOutput) => void }[]} */
const MEASUREMENTS = [
  { name: 'first-screen', run: firstScreen },
  { name: 'all-assets', run: allAssets },
];

function main() {
  try {
    const build = loadBuildOutput();
    for (const [index, measurement] of MEASUREMENTS.entries()) {
      if (index > 0) console.log('');
      measurement.run(build);
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

main();
