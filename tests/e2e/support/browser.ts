import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';

/** Chromium flags: no sandbox (CI runs as root), and no traffic the app did not ask for. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The system Chromium (never a downloaded one; override with CHROMIUM_PATH) and its flags. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface OpenPageOptions {
  /** BCP 47 locale for navigator.language and Accept-Language. Default 'en-US'. */
  locale?: string;
  /** Viewport width in CSS pixels (height stays 844). Default 390. */
  width?: number;
  /** A phone's touch screen (touch events, mobile viewport). Default false. */
  touch?: boolean;
  /** The device's time zone (IANA name). Default: the machine's. */
  timezoneId?: string;
}

/** A phone-sized context with service workers on, as every page of the tests gets. */
export function contextOptions(options: OpenPageOptions = {}): BrowserContextOptions {
  return {
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 390, height: 844 },
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    serviceWorkers: 'allow',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the context requested (page, workers and service worker), in order. */
  requests: string[];
  /** Requests to any origin other than the page's own. Should stay empty. */
  foreignRequests: string[];
  /** Uncaught page errors and console.error messages. Should stay empty. */
  pageErrors: string[];
}

/** The preview server's URL provided by tests/e2e/support/serve-build.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** The preview server's address of `path` ("/?lang=en"). */
export function appUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl()).href;
}

function isForeign(url: string, origin: string): boolean {
  const { protocol, origin: requestOrigin } = new URL(url);
  // data:, blob: and friends never leave the browser.
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return false;
  return requestOrigin !== origin;
}

/** Adds `page`'s uncaught errors and console errors to `pageErrors`, as they happen. */
export function collectPageErrors(page: Page, pageErrors: string[]): void {
  page.on('pageerror', (error) => {
    pageErrors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    pageErrors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
}

/**
 * Waits until the app has taken over the page drawn at build time (scripts/prerender-pages.ts):
 * that page looks the same, but what a test does there waits for the app (a tap) or is lost (a
 * focus, a node it holds). Its drawn copies (`.prerendered`) are gone once the app has drawn.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.prerendered') === null);
}

/**
 * Opens `url` in the context's first page (a new one if it has none), collecting requests,
 * foreign requests, page errors and console errors on the returned object.
 */
export async function openIn(context: BrowserContext, url: string): Promise<OpenedPage> {
  const { origin } = new URL(url);
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const requested = request.url();
    requests.push(requested);
    if (isForeign(requested, origin)) foreignRequests.push(requested);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  collectPageErrors(page, pageErrors);
  await page.goto(url);
  await waitForApp(page);
  return { context, page, requests, foreignRequests, pageErrors };
}

/** Opens `path` (relative to the preview server) in a fresh context; close `context` when done. */
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(contextOptions(options));
  try {
    return await openIn(context, appUrl(path));
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Fails the test with one line per axe violation (WCAG 2.0-2.2 A and AA rules). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = violations.map((violation) => {
    // A target is one selector per frame; a shadow-DOM part is itself a list of selectors.
    const targets = violation.nodes
      .map((node) => node.target.map((part) => [part].flat(Infinity).join(' >> ')).join(' >>> '))
      .join(' | ');
    return `${violation.id}: ${violation.help} (${violation.nodes.length} node(s): ${targets})`;
  });
  expect(report, `axe found ${violations.length} violation(s) on ${page.url()}`).toEqual([]);
}

/** True when the page is wider than the viewport (content would scroll sideways). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** The smallest width and height of a tap target, in CSS pixels (WCAG 2.5.5). */
export const MIN_TARGET = 44;

/** Every visible button, link and disclosure under `root` smaller than MIN_TARGET square. */
export async function smallTargets(root: Page | Locator): Promise<string[]> {
  const targets = [
    ...(await root.getByRole('button').all()),
    ...(await root.getByRole('link').all()),
    // A <details> summary has no ARIA role to find it by.
    ...(await root.locator('summary').all()),
  ];
  const small: string[] = [];
  for (const target of targets) {
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    if (box && (box.width < MIN_TARGET || box.height < MIN_TARGET)) {
      const label =
        (await target.getAttribute('aria-label')) ?? (await target.textContent()) ?? '?';
      small.push(`"${label.trim()}": ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return small;
}
