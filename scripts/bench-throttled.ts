// First screens on a slow phone, in headless Chromium throttled through the DevTools Protocol
// (scripts/bench-browser.ts: 4× CPU, 150 ms latency, 1.6 Mbps down), against the built app
// served by `vite preview` and, when PEER_URL is set, against the peer in the same run:
// - `throttled`: cold (fresh context, no service worker), a question link's h1 painted and its
//   first answer usable, the start screen's button usable; warm (service worker controlling),
//   the start button usable; the peer's question heading painted;
// - `js-before-live`: the JavaScript the page fetched before the start button was usable.
// Run from bench.ts (`npx tsx scripts/bench.ts throttled js-before-live`). Like bench.ts it
// reports numbers and never fails over them.
import { constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  describeThrottling,
  launchChromium,
  median,
  ms,
  paintTime,
  phoneContext,
  PHONE,
  readProbe,
  sleep,
  throttle,
  waitForProbe,
  withPreview,
  type ProbeOptions,
  type ProbeState,
} from './bench-browser.ts';
import { peerFromEnv, peerIsUp, peerQuestionUrl, printPeerMs } from './bench-peer.ts';
import { loadTree, type Tree } from './bench-tree.ts';

const RUNS = 5;
const JS_RUNS = 3;
const QUESTION = 'network.signal';
const TARGETS = { questionH1: 650, questionUsable: 1200, startUsable: 1200, warmStartUsable: 300 };
const JS_TARGET_KB = 120;

interface Load {
  /** ms since navigation start; null when it never came. */
  heading: number | null;
  headingMethod: 'element' | 'frame' | null;
  usable: number | null;
  /** The last LCP entry before the end, for information. */
  lcp: string;
  state: ProbeState;
}

/** What one load waits for: a heading (by its text; null: the first one) and a button. */
interface Expect {
  headingText: string | null;
  button: string | null;
}

function headingOf(state: ProbeState, text: string | null) {
  return state.headings.find((heading) => text === null || heading.text === text) ?? null;
}

/** Waits until the heading has been painted and the button is usable, then reads the probe. */
async function finishLoad(page: Page, expect: Expect): Promise<Load> {
  const complete = (state: ProbeState) => {
    const heading = headingOf(state, expect.headingText);
    const painted = heading?.renderTime !== null && heading?.renderTime !== undefined;
    const usable = expect.button === null || state.usable[expect.button] !== undefined;
    return painted && usable ? state : null;
  };
  // Element Timing reports the heading a little after its frame; without it (an older browser,
  // a heading painted before the probe set elementtiming), the frame time is taken after 30 s.
  const state = (await waitForProbe(page, complete, 30_000)) ?? (await readProbe(page));
  const heading = headingOf(state, expect.headingText);
  const paint = heading ? paintTime(heading) : null;
  const lcp = state.lcp.at(-1);
  return {
    heading: paint?.time ?? null,
    headingMethod: paint?.method ?? null,
    usable: expect.button === null ? null : (state.usable[expect.button] ?? null),
    lcp: lcp ? `${lcp.tag} ${ms(lcp.time)}` : 'none',
    state,
  };
}

function probeOptions(selector: string, expect: Expect): ProbeOptions {
  return { headingSelector: selector, buttonLabels: expect.button === null ? [] : [expect.button] };
}

/** A fresh context, no service worker, throttled before the first request. */
async function coldLoad(
  browser: Browser,
  url: string,
  selector: string,
  expect: Expect,
  onPage?: (page: Page) => void,
): Promise<{ load: Load; page: Page; close: () => Promise<void> }> {
  const context = await phoneContext(browser, probeOptions(selector, expect), 'block');
  const page = await context.newPage();
  onPage?.(page);
  await throttle(context, page, PHONE);
  await page.goto(url, { waitUntil: 'commit' });
  return { load: await finishLoad(page, expect), page, close: () => context.close() };
}

/**
 * Warm: the first visit installs the service worker (not throttled); once
 * `navigator.serviceWorker.ready`, one reload, throttled and controlled by it, is measured.
 */
