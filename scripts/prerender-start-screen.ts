// Build step: puts the start screen, rendered in each language, into index.html, with a small
// blocking script that shows the one this link opens (if it opens the start screen). A phone
// then draws the first question before the app's code has loaded; the app replaces it on start.
// The app's code (src/app/start.tsx) is fetched after that first paint, not preloaded: on a slow
// link a preload shares the bandwidth with the stylesheet and holds the first paint back.
import { createHash } from 'node:crypto';
import { build, createServer, type Plugin } from 'vite';

const screensModule = '/src/app/prerender/startScreens.tsx';
const openingScript = 'src/app/prerender/opening-script.ts';
const emptyRoot = '<div id="root"></div>';

async function renderStartScreens(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // It only renders in Node, so no browser dependencies to pre-bundle, and no scan of the app
    // for them: that scan, without the app's plugins, fails on virtual:pwa-register/react.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule(screensModule);
    const render: unknown = module.prerenderedStartScreens;
    if (typeof render !== 'function') throw new Error(`${screensModule} has no renderer`);
    return String(await render());
  } finally {
    await server.close();
  }
}

async function bundleOpeningScript(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'error',
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

export function prerenderStartScreen(): Plugin {
  let root = '';
  let base = '/';
  let markup = '';
  let script = '';
  let scriptFile = '';
  return {
    name: 'prerender-start-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      [markup, script] = await Promise.all([renderStartScreens(root), bundleOpeningScript(root)]);
      const hash = createHash('sha256').update(script).digest('hex').slice(0, 8);
      scriptFile = `assets/opening-${hash}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: scriptFile, source: script });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(emptyRoot)) throw new Error(`index.html has no ${emptyRoot}`);
        return {
          html: html.replace(emptyRoot, `<div id="root">${markup}</div>`),
          tags: [{ tag: 'script', attrs: { src: `${base}${scriptFile}` }, injectTo: 'head' }],
        };
      },
    },
  };
}
