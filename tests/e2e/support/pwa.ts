// Helpers for the offline and update tests: a static server that behaves like a plain host (and
// can switch builds or go dark), pages opened against it, and the service worker taking control.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  chromiumLaunchOptions,
  contextOptions,
  openIn,
  type OpenedPage,
  type OpenPageOptions,
} from './browser';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'dist');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A private copy of dist/ for one test file, so a build started elsewhere while the tests run
 * cannot pull files from under the host. Remove it with `rmSync(copy, { recursive: true })`.
 */
export function copyOfDist(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'e1-dist-'));
  cpSync(DIST, copy, { recursive: true });
  return copy;
}

/** The Content-Security-Policy a host sends with a build: the build writes it (README). */
export function cspOf(buildDir: string): string {
  const header = readFileSync(path.join(buildDir, 'content-security-policy.txt'), 'utf8');
  const match = /^Content-Security-Policy: (.+)$/m.exec(header);
  if (!match?.[1]) throw new Error(`${buildDir}/content-security-policy.txt has no policy`);
  return match[1];
}

export interface StaticHost {
  /** Origin plus `/`. */
  url: string;
  origin: string;
  /** Serve another build folder from now on (a deploy). */
  serve: (buildDir: string) => void;
  /** `false`: every connection is dropped, as if the host were unreachable. */
  setReachable: (reachable: boolean) => void;
  /** Paths of the requests that reached the host, in order. */
  hits: string[];
  close: () => Promise<void>;
}

/**
 * A static host for a build folder, with the headers README asks of a real one: the CSP, no
 * caching of sw.js and index.html, long caching of hashed assets; unknown paths that accept
 * HTML get index.html.
 */
export async function startStaticHost(buildDir: string): Promise<StaticHost> {
  let root = buildDir;
  let csp = cspOf(buildDir);
  let reachable = true;
  const hits: string[] = [];
  const sockets = new Set<Socket>();

  const send = (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    const relative = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = path.join(root, relative);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      if (!(request.headers.accept ?? '').includes('text/html')) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = path.join(root, 'index.html');
    }
    const name = path.relative(root, file).split(path.sep).join('/');
    const cacheControl = name.startsWith('assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    response.writeHead(200, {
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      'Content-Security-Policy': csp,
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  };

  const server = createServer((request, response) => {
    if (!reachable) {
      request.socket.destroy();
      return;
    }
    hits.push(request.url ?? '');
    send(request, response);
  });
  server.on('connection', (socket) => {
    if (!reachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    origin,
    hits,
    serve(buildDir) {
      root = buildDir;
      csp = cspOf(buildDir);
    },
    setReachable(value) {
      reachable = value;
      if (!value) for (const socket of sockets) socket.destroy();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

export interface HostedPageOptions extends OpenPageOptions {
  /** Runs on the new context before the page opens (to add routes, say). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/** A fresh context (its own service workers and storage) on `host`, with `where` opened. */
export async function openOnHost(
  browser: Browser,
  host: StaticHost,
  where: string,
  options: HostedPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(contextOptions(options));
  try {
    await options.prepare?.(context);
    return await openIn(context, hostUrl(host, where));
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Like `openOnHost`, but in a Chromium with a real (temporary) profile rather than an
 * incognito-like context: Chromium only offers to install an app from a real profile.
 */
export async function openProfileOnHost(
  host: StaticHost,
  where: string,
): Promise<OpenedPage & { close: () => Promise<void> }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'e1-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions,
    ...contextOptions(),
  });
  const close = async () => {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    return { ...(await openIn(context, hostUrl(host, where))), close };
  } catch (error) {
    await close();
    throw error;
  }
}

export function hostUrl(host: StaticHost, where: string): string {
  return new URL(where.replace(/^\//, ''), host.url).href;
}

/** True when a service worker controls the page (it serves the page's requests). */
export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits for the service worker to be active, then reloads once: a page is controlled only by a
 * worker that was active when the page loaded.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => isControlled(page), { message: 'the page is controlled' }).toBe(true);
}

/** Runs the long-open tab's update check now instead of in an hour. */
export async function checkForUpdateNow(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