async function warmLoad(browser: Browser, url: string, expect: Expect): Promise<Load | null> {
  const context = await phoneContext(browser, probeOptions('h1', expect), 'allow');
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await throttle(context, page, PHONE);
    await page.reload({ waitUntil: 'commit' });
    const load = await finishLoad(page, expect);
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) {
      console.log('  warm run: the service worker did not control the reload; run left out');
      return null;
    }
    return load;
  } finally {
    await context.close();
  }
}

function describeLoad(load: Load): string {
  const method = load.headingMethod === 'frame' ? ' (frame time)' : '';
  const usable = load.usable === null ? '' : `, usable ${ms(load.usable)}`;
  return `heading ${ms(load.heading)}${method}${usable}, LCP ${load.lcp}`;
}

const values = (loads: (Load | null)[], key: 'heading' | 'usable'): number[] =>
  loads.flatMap((load) => (load?.[key] === null || load?.[key] === undefined ? [] : [load[key]]));

function medianOf(loads: (Load | null)[], key: 'heading' | 'usable'): number | null {
  const known = values(loads, key);
  return known.length === 0 ? null : median(known);
}

const target = (limit: number) => `(target ≤ ${limit.toLocaleString('en-US')} ms)`;

/** `throttled`: the cold and warm first screens, ours and (with PEER_URL) the peer's. */
export async function printThrottled({ dist }: { dist: string }): Promise<void> {
  const tree = await loadTree();
  const peerConfig = peerFromEnv();
  await withPreview(dist, async (base) => {
    const peer = peerConfig && (await peerIsUp(peerConfig)) ? peerConfig : null;
    const question = {
      url: new URL(`?step=${QUESTION}&lang=en`, base).href,
      expect: { headingText: tree.titleOf(QUESTION), button: tree.firstAnswerLabel(QUESTION) },
    };
    const start = {
      url: base,
      expect: { headingText: tree.start.title, button: tree.start.label },
    };
    console.log(
      `Throttled phone (${describeThrottling(PHONE)}; median of ${RUNS}; ` +
        `Playwright + CDP against ${base}${peer ? ` and the peer at ${peer.base}` : ''})`,
    );
    console.log(
      '  heading: Element Timing renderTime of the h1 (h2 for the peer), ms since navigation ' +
        'start; usable: the button is in the DOM without aria-disabled, with React’s ' +
        'onClick attached (the app has mounted it)',
    );
    const browser = await launchChromium();
    const loads = { question: [] as Load[], start: [] as Load[], warm: [] as (Load | null)[] };
    const peerLoads: Load[] = [];
    try {
      for (let run = 1; run <= RUNS; run += 1) {
        const q = await coldLoad(browser, question.url, 'h1', question.expect);
        await q.close();
        const s = await coldLoad(browser, start.url, 'h1', start.expect);
        await s.close();
        const w = await warmLoad(browser, start.url, start.expect);
        loads.question.push(q.load);
        loads.start.push(s.load);
        loads.warm.push(w);
        let peerLine = '';
        if (peer) {
          const p = await coldLoad(browser, peerQuestionUrl(peer), peer.headingSelector, {
            headingText: null,
            button: null,
          });
          await p.close();
          peerLoads.push(p.load);
          peerLine = `; peer question: ${describeLoad(p.load)}`;
        }
        console.log(
          `  run ${run}: question link: ${describeLoad(q.load)}; start: ${describeLoad(s.load)}; ` +
            `warm start: ${w ? describeLoad(w) : 'n/a'}${peerLine}`,
        );
      }
    } finally {
      await browser.close();
    }
    const questionH1 = medianOf(loads.question, 'heading');
    console.log(
      `cold question link (/?step=${QUESTION}&lang=en), h1 painted: ${ms(questionH1)} ` +
        target(TARGETS.questionH1),
    );
    if (peer) {
      printPeerMs(
        `its first question (/${peer.questionPath}), ${peer.headingSelector} painted`,
        questionH1,
        medianOf(peerLoads, 'heading'),
      );
    }
    console.log(
      `cold question link, first answer usable: ${ms(medianOf(loads.question, 'usable'))} ` +
        target(TARGETS.questionUsable),
    );
    console.log(
      `cold start screen (/), start button usable: ${ms(medianOf(loads.start, 'usable'))} ` +
        target(TARGETS.startUsable),
    );
    console.log(
      `warm start screen (service worker), start button usable: ` +
        `${ms(medianOf(loads.warm, 'usable'))} ${target(TARGETS.warmStartUsable)}`,
    );
    console.log(
      `  (information) cold start screen, h1 painted: ${ms(medianOf(loads.start, 'heading'))}; ` +
        `warm: ${ms(medianOf(loads.warm, 'heading'))}`,
    );
  });
}

