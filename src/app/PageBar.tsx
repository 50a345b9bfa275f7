import { LanguageSwitch, useLanguage, useTranslation } from '../i18n';
import { locationSearch, type AppView } from '../share';
import { InAppLink } from '../ui';

const sections = ['log', 'stats', 'settings'] as const;

/** The top bar of the log, stats and settings pages: back to the checks, the sections, language. */
export function PageBar({ current }: { current: AppView['name'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = (name: (typeof sections)[number] | 'wizard' | 'steps') =>
    locationSearch({ view: { name }, step: 'start', lang, endedAt: null });
  return (
    <>
      <InAppLink className="back-button" href={href('wizard')}>
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
