// The build check for offline use: the service worker's precache list, read from dist/sw.js,
// names only files the build has, and every file the app needs offline is on it. Also what a
// host is told: the CSP in index.html is the one README documents, with no inline script.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appUrl } from './support/browser';
import { cspOf, DIST, ROOT } from './support/pwa';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The precache list the build wrote into dist/sw.js (src/pwa/sw.ts's `self.__WB_MANIFEST`). */
function precacheEntries(): PrecacheEntry[] {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const list = /\[\{"(?:revision|url)":[^\]]*\]/.exec(sw)?.[0];
  if (list === undefined) throw new Error('dist/sw.js has no precache list');
  const entries: unknown = JSON.parse(list);
  const isEntry = (entry: unknown): entry is PrecacheEntry =>
    typeof entry === 'object' &&
    entry !== null &&
    'url' in entry &&
    typeof entry.url === 'string' &&
    'revision' in entry &&
    (entry.revision === null || typeof entry.revision === 'string');
  if (!Array.isArray(entries) || !entries.every(isEntry)) throw new Error('not {url, revision}');
  return entries;
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

/** `url`'s status headers and raw body (not unpacked), asking for `acceptEncoding`. */
function get(
  url: string,
  acceptEncoding: string,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The page files drawn at build time, as a host serves them (`pages/step/network.signal.html`). */
function pageFiles(): string[] {
  return readdirSync(path.join(DIST, 'pages'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `pages/${file.split(path.sep).join('/')}`);
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

  it('holds every page drawn at build time, so each link opens drawn offline too', () => {
    const pages = pageFiles();
    // Every step and outcome, every code and E1, the lookup, the step index, 3 reference pages.
    expect(pages.length).toBeGreaterThanOrEqual(32 + 42 + 1 + 1 + 3);
    // As the worker's copy, which links the stylesheet the precache holds once.
    expect(urls).toEqual(expect.arrayContaining(pages.map((page) => `offline/${page}`)));
    expect(urls.filter((url) => url.startsWith('pages/'))).toEqual([]);
  });

  it('keeps each page’s offline copy the same page, linking what the host’s copy carries', () => {
    for (const page of pageFiles()) {
      const hosted = readDist(page);
      const offline = readDist(`offline/${page}`);
      const root = (html: string) => html.slice(html.indexOf('<div id="root">'));
      expect(root(offline), page).toBe(root(hosted));
      expect(inlineElements(offline), page).toEqual([]);
      const linked = [
        ...offline.matchAll(/<(?:link rel="stylesheet"|script)[^>]* (?:href|src)="\/([^"]+)"/g),
      ];
      expect(linked.length, page).toBeGreaterThanOrEqual(2);
      for (const [, file] of linked) expect(urls, `${page} links ${file}`).toContain(file);
    }
  });

  it('leaves out the worker itself; each revision follows its file, so updates reach it', () => {
    expect(urls.filter((url) => url === 'sw.js' || /^workbox-.*\.js$/.test(url))).toEqual([]);
    for (const entry of entries) {
      // Hashed names change with their content; every other file carries the hash of its bytes.
      if (entry.url.startsWith('assets/')) expect(entry.revision, entry.url).toBeNull();
      else expect(entry.revision, entry.url).toBe(md5(path.join(DIST, entry.url)));
    }
  });

  it('answers navigations from the precache, and asks nothing of another origin', () => {
    const sw = readDist('sw.js');
    // src/pwa/sw.ts: a link's page file, else index.html; tests/e2e/offline.e2e.ts opens them.
    expect(sw).toContain('`index.html`');
    // The only address in it is the one Workbox's own warning text names; nothing fetches it.
    expect(sw.match(/https?:\/\/[^\s`'"]*/g) ?? []).toEqual(['https://bit.ly/wb-precache']);
  });
});

/** index.html and every page file drawn at build time (as a host serves it), by file name. */
function builtPages(): [string, string][] {
  return ['index.html', ...pageFiles()].map((file) => [file, readDist(file)]);
}

const metaCspOf = (html: string) =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

const withoutHashes = (policy: string) => policy.replaceAll(/ 'sha256-[^']+'/g, '');

/** Each inline script and style of `html`: its kind and exact text. */
const inlineElements = (html: string) =>
  [...html.matchAll(/<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map(
    (match) => [match[1] ?? '', match[2] ?? ''] as const,
  );

describe('what the build asks of a host', () => {
  it('the CSP a host sends is README’s, with a hash for each inline style and script of every page', () => {
    const csp = cspOf(DIST);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'README documents the policy').toContain(
      `Content-Security-Policy: ${withoutHashes(csp)}`,
    );
    expect(csp).not.toMatch(/unsafe-|https?:/);
    for (const [file, html] of builtPages()) {
      // A host that sends no header still has the page's own policy, in a meta tag.
      const own = metaCspOf(html);
      expect(withoutHashes(own), file).toBe(withoutHashes(csp));
      expect(html, `${file}: inline event handlers or style attributes`).not.toMatch(
        /\son[a-z]+=|\sstyle=/i,
      );
      const inline = inlineElements(html);
      expect(new Set(inline.map(([kind]) => kind)), file).toEqual(new Set(['script', 'style']));
      for (const [kind, text] of inline) {
        const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        expect(own, `${file}: its inline ${kind} is allowed by hash`).toContain(hash);
        expect(csp, `${file}: the host's header allows its inline ${kind}`).toContain(hash);
      }
    }
  });

  it('has a Brotli copy of every script, stylesheet and page, the same bytes once unpacked', () => {
    const built = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(js|css|html)$/.test(file),
    );
    // sw.js is written after the bundle, by the worker's own build.
    const copied = built.filter((file) => file !== 'sw.js');
    expect(copied.length).toBeGreaterThan(100);
    for (const file of copied) {
      const unpacked = brotliDecompressSync(readFileSync(path.join(DIST, `${file}.br`)));
      expect(unpacked.equals(readFileSync(path.join(DIST, file))), file).toBe(true);
    }
  });

  it('the preview server sends the Brotli copy to a browser that accepts it, else the file', async () => {
    const page = `/?step=network.signal&lang=en`;
    const withBrotli = await get(appUrl(page), 'gzip, deflate, br');
    expect(withBrotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(withBrotli.body).toString()).toBe(
      readDist('pages/step/network.signal.html'),
    );
    const without = await get(appUrl(page), 'identity');
    expect(without.headers['content-encoding']).toBeUndefined();
    expect(without.body.toString()).toBe(readDist('pages/step/network.signal.html'));
  });

  it('public/robots.txt is built, and the manifest opens the app standalone at /', () => {
    expect(existsSync(path.join(DIST, 'robots.txt'))).toBe(true);
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/', id: '/' });
    expect(manifest.name).toMatch(/E1 Troubleshooter/);
    expect(manifest.name).toMatch(/E1 故障排查/);
  });
});
