// Build step: every page a link can open without the device's own data is drawn at build time, in
// each language, with a small blocking script that shows the copy in the language the app will
// use. The start screen goes into index.html; each other page into a file of its own under pages/,
// built from index.html (the same head, stylesheet and scripts), which the preview server (below),
// the service worker (src/pwa/sw.ts) and a host's rule (README) answer its links with. A phone
// then draws the page before the app's code has loaded; the app replaces it on start.
// Each page then carries its stylesheets and opening script inside it (inline-first-paint.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, createServer, runnerImport, type Plugin, type Rollup } from 'vite';
import type { languageFromTag } from '../src/i18n/languages.ts';
import { sendPrecompressed } from './precompress.ts';
import { cspFile, cspHeader, cspOf, firstPaintOf, textOf, wordFiles } from './first-paint-files.ts';
import {
  inlineFirstPaint,
  listFirstScreenFiles,
  type FirstPaint,
  type FirstPaintHashes,
} from './inline-first-paint.ts';
import type { LinkNames } from '../src/app/prerender/openingPlan.ts';
import type { pageFileOf, parseLocation } from '../src/places/index.ts';
import { offlineCopyOf } from '../src/places/pages.ts';

const pagesModule = '/src/app/prerender/pages.tsx';
const openingScript = 'src/app/prerender/opening-script.ts';
const emptyRoot = '<div id="root"></div>';

interface PrerenderedPage {
  file: string | null;
  markup: string;
  isCheck: boolean;
}

/** What src/app/prerender/pages.tsx gives the build. */
interface Drawn {
  pages: PrerenderedPage[];
  names: LinkNames;
}

const isPage = (value: unknown): value is PrerenderedPage =>
  typeof value === 'object' &&
  value !== null &&
  'markup' in value &&
  typeof value.markup === 'string' &&
  'isCheck' in value &&
  typeof value.isCheck === 'boolean' &&
  'file' in value &&
  (value.file === null || typeof value.file === 'string');

/** The app's pages import the worker's registration, which nothing renders at build time. */
const noWorker: Plugin = {
  name: 'no-service-worker-at-build-time',
  resolveId: (id) => (id === 'virtual:pwa-register/react' ? '\0no-worker' : undefined),
  load: (id) =>
    id === '\0no-worker'
      ? 'export const useRegisterSW = () => { throw new Error("no worker at build time"); };'
      : undefined,
};

async function renderPages(root: string): Promise<Drawn> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [noWorker],
    server: { middlewareMode: true, hmr: false, ws: false },
    // It only renders in Node, so no browser dependencies to pre-bundle, and no scan of the app
    // for them: that scan, without the app's plugins, fails on virtual:pwa-register/react.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule(pagesModule);
    const render: unknown = module.prerenderedPages;
    const names = module.linkNames as LinkNames;
    if (typeof render !== 'function') throw new Error(`${pagesModule} has no renderer`);
    const pages: unknown = await render();
    if (!Array.isArray(pages) || !pages.every(isPage)) throw new Error('no pages were drawn');
    return { pages, names };
  } finally {
    await server.close();
  }
}

async function bundleOpeningScript(root: string, names: LinkNames): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'error',
    define: { __E1_LINK_NAMES__: JSON.stringify(names) },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: openingScript, formats: ['iife'], name: 'e1Opening' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const chunk = chunks.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the opening script built to nothing');
  return chunk.code;
}

/** A stylesheet the app loads with a lazily loaded part (the code lookup's), and its classes. */
interface PartStyles {
  href: string;
  classes: ReadonlySet<string>;
}

/**
 * The built index.html with another page in #root, marked as a page file for the opening script,
 * with the stylesheets of the app's parts that style its markup (index.html links only the app's).
 */
function pageHtml(
  indexHtml: string,
  startMarkup: string,
  page: PrerenderedPage,
  parts: PartStyles[],
) {
  const used = new Set(
    [...page.markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]?.split(' ')),
  );
  const links = parts
    .filter((part) => [...part.classes].some((name) => used.has(name)))
    .map((part) => `<link rel="stylesheet" crossorigin href="${part.href}">`);
  const withPage = indexHtml.replace(startMarkup, page.markup);
  const marked = withPage
    .replace(/<html([^>]*)>/, '<html$1 data-page="">')
    .replace('</head>', `${links.join('')}</head>`);
  if (withPage === indexHtml || marked === withPage) throw new Error(`${page.file}: no room`);
  return marked;
}

const classesIn = (css: string) =>
  new Set([...css.matchAll(/\.([A-Za-z][\w-]*)/g)].map((match) => match[1] ?? ''));

/**
 * The stylesheets index.html does not link, each with the classes only it styles: a part's rule
 * for a class every page has (`.code-search .hint`) does not make a page need the part.
 */
