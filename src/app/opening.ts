import {
  createI18n,
  firstScreenNamespaces,
  preferredLanguage,
  startScreenNamespaces,
  rememberedLanguage,
  type I18n,
  type Language,
} from '../i18n';
import { CodesScreen, CodeTable } from '../codes';
import { IncidentScreen, LogScreen, SettingsScreen, StatsScreen } from '../incidents';
import { HandoffScreen, ShareStep, StepIndexScreen } from '../share';
import type { AppView, ParsedLocation } from '../places';
import { isCheckId, isOutcomeId, snapshotAt, type WizardSnapshot } from '../wizard';
import { currentPlace } from './currentPlace';
import {
  AttemptScreen,
  FlowchartScreen,
  PracticeScreen,
  ReferenceScreen,
  TrainingView,
} from '../trainer';
import type { PreloadableComponent } from '../ui';
import { preloadOutcomeExtras } from './ViewScreen';

export interface Opening extends ParsedLocation<Language> {
  language: Language;
  i18n: I18n;
  /** Where the counter's wizard starts. */
  snapshot: WizardSnapshot;
}

/** Where the app opens: the link's place and language, else the saved or the device's language. */
function readOpening(): Opening {
  const link = currentPlace();
  const language = link.lang ?? rememberedLanguage() ?? preferredLanguage(navigator.languages);
  // A handoff link is read on the agent's phone: the wizard stays at the start, so nothing is logged.
  // A training link's step belongs to the practice actor: the counter's stays at the start too.
  const awayFromCounter =
    link.view.name === 'handoff' || (link.view.name === 'wizard' && link.view.training);
  const snapshot = snapshotAt(awayFromCounter ? 'start' : link.step, link.endedAt ?? undefined);
  return { ...link, language, i18n: createI18n(language), snapshot };
}

type Page = Pick<PreloadableComponent<object>, 'preload'>;

/** Each page but the counter's wizard (whose code is in the first screen), and its words. */
const pages: Record<Exclude<AppView['name'], 'wizard'>, [Page, string]> = {
  log: [LogScreen, 'log'],
  incident: [IncidentScreen, 'log'],
  stats: [StatsScreen, 'log'],
  settings: [SettingsScreen, 'log'],
  steps: [StepIndexScreen, 'share'],
  handoff: [HandoffScreen, 'share'],
  flowchart: [FlowchartScreen, 'trainer'],
  practice: [PracticeScreen, 'trainer'],
  attempt: [AttemptScreen, 'trainer'],
  reference: [ReferenceScreen, 'trainer'],
  codes: [CodesScreen, 'codes'],
};

/** What a page shows of another feature, passed in by the app: the quick reference's code table. */
const slotsOf: Partial<Record<AppView['name'], [Page, string]>> = {
  reference: [CodeTable, 'codes'],
};

/**
 * Loads the words every screen needs and the code and words of the page a link opens, before the
 * first render, so that page is drawn once, complete, instead of after a loading line (which
 * React holds for 300 ms).
 */
function preloadView({ view, step, i18n }: Opening): Promise<unknown> {
  const [page, words] =
    view.name !== 'wizard' ? pages[view.name] : view.training ? [TrainingView, 'trainer'] : [];
  // The start screen is drawn without the steps' words; the app loads them once it is (App.tsx).
  const onStartScreen = view.name === 'wizard' && !view.training && step === 'start';
  const namespaces = onStartScreen ? startScreenNamespaces : firstScreenNamespaces;
  const [slot, slotWords] = slotsOf[view.name] ?? [];
  // A reload of an outcome: its note and summary for the incident that just ended come with it.
  const atOutcome = view.name === 'wizard' && !view.training && isOutcomeId(step);
  // A check's share button: the page drawn at build time shows it, so the app draws it at once too.
  const [extra, extraWords] =
    view.name === 'wizard' && !view.training && isCheckId(step) ? [ShareStep, 'share'] : [];
  // Settled, not all: a part that fails to load (no connection) must not cut short the wait for
  // the rest, such as the page's own words. What failed shows where it is drawn.
  return Promise.allSettled([
    atOutcome ? preloadOutcomeExtras(i18n) : null,
    i18n.loadNamespaces([
      ...namespaces,
      ...(words ? [words] : []),
      ...(slotWords ? [slotWords] : []),
      ...(extraWords ? [extraWords] : []),
    ]),
    page?.preload(),
    slot?.preload(),
    extra?.preload(),
  ]);
}

/** Where the app opens, with all it needs for its first render loaded (a failed load shows later). */
export async function loadOpening(): Promise<Opening> {
  const opening = readOpening();
  await preloadView(opening);
  return opening;
}
