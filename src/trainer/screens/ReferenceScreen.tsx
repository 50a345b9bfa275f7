import { useId, type ReactNode } from 'react';
import { useLanguage, useStepWords, useTranslation } from '../../i18n';
import { locationSearch, referencePages, type ReferencePage } from '../../share';
import { Button, InAppLink, Screen } from '../../ui';
import {
  answerLabel,
  answersOf,
  checkSteps,
  isOutcomeId,
  outcomeIds,
  stageIds,
} from '../../wizard';
import { TrainerPageBar } from '../TrainerPageBar';

interface ReferenceScreenProps {
  page: ReferencePage;
  /** The response codes' table, which the quick reference prints on a sheet of its own. */
  codes?: ReactNode;
}

/** The printable quick reference and the two short reference pages. */
export default function ReferenceScreen({ page, codes }: ReferenceScreenProps) {
  const { t } = useTranslation(['trainer', 'ui']);
  return (
    <Screen
      screenKey={`reference:${page}`}
      title={t(`reference.${page}.title`)}
      appName={t('ui:appName')}
      topBar={<TrainerPageBar current="reference" />}
    >
      <ReferenceNav current={page} />
      {page === 'quick' ? <QuickReference codes={codes} /> : <ReferenceSections page={page} />}
    </Screen>
  );
}

function ReferenceNav({ current }: { current: ReferencePage }) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  return (
    <nav className="reference-nav" aria-label={t('reference.label')}>
      {referencePages.map((page) => (
        <InAppLink
          key={page}
          href={locationSearch({
            view: { name: 'reference', page },
            step: 'start',
            lang,
            endedAt: null,
          })}
          aria-current={page === current ? 'page' : undefined}
        >
          {t(`reference.nav.${page}`)}
        </InAppLink>
      ))}
    </nav>
  );
}

/** One page, drawn from the machine's steps and the step words: it cannot disagree with the checks. */
function QuickReference({ codes }: { codes: ReactNode }) {
  const { t } = useTranslation(['trainer', 'ui']);
  const steps = useStepWords();
  const quick = 'reference.quick' as const;
  const ids = useId();
  return (
    <div className="quick-ref">
      <Button variant="secondary" className="print-button" onClick={() => window.print()}>
        {t('reference.print')}
      </Button>
      <p className="quick-ref-meaning">{t(`${quick}.meaning`)}</p>
      <div className="quick-ref-columns">
        <section className="quick-ref-block quick-ref-safety">
          <h2>{t(`${quick}.safetyTitle`)}</h2>
          <ul>
            {t(`${quick}.safety`, { returnObjects: true }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>

        <section className="quick-ref-block quick-ref-checks" aria-labelledby={`${ids}-checks`}>
          <h2 id={`${ids}-checks`}>{t(`${quick}.checksTitle`)}</h2>
          <p className="quick-ref-note">{t(`${quick}.fixedNote`)}</p>
          <ol className="quick-ref-stages">
            {stageIds.map((stage) => (
              <li key={stage}>
                <h3>{t(`ui:stages.${stage}`)}</h3>
                <ol>
                  {checkSteps
                    .filter((step) => step.stage === stage)
                    .map((step) => {
                      const words = steps[step.id];
                      // The answers that leave the walk early (the fixed one is said once, above).
                      const branches = answersOf(step).flatMap(({ answer, target }) =>
                        isOutcomeId(target) && target !== 'outcome.fixed'
                          ? [{ answer, target }]
                          : [],
                      );
                      return (
                        <li key={step.id}>
                          {words.title}
                          {branches.map(({ answer, target }, index) => (
                            <span key={answer} className="quick-ref-branch">
                              {index === 0 ? ' ' : '; '}
                              {t(`${quick}.branch`, {
                                answer: answerLabel(steps, step.id, answer),
                                outcome: steps[target].title,
                              })}
                            </span>
                          ))}
                        </li>
                      );
                    })}
                </ol>
              </li>
            ))}
          </ol>
        </section>

        <section className="quick-ref-block quick-ref-outcomes">
          <h2>{t(`${quick}.outcomesTitle`)}</h2>
          <dl>
            {outcomeIds.map((id) => (
              <div key={id}>
                <dt>{steps[id].title}</dt>
                <dd>{steps[id].todo[0]}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section className="quick-ref-block quick-ref-ready">
          <h2>{t(`${quick}.readyTitle`)}</h2>
          <ul>
            {steps['escalate.call'].checklist.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      {codes}
    </div>
  );
}

function ReferenceSections({ page }: { page: Exclude<ReferencePage, 'quick'> }) {
  const { t } = useTranslation('trainer');
  const sections = t(`reference.${page}.sections`, { returnObjects: true });
  return (
    <div className="reference-page">
      <p className="lead">{t(`reference.${page}.lead`)}</p>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
