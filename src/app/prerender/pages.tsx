// Rendered in Node at build time (scripts/prerender-pages.ts): every page a link can open without
// what the device stores, in each language, with the app's own components, so a phone draws the
// page before the app's code has run. index.html gets the start screen; each other page its file.
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import codeTable from '../../../content/codes/codes.json';
import { createI18n, I18nProvider, languages, type I18n, type Language } from '../../i18n';
import {
  pageFileOf,
  referencePages,
  viewParamNames,
  type AppLocation,
  type AppView,
  type LinkProblem,
} from '../../places';
import {
  checkIds,
  currentCheckOf,
  isCheckId,
  snapshotAt,
  stepIds,
  stepParamNames,
  WizardActor,
  type CheckId,
  type StepId,
} from '../../wizard';
import type { LinkNames } from './openingPlan';
import { PrerenderedShell } from './PrerenderedShell';

export interface PrerenderedPage {
  /** Its file beside index.html (`pages/step/network.signal.html`); null: index.html itself. */
  file: string | null;
  /** What goes into #root: the page in every language, the opening script shows one. */
  markup: string;
  /** A check: the app draws its share button with it (src/app/opening.ts). */
  isCheck: boolean;
}

/** Every namespace a prerendered page may read. */
const namespaces = ['ui', 'steps', 'log', 'share', 'trainer', 'codes'] as const;
/** E1 has a page in the lookup of its own, beside the response codes. */
const codes = ['E1', ...codeTable.codes.map((row) => row.code)];
/** The outcomes that say the check they ended at (`at=`), as OutcomeScreen does. */
const outcomesNamingACheck: readonly StepId[] = ['outcome.fixed', 'outcome.abandoned'];

const placeOf = (view: AppView, step: StepId = 'start'): AppLocation => ({
  view,
  step,
  lang: null,
  endedAt: null,
});

/** The start screen (index.html), then every page with a file of its own. */
function placesToDraw(): AppLocation[] {
  return [
    placeOf({ name: 'wizard' }),
    ...stepIds.filter((step) => step !== 'start').map((step) => placeOf({ name: 'wizard' }, step)),
    placeOf({ name: 'codes', code: null }),
    ...codes.map((code) => placeOf({ name: 'codes', code })),
    placeOf({ name: 'steps' }),
    ...referencePages.map((page) => placeOf({ name: 'reference', page })),
  ];
}

/**
 * The parts that show the device's own data (an outcome's note, the provider card) load code that
 * needs the browser: here it fails, and their boundary draws nothing, as the app does until that
 * data arrives. Any other error is printed, as React would.
 */
function reportUnlessNeedsBrowser(error: unknown): void {
  const needsBrowser =
    error instanceof ReferenceError &&
    /^(window|document|indexedDB|localStorage) is not defined$/.test(error.message);
  if (!needsBrowser) console.error(error);
}

async function html(element: ReactNode, language: Language): Promise<string> {
  // Waits for every lazily loaded part, as the app draws them once their code is preloaded; and
  // writes each in its place, however long (a long one would otherwise follow with a script).
  const { prelude } = await prerenderToNodeStream(element, {
    identifierPrefix: `${language}-`,
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: reportUnlessNeedsBrowser,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  const markup = Buffer.concat(chunks).toString('utf8');
  if (markup.includes('<script')) throw new Error('a prerendered page would need a script');
  return markup;
}

const words = new Map<Language, Promise<I18n>>();

/** One i18next per language for every page, with all its words loaded. */
function wordsIn(language: Language): Promise<I18n> {
  const loaded =
    words.get(language) ??
    (async () => {
      const i18n = createI18n(language);
      await i18n.loadNamespaces([...namespaces]);
      return i18n;
    })();
  words.set(language, loaded);
  return loaded;
}

async function drawn(place: AppLocation, language: Language, endedAt?: CheckId): Promise<string> {
  const i18n = await wordsIn(language);
  // index.html also opens for a link with a wrong step or view: it can say so.
  const possibleProblems: LinkProblem[] =
    pageFileOf(place) === null
      ? ['unknownView', 'unknownStep', 'unknownLanguage']
      : ['unknownLanguage'];
  return html(
    <I18nProvider i18n={i18n}>
      <WizardActor.Provider options={{ snapshot: snapshotAt(place.step, endedAt) }}>
        <PrerenderedShell view={place.view} possibleProblems={possibleProblems} />
      </WizardActor.Provider>
    </I18nProvider>,
    language,
  );
}

/** The `at=` names that open each check's line (an id, or an old id kept as an alias). */
function atNames(check: CheckId): string[] {
  return stepParamNames.filter((name) => currentCheckOf(name) === check);
}

/**
 * An outcome that names where it ended: the line for every check, hidden; the opening script shows
 * the one the link's `at=` names. Each line is what OutcomeScreen draws for it, where it draws it.
 */
async function withEndedAtLines(place: AppLocation, language: Language, page: string) {
  let insertAt = -1;
  const lines: string[] = [];
  for (const check of checkIds) {
    const withLine = await drawn(place, language, check);
    const added = withLine.length - page.length;
    let at = 0;
    while (at < page.length && withLine[at] === page[at]) at += 1;
    // Where the element begins: the two may share the start of its tag (`<p class="`).
    at = page.lastIndexOf('<', at);
    const line = withLine.slice(at, at + added);
    if (added <= 0 || withLine.slice(at + added) !== page.slice(at) || !line.startsWith('<p ')) {
      throw new Error(`${place.step}: its line for ${check} is not one element`);
    }
    insertAt = at;
    const names = atNames(check).join(' ');
    lines.push(line.replace(/^<p /, `<p hidden="" data-ended-at="${names}" `));
  }
  return page.slice(0, insertAt) + lines.join('') + page.slice(insertAt);
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The copy's attributes for the opening script: the title the app gives the tab (the heading and
 * the app's name, as src/ui/Screen.tsx writes it) and what a button tapped before the app runs says.
 */
async function copyAttributes(markup: string, language: Language): Promise<string> {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(markup)?.[1];
  if (heading === undefined) throw new Error('a prerendered page has no h1');
  const { t } = await wordsIn(language);
  // The heading is markup already (its text escaped): only the tags go.
  const title = `${heading.replace(/<[^>]*>/g, '')} · ${attribute(t('appName'))}`;
  return `data-title="${title.replaceAll('"', '&quot;')}" data-starting="${attribute(t('loading'))}"`;
}

async function page(place: AppLocation): Promise<PrerenderedPage> {
  const copies = await Promise.all(
    languages.map(async (language) => {
      const markup = await drawn(place, language);
      const complete = outcomesNamingACheck.includes(place.step)
        ? await withEndedAtLines(place, language, markup)
        : markup;
      const attributes = await copyAttributes(markup, language);
      return `<div class="prerendered" lang="${language}" ${attributes}>${complete}</div>`;
    }),
  );
  const isCheck = place.view.name === 'wizard' && !place.view.training && isCheckId(place.step);
  return { file: pageFileOf(place), markup: copies.join(''), isCheck };
}

/** The names the opening script knows a link by, for the start screen (./openingPlan.ts). */
export const linkNames: LinkNames = { steps: stepParamNames, views: viewParamNames };

export async function prerenderedPages(): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = [];
  // One after another: each loads its words and code, and the machine has two cores.
  for (const place of placesToDraw()) pages.push(await page(place));
  return pages;
}
