// Built into a small classic script (so it imports single modules, not i18n's index) that every
// page runs before its first paint (see scripts/prerender-pages.ts): it shows the copy of the page
// drawn at build time in the language the app will use, says what is wrong with the link as the
// app will, and holds taps until the app runs (./earlyTaps.ts).
import { rememberedLanguage } from '../../i18n/preference';
import { holdEarlyTaps } from './earlyTaps';
import { openingPlan, type LinkNames } from './openingPlan';

/** The wizard's step names and the places' view names, written in by the build. */
declare const __E1_LINK_NAMES__: LinkNames;

const root = document.documentElement;
const plan = openingPlan(
  window.location.search + window.location.hash,
  root.dataset.page === undefined ? 'start' : 'page',
  rememberedLanguage(),
  navigator.languages,
  __E1_LINK_NAMES__,
);

/**
 * Runs `step` as the parser adds to the page, until it is parsed: a mutation observer's callback
 * runs before the browser next paints, so what it shows is there in the first paint.
 */
function whileParsing(step: () => void): void {
  const observer = new MutationObserver(step);
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    step();
    observer.disconnect();
  });
}

/**
 * Fetches the words of the app's first screen in `language` with the app's code (the build lists
 * them per language in `data-words`), rather than once that code runs and asks for them.
 */
function preloadWords(language: string): void {
  let files: unknown;
  try {
    files = (JSON.parse(root.dataset.words ?? '{}') as Record<string, unknown>)[language];
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const file of files) {
    if (typeof file !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = file;
    document.head.append(link);
  }
}

if (plan) {
  const { language, problems, endedAt } = plan;
  root.lang = language;
  root.dataset.prerendered = language;
  if (problems.length > 0) root.dataset.problems = problems.join(' ');
  holdEarlyTaps();
  preloadWords(language);
  // An outcome's line naming the check it ended at, among the page's hidden ones.
  const endedAtLines = endedAt && `[data-ended-at~="${CSS.escape(endedAt)}"]`;
  whileParsing(() => {
    // The tab takes the page's title, as the app gives it.
    // (Only when it differs: writing the title is itself a change the observer sees.)
    const title = document.querySelector<HTMLElement>(`.prerendered[lang="${language}"]`)?.dataset
      .title;
    if (title && document.title !== title) document.title = title;
    if (!endedAtLines) return;
    for (const line of document.querySelectorAll<HTMLElement>(endedAtLines)) line.hidden = false;
  });
  // The other language's copy goes once the page is parsed: its ids repeat this one's.
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll<HTMLElement>('.prerendered')) {
      if (copy.lang !== language) copy.remove();
    }
  });
}
