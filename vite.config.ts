/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VitePWA, type ResolvedVitePWAOptions } from 'vite-plugin-pwa';
import { eagerCommonJs } from './scripts/eager-commonjs.ts';
import { precompress, servePrecompressed } from './scripts/precompress.ts';
import { prerenderPages, servePages } from './scripts/prerender-pages.ts';

/**
 * vite-plugin-pwa hashes the web manifest for the precache before pwaAssets adds the icons to
 * it, so that revision would not change with the icons: hash the manifest as written instead.
 */
function reviseManifestEntry({ injectManifest, manifestFilename }: ResolvedVitePWAOptions): void {
  const file = path.join(injectManifest.globDirectory ?? '', manifestFilename);
  if (!existsSync(file)) return;
  const revision = createHash('md5').update(readFileSync(file)).digest('hex');
  injectManifest.additionalManifestEntries = injectManifest.additionalManifestEntries?.map(
    (entry) =>
      typeof entry !== 'string' && entry.url === manifestFilename ? { ...entry, revision } : entry,
  );
}

export default defineConfig({
  plugins: [
    react(),
    // Every page a link opens is drawn at build time (the start screen into index.html), so it
    // shows before the code has loaded; `vite preview` answers links with those pages.
    prerenderPages(),
    servePages(),
    // The libraries' CommonJS wrappers compiled as their script arrives, not when first called.
    eagerCommonJs(),
    // Each script, stylesheet and page also as Brotli, which `vite preview` sends (README).
    precompress(),
    servePrecompressed(),
    // Offline and installable: see README "Offline, installing and hosting".
    VitePWA({
      // A worker of our own (src/pwa/sw.ts): it answers each link with the page drawn for it.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      // The page asks before a new version takes over (src/pwa/PwaStatus.tsx).
      registerType: 'prompt',
      // Registered by src/pwa through virtual:pwa-register/react: no inline script (CSP).
      injectRegister: false,
      // Kill switch: `PWA_SELF_DESTROY=true npm run build` ships a worker that unregisters itself.
      selfDestroying: process.env.PWA_SELF_DESTROY === 'true',
      // Icons, their <link>s and the manifest's icon list, from public/favicon.svg.
      pwaAssets: { config: true, overrideManifestIcons: true, injectThemeColor: true },
      manifest: {
        id: '/',
        name: 'E1 故障排查 · E1 Troubleshooter',
        // Under the icon: the one word both languages read the same way.
        short_name: 'E1',
        description:
          '刷卡终端显示 E1 时的逐步排查。Step-by-step help when a card terminal shows E1.',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5394',
        categories: ['business', 'utilities'],
      },
      injectManifest: {
        // The app shell (the content JSON is bundled into the JS), every page drawn at build time
        // (pages/), and the icons pwaAssets writes next to index.html; the plugin adds
        // manifest.webmanifest itself. pwaAssets makes the icons after the plugin lists the
        // manifest's icons, so they are globbed here instead. No runtime caching: the app asks
        // nothing of any other origin.
        globPatterns: ['**/*.{js,css,html}', '*.{png,ico,svg}'],
        // The pages as a host serves them carry the stylesheet; the worker's copies link it.
        globIgnores: ['pages/**'],
        // One classic script: the browser registers it as it did the generated worker.
        rollupFormat: 'iife',
      },
      integration: { beforeBuildServiceWorker: reviseManifestEntry },
    }),
  ],
  build: {
    // The bench reads the manifest to count what the first screen loads.
    manifest: true,
    target: 'es2022',
    // Every browser the app supports preloads modules itself; one without it fetches them on import.
    modulePreload: { polyfill: false },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // No DOM: the logic, the machine, the database (fake-indexeddb) and the words.
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The screens, rendered in jsdom with Testing Library.
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/support/serve-build.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
