// The URL is where the person is: `/?step=<stepId>&lang=<zh-CN|en>`, plus `at=<checkId>` on
// the fixed and stopped outcomes (which check). One module reads and writes it.
import { languageFromTag, type Language } from '../i18n';
import { isCheckId, resolveStepParam, type CheckId, type StepId } from '../wizard';

export interface WizardLocation {
  step: StepId;
  lang: Language | null;
  endedAt: CheckId | null;
}

export type LinkProblem = 'unknownStep' | 'unknownLanguage';

export interface ParsedWizardLocation extends WizardLocation {
  /** What was wrong with the link; the rest of it still counts. */
  problems: LinkProblem[];
}

const outcomesNamingACheck: readonly StepId[] = ['outcome.fixed', 'outcome.abandoned'];

export function parseWizardLocation(search: string): ParsedWizardLocation {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];

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

  return { step, lang, endedAt, problems };
}

/** The query string for a place in the wizard, e.g. `?step=card.wipe&lang=en`. */
export function wizardSearch({ step, lang, endedAt }: WizardLocation): string {
  const params = new URLSearchParams();
  if (step !== 'start') params.set('step', step);
  if (endedAt && outcomesNamingACheck.includes(step)) params.set('at', endedAt);
  if (lang) params.set('lang', lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}
