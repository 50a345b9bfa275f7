// Answer taps on a slow phone (`inp`): a walk of 20 taps through the checks, in headless
// Chromium throttled through the DevTools Protocol (4× CPU, and the phone's network: 150 ms,
// 1.6 Mbps), against the built app and, when PEER_URL is set, the peer in the same run.
// - INP of each tap: the Event Timing API in the page (type 'event', durationThreshold 16),
//   grouped by interactionId, the longest event of each interaction; median and max.
// - Time per step: from the tap (pointerdown's timestamp) to the next heading painted (Element
//   Timing). The peer loads a page per answer, so its step is timed from the tap in one document
//   to the heading painted in the next (both as performance.timeOrigin + their time).
// The walk is the app's own tree (scripts/bench-tree.ts): the longest run of answers that stays on
// checks (17), then Back and the same answer again; the peer's is "Still E1" twenty times from
// its first question. Like bench.ts it reports numbers and never fails over them.
import type { Browser, Page } from 'playwright-core';
import {
  describeThrottling,
  launchChromium,
  median,
  ms,
  phoneContext,
  PHONE,
  poll,
  readProbe,
  readTaps,
  sleep,
  throttle,
  waitForProbe,
  withPreview,
  type ProbeState,
} from './bench-browser.ts';
import { peerFromEnv, peerIsUp, peerQuestionUrl, printPeerMs, type Peer } from './bench-peer.ts';
import { loadTree, type Move, type Tree } from './bench-tree.ts';

const TAPS = 20;
const WALKS = 3;
/** A person reads the next question before tapping: the taps never overlap. */
const PAUSE_MS = 300;
const EVENT_THRESHOLD_MS = 16;
const TARGETS = { inpMedian: 50, stepRatio: 0.2 };

interface Walk {
  /** Per tap: the longest event of its interaction; null: below the 16 ms threshold. */
  inp: (number | null)[];
  steps: number[];
}

/** Per tap, the longest Event Timing entry between it and the next tap. */
function interactionsPerTap(state: ProbeState, taps: number[]): (number | null)[] {
  return taps.map((tap, index) => {
    const next = taps[index + 1] ?? Number.POSITIVE_INFINITY;
    const durations = state.events
      .filter((event) => event.startTime >= tap - 1 && event.startTime < next - 1)
      .map((event) => event.duration);
    return durations.length === 0 ? null : Math.max(...durations);
  });
}

async function tapAndTime(page: Page, move: Move, index: number): Promise<number> {
  const before = (await readProbe(page)).taps.length;
  const name = move.label;
  await page.getByRole('button', { name, exact: true }).tap();
  const step = await waitForProbe(page, (state) => {
    const tap = state.taps[before];
    if (tap === undefined) return null;
    const heading = state.headings.find(
      (paint) =>
        paint.text === move.nextTitle && paint.renderTime !== null && paint.renderTime > tap,
    );
    return heading?.renderTime === null || heading?.renderTime === undefined
      ? null
      : heading.renderTime - tap;
  });
  if (step === null) {
    throw new Error(`tap ${index + 1} (${move.label}): "${move.nextTitle}" never painted`);
  }
  return step;
}

/** Ours: from the start screen to the first check (not timed), then the walk, throttled. */
async function walkOurs(browser: Browser, base: string, tree: Tree, moves: Move[]): Promise<Walk> {
  const context = await phoneContext(
    browser,
    { headingSelector: 'h1', buttonLabels: [tree.start.label] },
    'block',
  );
  try {
    const page = await context.newPage();
    await page.goto(new URL('?lang=en', base).href);
    await waitForProbe(page, (state) => state.usable[tree.start.label] ?? null);
    await page.getByRole('button', { name: tree.start.label, exact: true }).tap();
    const first = tree.titleOf(tree.firstCheck);
    await waitForProbe(page, (state) =>
      state.headings.some((paint) => paint.text === first && paint.renderTime !== null)
        ? true
        : null,
    );
    await page.waitForLoadState('networkidle');
    await throttle(context, page, PHONE);
    const tapsBefore = (await readProbe(page)).taps.length;
    const steps: number[] = [];
    for (const [index, move] of moves.entries()) {
      steps.push(await tapAndTime(page, move, index));
      await sleep(PAUSE_MS);
    }
    // Event Timing entries arrive after the next paint.
    await sleep(1000);
    const state = await readProbe(page);
    const taps = state.taps.slice(tapsBefore);
    return { inp: interactionsPerTap(state, taps), steps };
  } finally {
    await context.close();
  }
}

