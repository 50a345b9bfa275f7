import { LanguageSwitch, useLanguage, useTranslation } from '../i18n';
import { placeHref, type AppView } from '../places';
import { InAppLink } from '../ui';

const trainerSections = ['flowchart', 'practice', 'reference'] as const;
type TrainerSection = (typeof trainerSections)[number];

/** The top bar of the trainer's pages: back to the checks, the trainer's sections, language. */
export function TrainerPageBar({ current }: { current: AppView['name'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = (name: TrainerSection | 'wizard') =>
    placeHref({
      view: name === 'reference' ? { name, page: 'quick' } : { name },
      step: 'start',
      lang,
      endedAt: null,
    });
  const isCurrent = (section: TrainerSection) =>
    current === section || (section === 'practice' && current === 'attempt');
  return (
    <>
      <InAppLink className="back-button" href={href('wizard')}>
        <span aria-hidden="true">‹ </span>
        {t('menu.checks')}
      </InAppLink>
      <nav className="section-nav" aria-label={t('menu.trainer')}>
        {trainerSections.map((section) => (
          <InAppLink
            key={section}
            href={href(section)}
            aria-current={isCurrent(section) ? 'page' : undefined}
          >
            {t(`menu.${section}`)}
          </InAppLink>
        ))}
      </nav>
      <LanguageSwitch />
    </>
  );
}