function partStyles(bundle: Rollup.OutputBundle, indexHtml: string, base: string): PartStyles[] {
  const sheets = Object.values(bundle).flatMap((item) =>
    item.type === 'asset' && item.fileName.endsWith('.css')
      ? [{ href: `${base}${item.fileName}`, classes: classesIn(textOf(item.source)) }]
      : [],
  );
  const linked = sheets.filter((sheet) => indexHtml.includes(sheet.href));
  const everyPage = new Set(linked.flatMap((sheet) => [...sheet.classes]));
  return sheets
    .filter((sheet) => !linked.includes(sheet))
    .map(({ href, classes }) => ({
      href,
      classes: new Set([...classes].filter((name) => !everyPage.has(name))),
    }));
}

export function prerenderPages(): Plugin {
  let root = '';
  let base = '/';
  let pages: PrerenderedPage[] = [];
  let startMarkup = '';
  let script = '';
  let scriptFile = '';
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      const drawn = await renderPages(root);
      pages = drawn.pages;
      script = await bundleOpeningScript(root, drawn.names);
      const start = pages.find((page) => page.file === null);
      if (!start) throw new Error('no start screen was drawn');
      startMarkup = `<div id="root">${start.markup}</div>`;
      const hash = createHash('sha256').update(script).digest('hex').slice(0, 8);
      // Not opening-*: that is the chunk of src/app/opening.ts.
      scriptFile = `assets/first-paint-${hash}.js`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(emptyRoot)) throw new Error(`index.html has no ${emptyRoot}`);
        // A placeholder: generateBundle writes the script into the page (inline-first-paint.ts).
        return {
          html: html.replace(emptyRoot, startMarkup),
          tags: [{ tag: 'script', attrs: { src: `${base}${scriptFile}` }, injectTo: 'head' }],
        };
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The offline copies link it (inline-first-paint.ts).
        this.emitFile({ type: 'asset', fileName: scriptFile, source: script });
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') {
          throw new Error('the build has no index.html to draw the pages from');
        }
        const parts = partStyles(bundle, index.source, base);
        const { checkCode, ...files } = {
          ...firstPaintOf(bundle, root, base),
          openingScript: { src: `${base}${scriptFile}`, text: script },
        };
        const inline = (html: string, words: FirstPaint['words'], extraCode: string[] = []) =>
          inlineFirstPaint(html, { ...files, appCode: [...files.appCode, ...extraCode], words });
        const words = wordFiles(bundle, root, base);
        const policy = cspOf(index.source);
        const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
        const allow = ({ scripts, styles }: FirstPaintHashes) => {
          scripts.forEach((hash) => hashes.scripts.add(hash));
          styles.forEach((hash) => hashes.styles.add(hash));
        };
        for (const page of pages) {
          if (page.file === null) continue;
          const markup = `<div id="root">${page.markup}</div>`;
          const html = pageHtml(index.source, startMarkup, { ...page, markup }, parts);
          const [pageWords, pageCode] = page.isCheck
            ? [words.onCheck, checkCode]
            : [words.withSteps, []];
          const drawn = inline(html, pageWords, pageCode);
          allow(drawn.hashes);
          this.emitFile({ type: 'asset', fileName: page.file, source: drawn.html });
          this.emitFile({
            type: 'asset',
            fileName: offlineCopyOf(page.file),
            source: listFirstScreenFiles(html, {
              appCode: [...files.appCode, ...pageCode],
              words: pageWords,
            }),
          });
        }
        // The start screen is drawn without the steps' words (src/app/opening.ts).
        const start = inline(index.source, words.interfaceOnly);
        allow(start.hashes);
        index.source = start.html;
        this.emitFile({ type: 'asset', fileName: cspFile, source: cspHeader(policy, hashes) });
      },
    },
  };
}

/**
 * `vite preview` (npm start, the browser tests, the bench) answers a link to a page with its file,
 * as the service worker does offline and a host's rule does in production (README).
 */
export function servePages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    apply: (_config, env) => env.isPreview === true,
    async configurePreviewServer(server) {
      const { root } = server.config;
      const outDir = path.resolve(root, server.config.build.outDir);
      const base = server.config.base;
      // The app's own reading of a link (src/places), through Vite: it is TypeScript.
      const load = <Module>(file: string) =>
        runnerImport<Module>(path.join(root, file), { root, configFile: false, logLevel: 'error' });
      const [{ module: places }, { module: languages }] = await Promise.all([
        load<{ pageFileOf: typeof pageFileOf; parseLocation: typeof parseLocation }>(
          'src/places/index.ts',
        ),
        load<{ languageFromTag: typeof languageFromTag }>('src/i18n/languages.ts'),
      ]);
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const opensIndex = url.pathname === base || url.pathname === `${base}index.html`;
        if (!opensIndex || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
        const file = places.pageFileOf(places.parseLocation(url.search, languages.languageFromTag));
        const found = file === null ? null : path.join(outDir, file);
        if (found === null || !existsSync(found)) return next();
        if (sendPrecompressed(request, response, found)) return;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(request.method === 'HEAD' ? undefined : readFileSync(found));
      });
    },
  };
}