/** The peer: its first question, then "Still E1" twenty times, a page load each, throttled. */
async function walkPeer(browser: Browser, peer: Peer): Promise<number[]> {
  const context = await phoneContext(
    browser,
    { headingSelector: peer.headingSelector, buttonLabels: [] },
    'block',
  );
  try {
    const page = await context.newPage();
    await page.goto(peerQuestionUrl(peer));
    await waitForProbe(page, (state) =>
      state.headings.some((paint) => paint.renderTime !== null) ? true : null,
    );
    await throttle(context, page, PHONE);
    const steps: number[] = [];
    for (let index = 0; index < TAPS; index += 1) {
      const before = (await readTaps(page)).length;
      await page.getByRole('link', { name: peer.continueLabel, exact: true }).tap();
      const tap = await poll(async () => (await readTaps(page))[before] ?? null);
      const painted =
        tap === null
          ? null
          : await waitForProbe(page, (state) => {
              // Still the document that was tapped: wait for the next one.
              if (state.timeOrigin < tap) return null;
              const heading = state.headings.find((paint) => paint.renderTime !== null);
              return heading?.renderTime === null || heading?.renderTime === undefined
                ? null
                : state.timeOrigin + heading.renderTime;
            });
      if (tap === null || painted === null) {
        throw new Error(`peer tap ${index + 1}: no next heading painted`);
      }
      steps.push(painted - tap);
      await sleep(PAUSE_MS);
    }
    return steps;
  } finally {
    await context.close();
  }
}

function describeInp(inp: (number | null)[]): string {
  const known = inp.map((value) => value ?? EVENT_THRESHOLD_MS);
  return `INP median ${ms(median(known))}, max ${ms(Math.max(...known))}`;
}

/** `inp`: the walk's INP and time per step, ours and (with PEER_URL) the peer's. */
export async function printInp({ dist }: { dist: string }): Promise<void> {
  const tree = await loadTree();
  const moves = tree.walk(TAPS);
  const answers = moves.findIndex((move) => move.kind === 'back');
  const peerConfig = peerFromEnv();
  await withPreview(dist, async (base) => {
    const peer = peerConfig && (await peerIsUp(peerConfig)) ? peerConfig : null;
    console.log(
      `Answer taps: a walk of ${TAPS} taps from the first check (${answers} answers, then Back ` +
        `and the answer again), ${WALKS} walks, throttled (${describeThrottling(PHONE)}), ` +
        `${PAUSE_MS} ms between taps` +
        (peer ? `; the peer: "${peer.continueLabel}" ${TAPS} times from its first question` : ''),
    );
    console.log(
      `  INP: Event Timing (durationThreshold ${EVENT_THRESHOLD_MS}), the longest event of each ` +
        `tap's interaction; a tap with no entry (under ${EVENT_THRESHOLD_MS} ms) counts as ` +
        `${EVENT_THRESHOLD_MS}. Step: pointerdown to the next heading's Element Timing paint`,
    );
    const browser = await launchChromium();
    const walks: Walk[] = [];
    const peerSteps: number[][] = [];
    try {
      for (let run = 1; run <= WALKS; run += 1) {
        const walk = await walkOurs(browser, base, tree, moves);
        walks.push(walk);
        let peerLine = '';
        if (peer) {
          const steps = await walkPeer(browser, peer);
          peerSteps.push(steps);
          peerLine = `; peer: step median ${ms(median(steps))}, max ${ms(Math.max(...steps))}`;
        }
        console.log(
          `  walk ${run}: ${describeInp(walk.inp)}; step median ${ms(median(walk.steps))}, ` +
            `max ${ms(Math.max(...walk.steps))}${peerLine}`,
        );
        console.log(`    INP per tap (ms): ${walk.inp.map((value) => value ?? '<16').join(' ')}`);
        console.log(`    step per tap (ms): ${walk.steps.map(Math.round).join(' ')}`);
      }
    } finally {
      await browser.close();
    }
    const inp = walks.flatMap((walk) => walk.inp);
    const below = inp.filter((value) => value === null).length;
    const known = inp.map((value) => value ?? EVENT_THRESHOLD_MS);
    const steps = walks.flatMap((walk) => walk.steps);
    const ours = median(steps);
    console.log(
      `answer tap INP: median ${ms(median(known))} (target ≤ ${TARGETS.inpMedian} ms), ` +
        `max ${ms(Math.max(...known))}; ${below} of ${inp.length} taps under ` +
        `${EVENT_THRESHOLD_MS} ms`,
    );
    console.log(`time per step (tap to next h1 painted): median ${ms(ours)}`);
    if (peer) {
      const theirs = median(peerSteps.flat());
      printPeerMs('time per step (a page load per answer)', ours, theirs, TARGETS.stepRatio);
    }
  });
}
