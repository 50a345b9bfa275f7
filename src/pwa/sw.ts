// The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js). It precaches the
// whole app, pages drawn at build time included, and answers every navigation from that cache: a
// link to a page with its page file's offline copy (src/places/pages.ts), any other link with
// index.html, so a link opens drawn before the app's code has run, offline too. Nothing goes to
// another origin.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { languageFromTag } from '../i18n/languages';
import { offlineCopyOf, pageFileOf, parseLocation } from '../places';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** What this file uses of the worker's global scope (the DOM's types describe a window). */
interface WorkerScope {
  /** Replaced at build time with the list of files to precache. */
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
}

const worker = self as unknown as WorkerScope;

// The page asks before a new version takes over (src/pwa/useServiceWorker.ts).
worker.addEventListener('message', (event) => {
  const { data } = event;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void worker.skipWaiting();
  }
});

// Written out as `self.__WB_MANIFEST`: that is what the build looks for to put the list in.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
// On a first visit the page that installed the worker is served by it as soon as the whole app is
// cached: a connection that drops before the next reload no longer stops the log or an outcome's
// parts from loading. A page an older version serves is taken over only after the person agrees.
clientsClaim();

/** The page file a navigation opens, else index.html (which draws the start screen itself). */
async function pageFor(url: URL): Promise<Response | undefined> {
  const file = pageFileOf(parseLocation(url.search + url.hash, languageFromTag));
  return (
    (file === null ? undefined : await matchPrecache(offlineCopyOf(file))) ??
    matchPrecache('index.html')
  );
}

registerRoute(
  new NavigationRoute(async ({ url, request }) => (await pageFor(url)) ?? fetch(request)),
);
