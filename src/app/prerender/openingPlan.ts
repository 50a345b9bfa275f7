import { languageFromTag, preferredLanguage, type Language } from '../../i18n/languages';
import type { LinkProblem } from '../../places';

/** The names a link may use, as the app reads them (trimmed, lower case). */
export interface LinkNames {
  /** Every `?step=` name the wizard accepts (its stepParamNames). */
  steps: readonly string[];
  /** Every `?view=` name a page answers to (places' viewParamNames). */
  views: readonly string[];
}

/** What the opening script shows of the page drawn at build time, until the app runs. */
export interface OpeningPlan {
  /** The copy to show: the link's language, else the saved one, else the device's. */
  language: Language;
  /** What the app will say is wrong with the link, said at once. */
  problems: LinkProblem[];
  /** The link's `at=` (the check an outcome ended at), as the page names its lines. */
  endedAt: string | null;
}

/**
 * Which copy of the served page to show before the app runs, or null to show none (the app then
 * draws the page itself). A page file (`served: 'page'`) was chosen for this link by the server or
 * the service worker (src/places/pages.ts); index.html (`'start'`) answers every other link, and
 * shows its start screen only for a link that opens the start screen, as src/places reads it.
 */
export function openingPlan(
  /** The link's query and fragment, e.g. `?step=card&lang=en` or `#handoff=…`. */
  link: string,
  served: 'start' | 'page',
  remembered: Language | null,
  deviceLanguages: readonly string[],
  names: LinkNames,
): OpeningPlan | null {
  const hashAt = link.indexOf('#');
  const params = new URLSearchParams(hashAt === -1 ? link : link.slice(0, hashAt));
  const fragment = new URLSearchParams(hashAt === -1 ? '' : link.slice(hashAt + 1));
  const read = (key: string) => params.get(key)?.trim().toLowerCase() ?? null;
  // A handoff summary or practice: pages no file draws.
  if (fragment.has('handoff') || params.has('handoff') || read('mode') === 'training') return null;
  const problems: LinkProblem[] = [];
  if (served === 'start') {
    const view = read('view');
    if (view === null && params.has('code')) return null;
    if (view !== null) {
      if (names.views.includes(view)) return null;
      problems.push('unknownView');
    }
    const step = read('step');
    if (step !== null && step !== 'start') {
      if (names.steps.includes(step)) return null;
      problems.push('unknownStep');
    }
  }
  const tag = params.get('lang');
  const linked = tag === null ? null : languageFromTag(tag);
  if (tag !== null && linked === null) problems.push('unknownLanguage');
  return {
    language: linked ?? remembered ?? preferredLanguage(deviceLanguages),
    problems,
    endedAt: read('at'),
  };
}
