// Lighthouse (its default: mobile, simulated slow 4G and a slowed CPU), three runs per page in a
// fresh headless Chromium each, the median of each figure: on the start screen, a question link
// and an outcome link of the built app served by `vite preview`, and, when PEER_URL is set, on
// the peer's first question. Run from bench.ts (`npx tsx scripts/bench.ts lighthouse`). Like
// bench.ts it reports numbers and never fails over them.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, median, ratio, withPreview } from './bench-browser.ts';
import { peerFromEnv, peerIsUp, peerQuestionUrl } from './bench-peer.ts';

const RUNS = 3;
/** Our pages: the start screen, a question link and an outcome link. */
const PAGES = ['', '?step=network.signal', '?step=outcome.escalated'];
const TARGETS = { performance: 100, accessibility: 100, bestPractices: 100, lcpMs: 1000 };

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
}

/** One Lighthouse run in a fresh headless Chromium; prints what keeps a score from full marks. */
async function lighthouseOnce(url: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
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
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
    const failing = ['accessibility', 'best-practices'].flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    if (failing.length > 0) console.log(`    below full marks: ${failing.join(', ')}`);
    const consoleErrors = audits['errors-in-console']?.details;
    for (const item of consoleErrors?.type === 'table' ? consoleErrors.items : []) {
      console.log(
        `    console error: ${String(item.description ?? item.source ?? '?').slice(0, 160)}`,
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

function describe(figures: Figures): string {
  return (
    `performance ${figures.performance}, accessibility ${figures.accessibility}, ` +
    `best practices ${figures.bestPractices}, LCP ${(figures.lcpMs / 1000).toFixed(2)} s, ` +
    `TBT ${figures.tbtMs} ms`
  );
}

function medians(runs: Figures[]): Figures {
  const mid = (key: keyof Figures) => median(runs.map((figures) => figures[key]));
  return {
    performance: mid('performance'),
    accessibility: mid('accessibility'),
    bestPractices: mid('bestPractices'),
    lcpMs: mid('lcpMs'),
    tbtMs: mid('tbtMs'),
  };
}

/** `lighthouse`: our three pages and (with PEER_URL) the peer's first question. */
export async function printLighthouse({ dist }: { dist: string }): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`Lighthouse: skipped, no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
    return;
  }
  const peerConfig = peerFromEnv();
  await withPreview(dist, async (base) => {
    const peer = peerConfig && (await peerIsUp(peerConfig)) ? peerConfig : null;
    const pages = PAGES.map((page) => ({ label: `/${page}`, url: new URL(page, base).href }));
    if (peer) pages.push({ label: 'peer', url: peerQuestionUrl(peer) });
    console.log(
      `Lighthouse (mobile, ${RUNS} runs per page against ${base}` +
        `${peer ? ` and the peer's first question ${peerQuestionUrl(peer)}` : ''}, median; ` +
        `the pages take turns)`,
    );
    const runs = new Map<string, Figures[]>(pages.map(({ label }) => [label, []]));
    for (let run = 1; run <= RUNS; run += 1) {
      for (const { label, url } of pages) {
        console.log(`  run ${run}, ${label}:`);
        const figures = await lighthouseOnce(url);
        runs.get(label)?.push(figures);
        console.log(`    ${describe(figures)}`);
      }
    }
    const t = TARGETS;
    console.log(
      `  targets: performance ${t.performance}, accessibility ${t.accessibility}, ` +
        `best practices ${t.bestPractices}, LCP ≤ ${(t.lcpMs / 1000).toFixed(1)} s`,
    );
    const question = medians(runs.get(`/${PAGES[1]}`) ?? []);
    for (const { label } of pages) {
      const figures = medians(runs.get(label) ?? []);
      if (label === 'peer') {
        console.log(`  peer, its first question: ${describe(figures)}`);
        console.log(
          `  ours (question link) / peer: performance ${ratio(question.performance, figures.performance)}, ` +
            `LCP ${ratio(question.lcpMs, figures.lcpMs)}`,
        );
      } else {
        console.log(`lighthouse ${label}: ${describe(figures)}`);
      }
    }
  });
}
