// The URL is where the person is. One module reads and writes it:
//   /?step=<stepId>&lang=<zh-CN|en>          a wizard step (`at=<checkId>` on fixed/stopped outcomes)
//   /?view=log|stats|settings&lang=…         the incident log and its neighbours
//   /?view=incident&id=<incidentId>&lang=…   one incident
import { languageFromTag, type Language } from '../i18n';
import { isCheckId, resolveStepParam, type CheckId, type StepId } from '../wizard';

export type AppView =
  | { name: 'wizard' }
  | { name: 'log' }
  | { name: 'stats' }
  | { name: 'settings' }
  | { name: 'incident'; id: string };

export interface AppLocation {
  view: AppView;
  step: StepId;
  lang: Language | null;
  endedAt: CheckId | null;
}

export type LinkProblem = 'unknownStep' | 'unknownLanguage' | 'unknownView';

export interface ParsedLocation extends AppLocation {
  /** What was wrong with the link; the rest of it still counts. */
  problems: LinkProblem[];
}

const outcomesNamingACheck: readonly StepId[] = ['outcome.fixed', 'outcome.abandoned'];
const simpleViews = ['log', 'stats', 'settings'] as const;

function readView(params: URLSearchParams): AppView | null {
  const name = params.get('view')?.trim().toLowerCase();
  if (name === undefined) return { name: 'wizard' };
  const simple = simpleViews.find((view) => view === name);
  if (simple) return { name: simple };
  const id = params.get('id')?.trim();
  if (name === 'incident' && id) return { name: 'incident', id };
  return null;
}

export function parseLocation(search: string): ParsedLocation {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];

  const view = readView(params);
  if (view === null) problems.push('unknownView');

  const rawStep = params.get('step');
  const resolvedStep = rawStep === null ? 'start' : resolveStepParam(rawStep);
  if (resolvedStep === null) problems.push('unknownStep');
  const step = resolvedStep ?? 'start';

  const rawLang = params.get('lang');
  const lang = rawLang === null ? null : languageFromTag(rawLang);
  if (rawLang !== null && lang === null) problems.push('unknownLanguage');

  const rawEndedAt = params.get('at');
  const endedAt =
    rawEndedAt !== null && isCheckId(rawEndedAt) && outcomesNamingACheck.includes(step)
      ? rawEndedAt
      : null;

  return { view: view ?? { name: 'wizard' }, step, lang, endedAt, problems };
}

/** The query string for a place in the app, e.g. `?step=card.wipe&lang=en`. */
export function locationSearch({ view, step, lang, endedAt }: AppLocation): string {
  const params = new URLSearchParams();
  if (view.name === 'wizard') {
    if (step !== 'start') params.set('step', step);
    if (endedAt && outcomesNamingACheck.includes(step)) params.set('at', endedAt);
  } else {
    params.set('view', view.name);
    if (view.name === 'incident') params.set('id', view.id);
  }
  if (lang) params.set('lang', lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function sameView(a: AppView, b: AppView): boolean {
  return a.name === b.name && (a.name !== 'incident' || (b.name === 'incident' && a.id === b.id));
}
