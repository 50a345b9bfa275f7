// What the browser measurements of the bench share (scripts/bench-throttled.ts, bench-inp.ts and
// the Lighthouse runs): the system Chromium and its flags, a phone-sized context, throttling
// through the Chrome DevTools Protocol, the probe that runs in every page, the preview server,
// and how figures are printed. Nothing here fails over a number.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { preview } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** No sandbox (CI runs as root), and no traffic the page did not ask for. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** How a slow phone is emulated: a CPU four times slower, and a slow mobile link. */
export interface Throttling {
  cpuRate: number;
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
}

/** The phone: 4× CPU, 150 ms latency, 1.6 Mbps down (750 kbps up, Lighthouse's). */
export const PHONE: Throttling = {
  cpuRate: 4,
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
};

/** The phone's network settings, as "4× CPU, 150 ms, 1.6 Mbps" for the printed lines. */
export function describeThrottling(throttling: Throttling): string {
  return (
    `${throttling.cpuRate}× CPU, ${throttling.latencyMs} ms latency, ` +
    `${throttling.downloadKbps / 1000} Mbps down`
  );
}

/**
 * Slows `page` down through the DevTools Protocol (`Emulation.setCPUThrottlingRate`,
 * `Network.emulateNetworkConditions`; 1 kbps = 1000 bit/s). Call before navigating.
 */
export async function throttle(
  context: BrowserContext,
  page: Page,
  throttling: Throttling,
): Promise<CDPSession> {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: throttling.latencyMs,
    downloadThroughput: (throttling.downloadKbps * 1000) / 8,
    uploadThroughput: (throttling.uploadKbps * 1000) / 8,
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuRate });
  return session;
}

/** What the probe watches for in every page of a context. */
export interface ProbeOptions {
  /** The headings whose paint is timed ('h1' in our app, 'h2' in the peer's pages). */
  headingSelector: string;
  /** Buttons (by their text) whose readiness is timed: see `isUsable` in the probe. */
  buttonLabels: string[];
}

/** A heading's paint, in ms since this document's navigation start. */
export interface HeadingPaint {
  text: string;
  /** The Element Timing API's renderTime (elementtiming set by the probe before the paint). */
  renderTime: number | null;
  /** Fallback: the start of the first frame after the heading was in the DOM (rAF timestamp). */
  frameTime: number | null;
}

/** One Event Timing entry (type 'event', durationThreshold 16) of an interaction. */
export interface InteractionEvent {
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
}

/** What the probe records, on `window.__bench`; times in ms since navigation start. */
export interface ProbeState {
  timeOrigin: number;
  headings: HeadingPaint[];
  /** Label → when a button with that text was first usable (see the probe). */
  usable: Record<string, number>;
  lcp: { tag: string; text: string; time: number }[];
  events: InteractionEvent[];
  /** pointerdown timestamps (event.timeStamp) of this document. */
  taps: number[];
}

type ProbeWindow = Window & { __bench?: ProbeState };
/** An Element Timing entry (not in TypeScript's DOM library). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

/**
 * Runs in every page before its own scripts (an init script). It records:
 * - each heading's paint: it sets `elementtiming` on every heading matching the selector as soon
 *   as a MutationObserver sees it (before it is painted), and takes the Element Timing API's
 *   renderTime; as a fallback, the rAF timestamp of the next frame after it appeared;
 * - when each watched button is usable, meaning a click on it would be handled by the app: it is
 *   in the DOM without `aria-disabled` or `disabled`, and React has attached its props to it
 *   with an `onClick` (the app is mounted and owns it; markup drawn at build time has none);
 * - LCP entries, Event Timing entries (durationThreshold 16) and pointerdown times; each
 *   pointerdown is also kept in sessionStorage with its absolute time, so a page load per
 *   answer (the peer) can be timed from the tap in the previous document.
 *
 * Its source runs in the page; tsx (esbuild's keepNames) wraps named inner functions in
 * `__name(...)`, which `probeScript` defines around it.
 */
