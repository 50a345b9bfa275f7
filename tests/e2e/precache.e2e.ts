// The build check for offline use: the service worker's precache list, read from dist/sw.js,
// names only files the build has, and every file the app needs offline is on it. Also what a
// host is told: the CSP in index.html is the one README documents, with no inline script.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspOf, DIST, ROOT } from './support/pwa';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The entries of `precacheAndRoute([...])` in the generated (minified) dist/sw.js. */
function precacheEntries(): PrecacheEntry[] {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\(\s*(\[[^\]]*\])/.exec(sw)?.[1];
  if (list === undefined) throw new Error('dist/sw.js has no precacheAndRoute([...]) call');
  const entries = [
    ...list.matchAll(/\{\s*url:\s*"([^"]+)"\s*,\s*revision:\s*(null|"[^"]*")\s*\}/g),
  ];
  expect(entries.length, 'every entry is {url, revision}').toBe(list.match(/\{/g)?.length ?? 0);
  return entries.map(([, url = '', revision = 'null']) => ({
    url,
    revision: revision === 'null' ? null : revision.slice(1, -1),
  }));
}

function md5(file: string): string {
  return createHash('md5').update(readFileSync(file)).digest('hex');
}

function readDist(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}

/** Same-origin URLs that index.html links to (icons, manifest, scripts, styles), as dist paths. */
function linkedFromIndexHtml(): string[] {
  const html = readDist('index.html');
  return [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map(
    ([, url = '']) => url.replace(/^\//, ''),
  );
}

describe('the precache (dist/sw.js)', () => {
  const entries = precacheEntries();
  const urls = entries.map((entry) => entry.url);

  it('lists only files that exist in the build, each once', () => {
    expect(urls.length).toBeGreaterThan(0);
    const missing = urls.filter((url) => !existsSync(path.join(DIST, url)));
    expect(missing, 'precached but not built').toEqual([]);
    const repeated = urls.filter((url, index) => urls.indexOf(url) !== index);
    expect(repeated, 'precached twice').toEqual([]);
  });

  it('holds the app shell: index.html, every built script and stylesheet, the manifest', () => {
    const assets = readdirSync(path.join(DIST, 'assets'))
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => `assets/${file}`);
    expect(assets.length).toBeGreaterThan(0);
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', ...assets]));
  });

  it('holds every icon the manifest and index.html name, and everything index.html links', () => {
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as {
      icons?: { src: string; sizes: string; purpose?: string }[];
    };
    const icons = (manifest.icons ?? []).map((icon) => icon.src.replace(/^\//, ''));
    expect(icons.length).toBeGreaterThan(0);
    expect(urls).toEqual(expect.arrayContaining([...icons, ...linkedFromIndexHtml()]));
  });

  it('leaves out the worker itself; each revision follows its file, so updates reach it', () => {
    expect(urls.filter((url) => url === 'sw.js' || /^workbox-.*\.js$/.test(url))).toEqual([]);
    for (const entry of entries) {
      // Hashed names change with their content; every other file carries the hash of its bytes.
      if (entry.url.startsWith('assets/')) expect(entry.revision, entry.url).toBeNull();
      else expect(entry.revision, entry.url).toBe(md5(path.join(DIST, entry.url)));
    }
  });

  it('answers every navigation, query string and all, with the precached index.html', () => {
    const sw = readDist('sw.js');
    expect(sw).toMatch(/NavigationRoute\(\s*\w+\.createHandlerBoundToURL\(\s*"index\.html"\s*\)/);
    // No runtime caching routes: nothing is fetched from another origin, nothing else is cached.
    expect(sw.match(/registerRoute\(/g)?.length, 'routes besides the navigation one').toBe(1);
    expect(sw).not.toMatch(/https?:\/\//);
  });
});

describe('what the build asks of a host', () => {
  it('index.html carries the CSP README documents, and has no inline script', () => {
    const html = readDist('index.html');
    const csp = cspOf(DIST);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'README documents the same CSP').toContain(`Content-Security-Policy: ${csp}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-|https?:/);
    const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)];
    expect(inlineScripts, 'inline <script> elements').toEqual([]);
    expect(html, 'inline event handlers or styles').not.toMatch(/\son[a-z]+=|\sstyle=|<style/i);
  });

  it('public/robots.txt is built, and the manifest opens the app standalone at /', () => {
    expect(existsSync(path.join(DIST, 'robots.txt'))).toBe(true);
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/', id: '/' });
    expect(manifest.name).toMatch(/E1 Troubleshooter/);
    expect(manifest.name).toMatch(/E1 故障排查/);
  });
});
