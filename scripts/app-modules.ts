// The app's own modules, loaded in Node through Vite (they are TypeScript), for the bench's
// figures: a figure then always comes from the code the app runs.
import { createServer } from 'vite';
import { ROOT } from './bench-browser.ts';

/** Loads one of the app's modules (`/src/wizard/machine.ts`), typed by the caller as that module. */
export type LoadModule = <Module>(file: string) => Promise<Module>;

/** Runs `run` with a loader for the app's modules; the loader's server closes once it is done. */
export async function withAppModules<T>(run: (load: LoadModule) => Promise<T>): Promise<T> {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await run(<Module>(file: string) => server.ssrLoadModule(file) as Promise<Module>);
  } finally {
    await server.close();
  }
}