function probe(options: ProbeOptions): void {
  const state: ProbeState = {
    timeOrigin: performance.timeOrigin,
    headings: [],
    usable: {},
    lcp: [],
    events: [],
    taps: [],
  };
  (window as ProbeWindow).__bench = state;
  const byId = new Map<string, HeadingPaint>();
  let counter = 0;

  const reactProps = (element: Element): unknown => {
    const key = Object.keys(element).find((name) => name.startsWith('__reactProps$'));
    return key === undefined ? undefined : (element as unknown as Record<string, unknown>)[key];
  };
  const isUsable = (element: Element): boolean => {
    if (element.hasAttribute('aria-disabled') || element.hasAttribute('disabled')) return false;
    if (!element.isConnected) return false;
    const props = reactProps(element);
    return (
      typeof props === 'object' &&
      props !== null &&
      typeof (props as { onClick?: unknown }).onClick === 'function'
    );
  };

  const scan = (): void => {
    for (const heading of document.querySelectorAll(options.headingSelector)) {
      if (heading.hasAttribute('elementtiming')) continue;
      counter += 1;
      const id = `bench-heading-${counter}`;
      const paint: HeadingPaint = {
        text: heading.textContent?.trim() ?? '',
        renderTime: null,
        frameTime: null,
      };
      byId.set(id, paint);
      state.headings.push(paint);
      heading.setAttribute('elementtiming', id);
      requestAnimationFrame((time) => {
        paint.frameTime = time;
      });
    }
    const waiting = options.buttonLabels.filter((label) => state.usable[label] === undefined);
    if (waiting.length === 0) return;
    for (const button of document.querySelectorAll('button')) {
      const label = button.textContent?.trim() ?? '';
      if (waiting.includes(label) && isUsable(button)) state.usable[label] = performance.now();
    }
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTiming[]) {
      const paint = byId.get(entry.identifier);
      if (paint) paint.renderTime = entry.renderTime || entry.startTime;
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LargestContentfulPaint[]) {
      state.lcp.push({
        tag: entry.element?.tagName.toLowerCase() ?? '?',
        text: entry.element?.textContent?.trim().slice(0, 60) ?? '',
        time: entry.startTime,
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // durationThreshold is not in TypeScript's PerformanceObserverInit.
  const eventTiming: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId === 0) continue;
      state.events.push({
        name: entry.name,
        interactionId: entry.interactionId,
        startTime: entry.startTime,
        duration: entry.duration,
      });
    }
  }).observe(eventTiming);

  document.addEventListener(
    'pointerdown',
    (event) => {
      state.taps.push(event.timeStamp);
      try {
        const taps = JSON.parse(sessionStorage.getItem('bench:taps') ?? '[]') as number[];
        taps.push(performance.timeOrigin + event.timeStamp);
        sessionStorage.setItem('bench:taps', JSON.stringify(taps));
      } catch {
        // No sessionStorage: only this document's taps are known.
      }
    },
    { capture: true },
  );

  new MutationObserver(scan).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-disabled', 'disabled', 'class'],
  });
  // React may attach its props to markup already there without changing the DOM (hydration):
  // poll as well, until every watched button is usable.
  if (options.buttonLabels.length > 0) {
    const timer = setInterval(() => {
      scan();
      if (options.buttonLabels.every((label) => state.usable[label] !== undefined)) {
        clearInterval(timer);
      }
    }, 25);
  }
}

/** The init script: the probe, with the `__name` helper its compiled source may call. */
function probeScript(options: ProbeOptions): { content: string } {
  return {
    content: `(() => { const __name = (fn) => fn; (${probe.toString()})(${JSON.stringify(options)}); })();`,
  };
}

/** The emulated phone: Lighthouse's Moto G Power viewport, touch, English. */
export async function phoneContext(
  browser: Browser,
  probeOptions: ProbeOptions,
  serviceWorkers: 'allow' | 'block',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers,
  });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(probeScript(probeOptions));
  return context;
}

/** The probe's record for the current document (an empty one if it is not there yet). */
export async function readProbe(page: Page): Promise<ProbeState> {
  const state = await page.evaluate(() => (window as ProbeWindow).__bench ?? null);
  return state ?? { timeOrigin: 0, headings: [], usable: {}, lcp: [], events: [], taps: [] };
}

/** Every pointerdown in this tab so far, in absolute ms (performance.timeOrigin + timeStamp). */
export async function readTaps(page: Page): Promise<number[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('bench:taps') ?? '[]') as number[]);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `read` every 50 ms until it returns a value; a call that throws (the page is between
 * documents) is retried. Null after `timeoutMs`.
 */
export async function poll<T>(
  read: () => Promise<T | null>,
  timeoutMs = 60_000,
): Promise<T | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const found = await read();
      if (found !== null) return found;
    } catch {
      // The page is between documents: try again.
    }
    await sleep(50);
  }
  return null;
}

/** Polls the probe's record until `check` returns a value, across navigations. */
export function waitForProbe<T>(
  page: Page,
  check: (state: ProbeState) => T | null,
  timeoutMs = 60_000,
): Promise<T | null> {
  return poll(async () => check(await readProbe(page)), timeoutMs);
}

/** The heading's paint time: Element Timing if the browser reported it, else the frame time. */
export function paintTime(
  paint: HeadingPaint,
): { time: number; method: 'element' | 'frame' } | null {
  if (paint.renderTime !== null) return { time: paint.renderTime, method: 'element' };
  if (paint.frameTime !== null) return { time: paint.frameTime, method: 'frame' };
  return null;
}

/** Serves dist/ with `vite preview` on a free port while `run` runs; `run` gets its URL. */
export async function withPreview<T>(dist: string, run: (base: string) => Promise<T>): Promise<T> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
  });
  try {
    const base = server.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('vite preview reported no local URL');
    return await run(base);
  } finally {
    await server.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** Milliseconds as "1,234 ms" ("n/a" when unknown). */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** ours/peer as "0.42" ("n/a" when either is unknown). */
export function ratio(ours: number | null | undefined, peer: number | null | undefined): string {
  if (ours === null || ours === undefined || peer === null || peer === undefined) return 'n/a';
  if (Number.isNaN(ours) || Number.isNaN(peer) || peer === 0) return 'n/a';
  return (ours / peer).toFixed(2);
}