interface Script {
  path: string;
  served: number;
  gzip: number;
  encoding: string;
  fetchedBy: number;
}

/** One cold throttled load of the start screen: the scripts fully fetched before it was live. */
async function scriptsBeforeLive(browser: Browser, url: string, tree: Tree): Promise<Script[]> {
  const bodies = new Map<string, Promise<{ body: Buffer; encoding: string } | null>>();
  const expect = { headingText: tree.start.title, button: tree.start.label };
  const { load, page, close } = await coldLoad(browser, url, 'h1', expect, (page) => {
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      bodies.set(
        response.url(),
        response.body().then(
          (body) => ({ body, encoding }),
          () => null,
        ),
      );
    });
  });
  try {
    if (load.usable === null) return [];
    const entries = await page.evaluate(
      (live) =>
        performance
          .getEntriesByType('resource')
          .filter((entry): entry is PerformanceResourceTiming => 'responseEnd' in entry)
          .filter(
            (entry) => entry.responseEnd <= live && /\.m?js$/.test(new URL(entry.name).pathname),
          )
          .map((entry) => ({
            url: entry.name,
            encoded: entry.encodedBodySize,
            responseEnd: entry.responseEnd,
          })),
      load.usable,
    );
    const scripts: Script[] = [];
    for (const entry of entries) {
      const fetched = await bodies.get(entry.url);
      if (!fetched) throw new Error(`no body recorded for ${entry.url}`);
      scripts.push({
        path: new URL(entry.url).pathname,
        served: entry.encoded,
        gzip: gzipSync(fetched.body, { level: constants.Z_BEST_COMPRESSION }).length,
        encoding: fetched.encoding,
        fetchedBy: entry.responseEnd,
      });
    }
    return scripts;
  } finally {
    await close();
  }
}

/** `js-before-live`: the JavaScript fetched before the start button was usable, gzipped. */
export async function printJsBeforeLive({ dist }: { dist: string }): Promise<void> {
  const tree = await loadTree();
  await withPreview(dist, async (base) => {
    const browser = await launchChromium();
    const runs: Script[][] = [];
    try {
      for (let run = 1; run <= JS_RUNS; run += 1) {
        runs.push(await scriptsBeforeLive(browser, base, tree));
        await sleep(100);
      }
    } finally {
      await browser.close();
    }
    const totals = runs.map((scripts) => scripts.reduce((sum, script) => sum + script.gzip, 0));
    const served = runs.map((scripts) => scripts.reduce((sum, script) => sum + script.served, 0));
    console.log(
      `JavaScript fetched before the start button is usable (cold, throttled phone, ` +
        `${JS_RUNS} runs; gzip -9 of each body, and its size as vite preview served it)`,
    );
    const files = new Map<string, Script[]>();
    for (const script of runs.flat())
      files.set(script.path, [...(files.get(script.path) ?? []), script]);
    const width = Math.max(4, ...[...files.keys()].map((file) => file.length));
    console.log(
      `  ${'file'.padEnd(width)}  ${'gzip B'.padStart(7)}  ${'served B'.padStart(8)}  runs  by (median)`,
    );
    for (const [file, seen] of files) {
      const [first] = seen;
      if (!first) continue;
      console.log(
        `  ${file.padEnd(width)}  ${String(first.gzip).padStart(7)}  ` +
          `${String(first.served).padStart(8)}  ${String(seen.length).padStart(4)}  ` +
          `${ms(median(seen.map((script) => script.fetchedBy)))} (${first.encoding})`,
      );
    }
    console.log(
      `  per run: ${totals.map((total) => `${(total / 1000).toFixed(1)} KB`).join(', ')}`,
    );
    console.log(
      `js before live: ${(median(totals) / 1000).toFixed(1)} KB gzipped ` +
        `(target ≤ ${JS_TARGET_KB} KB); as served ${(median(served) / 1000).toFixed(1)} KB`,
    );
  });
}
