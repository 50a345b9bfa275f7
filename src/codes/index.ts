// The response-code lookup's public surface. All of it loads lazily, with its words and both
// languages' search words: the counter's first screen never pays for it.
import { lazy } from 'react';
import { preloadable } from '../ui';

export type { CodesScreenProps } from './screens/CodesScreen';

// Pages: src/app/opening.ts preloads the one a link opens, so it is drawn once, complete.
// Each waits for both languages' code words too (the search reads both), so it draws at once.
const withWords = <Module extends { loadWords: () => Promise<unknown> }>(load: Promise<Module>) =>
  load.then(async (module) => {
    await module.loadWords();
    return module;
  });

export const CodesScreen = preloadable(() => withWords(import('./screens/CodesScreen')));
/** Every code on one printable table, for the quick reference (the app passes it in). */
export const CodeTable = preloadable(() => withWords(import('./screens/CodeTable')));
/** The code that led into the checks, shown on the wizard's screens after it. */
export const FoundCode = lazy(() => import('./screens/FoundCode'));
