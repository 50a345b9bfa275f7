import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin (plus Vite `base`) of the preview server serving `dist/`, ending in `/`. */
    baseUrl: string;
  }
}

/**
 * Vitest globalSetup for the e2e project: serves a copy of the already built `dist/` with
 * Vite's preview server on a free port and hands its URL to the tests
 * (`inject('baseUrl')`). It never builds; `npm run test:e2e` builds first. The copy keeps a
 * build started meanwhile (another worktree's, the bench's) from changing files under the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const indexHtml = path.join(root, 'dist', 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `e2e: ${indexHtml} is missing. Run \`vite build\` first (npm run test:e2e does both).`,
    );
  }

  const servedCopy = mkdtempSync(path.join(os.tmpdir(), 'e2e-dist-'));
  cpSync(path.join(root, 'dist'), servedCopy, { recursive: true });
  const server = await preview({
    root,
    build: { outDir: servedCopy },
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
  });

  const url = server.resolvedUrls?.local[0];
  const stop = async () => {
    await server.close();
    rmSync(servedCopy, { recursive: true, force: true });
  };
  if (url === undefined) {
    await stop();
    throw new Error('e2e: the Vite preview server started but reported no local URL.');
  }

  project.provide('baseUrl', url.endsWith('/') ? url : `${url}/`);

  return stop;
}
