import '../styles/index.css';
import { useId, type ReactNode } from 'react';
import { useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref, referencePages, type ReferencePage } from '../../places';
import { Button, InAppLink, Screen } from '../../ui';
import {
  answerLabel,
  answersOf,
  checkSteps,
  isOutcomeId,
  outcomeIds,
  stageIds,
  type AnswerId,
  type CheckStep,
  type OutcomeId,
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
          href={placeHref({
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

/**
 * One A4 page, drawn from the machine's steps and the step words: it cannot disagree with the
 * checks. At the top, what to do before anything else and blanks to fill in by hand.
 */
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
      <p className="quick-ref-first">
        <strong>{t(`${quick}.firstTitle`)}</strong>
        {t(`${quick}.labelSeparator`)}
        {t(`${quick}.first`)}
      </p>
      <section className="quick-ref-blanks" aria-labelledby={`${ids}-blanks`}>
        <h2 id={`${ids}-blanks`}>{t(`${quick}.blanksTitle`)}</h2>
        <ul>
          {(['hotline', 'sn', 'merchant', 'terminal'] as const).map((blank) => (
            <li key={blank}>
              <span className="quick-ref-blank-label">{t(`${quick}.blanks.${blank}`)}</span>
              {/* A line to write on: nothing to read. */}
              <span className="quick-ref-blank-line" aria-hidden="true" />
            </li>
          ))}
        </ul>
        <p className="quick-ref-also">{t(`${quick}.readyAlso`)}</p>
      </section>
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
                    .map((step) => (
                      <li key={step.id}>
                        {steps[step.id].title}
                        {earlyExits(step).map(({ answers, target }, index) => (
                          <span key={target} className="quick-ref-branch">
                            {index === 0 ? ' ' : t(`${quick}.branchSeparator`)}
                            {t(`${quick}.branch`, {
                              answer: answers
                                .map((answer) => answerLabel(steps, step.id, answer))
                                .join(t(`${quick}.or`)),
                              outcome: steps[target].title,
                            })}
                          </span>
                        ))}
                      </li>
                    ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>

        <section className="quick-ref-block quick-ref-outcomes">
          <h2>{t(`${quick}.outcomesTitle`)}</h2>
          <ul>
            {outcomeIds.map((id) => (
              <li key={id}>
                <strong>{steps[id].title}</strong>
                {t(`${quick}.labelSeparator`)}
                {steps[id].todo[0]}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {codes}
    </div>
  );
}

/**
 * The answers at `step` that leave the walk early for an outcome, those leading to the same
 * outcome together (the fixed one is said once, above the checks).
 */
function earlyExits(step: CheckStep): { answers: AnswerId[]; target: OutcomeId }[] {
  const exits = new Map<OutcomeId, AnswerId[]>();
  for (const { answer, target } of answersOf(step)) {
    if (!isOutcomeId(target) || target === 'outcome.fixed') continue;
    exits.set(target, [...(exits.get(target) ?? []), answer]);
  }
  return [...exits].map(([target, answers]) => ({ answers, target }));
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
