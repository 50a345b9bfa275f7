import type { ReactNode } from 'react';
import { LanguageSwitch, useLanguage, useStepWords, useTranslation } from '../i18n';
import { placeHref, type AppView } from '../places';
import { InAppLink } from '../ui';
import { isOutcomeId, outcomeText, useCurrentStep, WizardActor } from '../wizard';

const sections = ['log', 'stats', 'settings'] as const;

/** The counter's walk as it stands: a detour's way back goes there, not to the start screen. */
function useWalkHref(): string {
  const lang = useLanguage();
  const step = useCurrentStep();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  return placeHref({ view: { name: 'wizard' }, step, lang, endedAt }) || '?';
}

/** The top bar of the log, stats and settings pages: back to the checks, the sections, language. */
export function PageBar({ current }: { current: AppView['name'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const walk = useWalkHref();
  const href = (name: (typeof sections)[number] | 'steps') =>
    placeHref({ view: { name }, step: 'start', lang, endedAt: null });
  return (
    <>
      <InAppLink className="back-button" href={walk}>
        <span aria-hidden="true">‹ </span>
        {t('menu.checks')}
      </InAppLink>
      <nav className="section-nav" aria-label={t('menu.label')}>
        {sections.map((section) => (
          <InAppLink
            key={section}
            href={href(section)}
            aria-current={
              current === section || (section === 'log' && current === 'incident')
                ? 'page'
                : undefined
            }
          >
            {t(`menu.${section}`)}
          </InAppLink>
        ))}
        <InAppLink href={href('steps')} aria-current={current === 'steps' ? 'page' : undefined}>
          {t('share.stepIndex')}
        </InAppLink>
      </nav>
      <LanguageSwitch />
    </>
  );
}

/**
 * "Back to: <the check or outcome>", where a detour is done (settings saved): a step or outcome
 * left for settings comes back with its call button and summary. Nothing from the start screen.
 */
export function BackToTheWalk(): ReactNode {
  const { t } = useTranslation();
  const words = useStepWords();
  const step = useCurrentStep();
  const via = WizardActor.useSelector((snapshot) => snapshot.context.via);
  const walk = useWalkHref();
  if (step === 'start') return null;
  const place = isOutcomeId(step) ? outcomeText(words, step, via).title : words[step].title;
  return (
    <InAppLink className="button button-primary" href={walk}>
      {t('menu.backTo', { place })}
    </InAppLink>
  );
}
