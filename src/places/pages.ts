// The pages drawn at build time (scripts/prerender-pages.ts): which file answers a link, so the
// link paints before the app's code has run. The preview server, the service worker and a host's
// rule (README "Offline, installing and hosting") all answer a navigation with pageFileOf(place),
// else with index.html, which draws the start screen itself and leaves every other page to the app.
import type { AppLocation, ParsedLocation } from './places';

/** The folder of the page files, beside index.html. */
export const pagesFolder = 'pages';

/**
 * The service worker's copy of a page file (`offline/pages/step/network.signal.html`): the same
 * page linking the stylesheet and opening script it caches, rather than carrying them (see
 * scripts/inline-first-paint.ts), so the precache holds each of them once.
 */
export const offlineCopyOf = (pageFile: string) => `offline/${pageFile}`;

/** A code as a link can name its page: letters and digits only (`96`, `a0`); else the app draws it. */
const plainCode = /^[0-9A-Z]{1,4}$/;

/**
 * The page file that draws `place` before the app runs (`pages/step/network.signal.html`), or null
 * when index.html answers it: the start screen, a link the app says is wrong, and the pages that
 * show what is stored on the device (the log, stats, settings, an incident, practice, a handoff)
 * or a walk (training, a detour that keeps the walk's step). A code's file exists only for a code
 * the app knows; for any other, index.html answers and the app says so.
 */
export function pageFileOf(place: ParsedLocation | AppLocation): string | null {
  const { view, step } = place;
  const problems = 'problems' in place ? place.problems : [];
  // The language a link gets wrong is said on the page itself; a wrong step or view is not.
  if (problems.some((problem) => problem !== 'unknownLanguage')) return null;
  const file = (path: string) => `${pagesFolder}/${path}.html`;
  if (view.name === 'wizard') {
    return view.training || step === 'start' ? null : file(`step/${step}`);
  }
  // A detour's page links back to the walk's step: the app draws those.
  if (step !== 'start') return null;
  if (view.name === 'steps') return file('view/steps');
  if (view.name === 'reference') return file(`reference/${view.page}`);
  if (view.name === 'codes') {
    if (view.code === null) return file('view/codes');
    const code = view.code.trim().toUpperCase();
    return plainCode.test(code) ? file(`code/${code}`) : null;
  }
  return null;
}
