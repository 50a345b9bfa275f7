// Screens to the right outcome: for every practice scenario, how many checks its shortest path
// answers before the right outcome shows, and the median (the targets: median ≤ 5,
// every-till-fails ≤ 4, none over 10); beside it, how many of those the story had not already
// answered (the path is searched from what the story told). Run on its own (`npx tsx scripts/bench-screens.ts`) or from
// bench.ts. It runs the app's own modules (src/trainer/shortestPath.ts over the wizard's machine)
// in Node through Vite, so the figures are the machine's, not a copy's. Like bench.ts it reports
// numbers and never fails over them.
import { pathToFileURL } from 'node:url';
import type * as ShortestPath from '../src/trainer/shortestPath.ts';
import type * as Scenarios from '../src/trainer/scenarios.ts';
import { withAppModules } from './app-modules.ts';

const TARGETS: { median: number; perScenario: number; scenario: Record<string, number> } = {
  median: 5,
  perScenario: 10,
  scenario: { 'every-till-fails': 4 },
};

export type ScreensToOutcome = ShortestPath.ScreensToOutcome;

export interface ScreensFigures {
  scenarios: ScreensToOutcome[];
  median: number;
  medianAfterStory: number;
}

export async function screensFigures(): Promise<ScreensFigures> {
  // The modules' own types: these are the files loaded, so a moved file fails the typecheck.
  return withAppModules(async (load) => {
    const [{ screensToRightOutcome, median }, { scenarios }] = await Promise.all([
      load<typeof ShortestPath>('/src/trainer/shortestPath.ts'),
      load<typeof Scenarios>('/src/trainer/scenarios.ts'),
    ]);
    const figures = screensToRightOutcome(scenarios);
    return {
      scenarios: figures,
      median: median(figures.map((row) => row.screens)),
      medianAfterStory: median(figures.map((row) => row.afterStory)),
    };
  });
}

/** Prints the section bench.ts expects from a measurement. */
export async function printScreensToOutcome(): Promise<void> {
  const { scenarios, median, medianAfterStory } = await screensFigures();
  const width = Math.max(...scenarios.map((row) => row.id.length));
  console.log('Screens to the right outcome (each scenario’s shortest path, src/trainer)');
  console.log(`  ${'scenario'.padEnd(width)}  screens  after what the story told`);
  for (const { id, screens, afterStory } of scenarios) {
    const target = TARGETS.scenario[id] ?? TARGETS.perScenario;
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
