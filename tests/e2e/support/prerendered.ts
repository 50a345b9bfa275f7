// Helpers for the pages drawn at build time: holding the app's code back to see what a link shows
// before it runs, and watching what the app draws when it takes over.
import type { BrowserContext, Page, Route } from 'playwright-core';
import { expect } from 'vitest';

/** Every script of the app (the opening script, which picks what the drawn page shows, is inline). */
const appCode = /\/assets\/[^/]+\.js(\?.*)?$/;

/**
 * Holds every script of the app (not failed: a failed chunk makes the app reload once, see
 * src/pwa/chunkReload.ts) until `release()`, which lets them and every later one through.
 */
export async function holdAppCode(context: BrowserContext): Promise<() => Promise<void>> {
  let released = false;
  const held: Route[] = [];
  await context.route(appCode, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

interface Watched {
  headingsDrawn?: string[];
}

/**
 * Records the h1 of every screen the app draws into the page (#root's children), from before the
 * page loads; the page drawn at build time (the parser's .prerendered copies) is not counted.
 */
export async function watchHeadingsDrawn(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const watched = window as unknown as Watched;
    watched.headingsDrawn = [];
    new MutationObserver((records) => {
      for (const record of records) {
        if (!(record.target instanceof Element) || record.target.id !== 'root') continue;
        for (const node of record.addedNodes) {
          if (!(node instanceof Element) || node.classList.contains('prerendered')) continue;
          const heading = node.matches('h1') ? node : node.querySelector('h1');
          if (heading) watched.headingsDrawn?.push(heading.textContent ?? '');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The headings of the screens the app has drawn so far, in order. */
export function headingsDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Watched).headingsDrawn ?? []);
}

interface Parsed {
  headingParsed?: string | null;
}

/**
 * Records the h1 shown once the page is parsed, before the app's code can have drawn anything
 * (it starts after the first frame): the heading of the page drawn at build time, if one was.
 */
export async function watchHeadingParsed(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const shown = [...document.querySelectorAll('h1')].find((h1) => h1.checkVisibility());
      (window as unknown as Parsed).headingParsed = shown?.textContent ?? null;
    });
  });
}

/** The heading watchHeadingParsed saw, or null when the page showed none before the app. */
export function headingParsed(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as Parsed).headingParsed ?? null);
}

/** Waits until the page's only h1 reads `text`, drawn by the build or by the app. */
export async function expectDrawnH1(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).allTextContents(), { message: 'the h1' })
    .toEqual([text]);
}
