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

/** The list of files the build wrote into `attribute` of `<html>` (JSON), under `key` if given. */
function filesIn(attribute: string | undefined, key?: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(attribute ?? '[]');
    if (key !== undefined) parsed = (parsed as Record<string, unknown>)[key];
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter((file) => typeof file === 'string') : [];
}

/**
 * Fetches the app's code for this page and, given a language, the words of its first screen in it
 * (the build lists them in `data-code` and `data-words`), all at once rather than one after
 * another as the code asks for each. Right after the page's first paint, not before: the paint
 * needs nothing more, and Lighthouse's estimate counts every request made before it against it
 * (README "First paint").
 */
function preloadFirstScreen(language: string | undefined): void {
  const preload = () => {
    const words = language === undefined ? [] : filesIn(root.dataset.words, language);
    for (const file of [...filesIn(root.dataset.code), ...words]) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.append(link);
    }
  };
  // A tab opened in the background paints nothing: fetch at once there.
  const afterPaint = () =>
    document.visibilityState === 'visible'
      ? requestAnimationFrame(() => setTimeout(preload, 0))
      : preload();
  // The page is painted once it is parsed, in the frame after.
  if (document.readyState === 'loading') {
    document.addEventListener('readystatechange', afterPaint, { once: true });
  } else {
    afterPaint();
  }
}

if (plan) {
  const { language, problems, endedAt } = plan;
  root.lang = language;
  root.dataset.prerendered = language;
  if (problems.length > 0) root.dataset.problems = problems.join(' ');
  holdEarlyTaps();
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

// Every link runs the app's first-screen code, whatever this page shows; the words with a plan.
preloadFirstScreen(plan?.language);
