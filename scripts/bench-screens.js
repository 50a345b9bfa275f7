// Screens to the right outcome: for every practice scenario, how many checks its shortest path
// answers before the right outcome shows, and the median (the targets: median ≤ 5,
// every-till-fails ≤ 4, none over 10); beside it, how many of those the story had not already
// answered (the path is searched from what the story told). Run on its own (`node scripts/bench-screens.js`) or from
// bench.js. It runs the app's own modules (src/trainer/shortestPath.ts over the wizard's machine)
// in Node through Vite, so the figures are the machine's, not a copy's. Like bench.js it reports
// numbers and never fails over them.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { median: 5, perScenario: 10, scenario: { 'every-till-fails': 4 } };

/**
 * @typedef {{ id: string, screens: number, afterStory: number }} ScreensToOutcome
 * @typedef {{ scenarios: ScreensToOutcome[], median: number, medianAfterStory: number }} ScreensFigures
 */

/** @returns {Promise<ScreensFigures>} */
export async function screensFigures() {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const load = (/** @type {string} */ file) => server.ssrLoadModule(file);
    const [{ screensToRightOutcome, median }, { scenarios }] = await Promise.all([
      load('/src/trainer/shortestPath.ts'),
      load('/src/trainer/scenarios.ts'),
    ]);
    /** @type {ScreensToOutcome[]} */
    const figures = screensToRightOutcome(scenarios);
    return {
      scenarios: figures,
      median: median(figures.map((row) => row.screens)),
      medianAfterStory: median(figures.map((row) => row.afterStory)),
    };
  } finally {
    await server.close();
  }
}

/** Prints the section bench.js expects from a measurement. */
export async function printScreensToOutcome() {
  const { scenarios, median, medianAfterStory } = await screensFigures();
  const width = Math.max(...scenarios.map((row) => row.id.length));
  console.log('Screens to the right outcome (each scenario’s shortest path, src/trainer)');
  console.log(`  ${'scenario'.padEnd(width)}  screens  after what the story told`);
  for (const { id, screens, afterStory } of scenarios) {
    /** @type {Record<string, number>} */
    const own = TARGETS.scenario;
    const target = own[id] ?? TARGETS.perScenario;
    const mark = screens <= target ? '' : `  over the target of ${target}`;
    console.log(
      `  ${id.padEnd(width)}  ${String(screens).padStart(7)}  ${String(afterStory).padStart(2)}${mark}`,
    );
  }
  console.log(`screens to the right outcome: median ${median} (target ≤ ${TARGETS.median})`);
  console.log(`screens after what the story told: median ${medianAfterStory}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printScreensToOutcome();
}
