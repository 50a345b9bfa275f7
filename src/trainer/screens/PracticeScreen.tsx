import '../styles/index.css';
import { useEffect, useId, useState } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { type PracticeAttempt } from '../../db';
import { loadAttemptStore } from '../attemptStore';
import { placeHref } from '../../places';
import { Button, InAppLink, Screen } from '../../ui';
import { formatDuration } from '../format';
import { durationOf, isRightOutcome } from '../paths';
import { scenarioById, scenarios, scenarioWords } from '../scenarios';
import { currentTrainee, setCurrentTrainee } from '../trainee';
import { TrainerPageBar } from '../TrainerPageBar';

/** The scenarios to practise, the trainee's name, and the attempts kept on this device. */
export default function PracticeScreen() {
  const { t } = useTranslation(['trainer', 'ui']);
  return (
    <Screen
      screenKey="practice"
      title={t('practice.title')}
      appName={t('ui:appName')}
      topBar={<TrainerPageBar current="practice" />}
    >
      <p className="lead">{t('practice.lead')}</p>
      <TraineeName />
      <ScenarioList />
      <Attempts />
    </Screen>
  );
}

function TraineeName() {
  const { t } = useTranslation('trainer');
  const [name, setName] = useState(currentTrainee);
  const inputId = useId();
  return (
    <div className="trainee-name">
      <label htmlFor={inputId}>{t('practice.trainee')}</label>
      <p id={`${inputId}-hint`} className="hint">
        {t('practice.traineeHint')}
      </p>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        maxLength={60}
        aria-describedby={`${inputId}-hint`}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setCurrentTrainee(event.target.value);
        }}
      />
    </div>
  );
}

/**
 * The scenarios by their stories' titles only: a class sees this page on the projector before it
 * starts. The trainer can reveal each one's fault and right outcome; the reveal is off on every
 * visit, so a page left open or reloaded never gives them away.
 */
function ScenarioList() {
  const { t } = useTranslation(['trainer', 'ui']);
  const lang = useLanguage();
  const steps = useStepWords();
  const headingId = useId();
  const [revealed, setRevealed] = useState(false);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.listLabel')}</h2>
      <div className="reveal-toggle">
        <input
          id={`${headingId}-reveal`}
          type="checkbox"
          checked={revealed}
          aria-describedby={`${headingId}-reveal-hint`}
          onChange={(event) => setRevealed(event.target.checked)}
        />
        <label htmlFor={`${headingId}-reveal`}>{t('practice.reveal')}</label>
        <p id={`${headingId}-reveal-hint`} className="hint">
          {t('practice.revealHint')}
        </p>
      </div>
      <ul className="scenario-list">
        {scenarios.map((scenario) => {
          const words = scenarioWords(scenario.id, lang);
          const titleId = `${headingId}-${scenario.id}`;
          return (
            <li key={scenario.id} className="scenario-card">
              <h3 id={titleId}>{words.title}</h3>
              {revealed && (
                <dl className="scenario-answer">
                  <div>
                    <dt>{t('practice.fault')}</dt>
                    <dd>
                      {t('practice.faultIn', {
                        fault: words.fault,
                        stage: t(`ui:stages.${scenario.stage}`),
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('practice.ends')}</dt>
                    <dd>{steps[`outcome.${scenario.expected.outcome}`].title}</dd>
                  </div>
                </dl>
              )}
              <InAppLink
                className="button button-secondary"
                aria-describedby={titleId}
                href={placeHref({
                  view: { name: 'wizard', training: { scenario: scenario.id } },
                  step: 'start',
                  lang,
                  endedAt: null,
                })}
              >
                {t('practice.start')}
              </InAppLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Loaded = { kind: 'loading' } | { kind: 'loaded'; attempts: PracticeAttempt[] };

function Attempts() {
  const { t } = useTranslation('trainer');
  const headingId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [asking, setAsking] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void loadAttemptStore()
      .then((store) => store.recentAttempts())
      .then(
        (attempts) => live && setLoaded({ kind: 'loaded', attempts }),
        () => live && setLoaded({ kind: 'loaded', attempts: [] }),
      );
    return () => {
      live = false;
    };
  }, [version]);

  const deleteAll = async () => {
    const store = await loadAttemptStore();
    await store.deleteAllAttempts();
    setAsking(false);
    setDeleted(true);
    setVersion((previous) => previous + 1);
  };

  const attempts = loaded.kind === 'loaded' ? loaded.attempts : [];
  const byTrainee = new Map<string, PracticeAttempt[]>();
  for (const attempt of attempts) {
    byTrainee.set(attempt.trainee, [...(byTrainee.get(attempt.trainee) ?? []), attempt]);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.attemptsTitle')}</h2>
      <p className="hint">{t('practice.attemptsLead')}</p>
      <p className="calm-status" role="status">
        {loaded.kind === 'loading' ? t('practice.loading') : deleted ? t('practice.deleted') : ''}
      </p>
      {loaded.kind === 'loaded' && attempts.length === 0 && <p>{t('practice.noAttempts')}</p>}
      {[...byTrainee].map(([trainee, list]) => (
        <TraineeAttempts key={trainee} trainee={trainee} attempts={list} />
      ))}
      {attempts.length > 0 && !asking && (
        <Button variant="quiet" className="danger" onClick={() => setAsking(true)}>
          {t('practice.deleteAll')}
        </Button>
      )}
      {asking && (
        <div className="confirm" role="group" aria-label={t('practice.deleteConfirm')}>
          <p>{t('practice.deleteConfirm')}</p>
          <Button variant="primary" className="danger" onClick={() => void deleteAll()}>
            {t('practice.deleteYes')}
          </Button>
          <Button onClick={() => setAsking(false)}>{t('practice.cancel')}</Button>
        </div>
      )}
    </section>
  );
}

function TraineeAttempts({ trainee, attempts }: { trainee: string; attempts: PracticeAttempt[] }) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{trainee || t('practice.anonymous')}</h3>
      <ul className="attempt-list" aria-labelledby={headingId}>
        {attempts.map((attempt) => {
          const scenario = scenarioById(attempt.scenario);
          const right = scenario !== null && isRightOutcome(attempt, scenario);
          return (
            <li key={attempt.id}>
              <InAppLink
                href={placeHref({
                  view: { name: 'attempt', id: attempt.id },
                  step: 'start',
                  lang,
                  endedAt: null,
                })}
              >
                <span>
                  {t('practice.attemptRow', {
                    scenario: scenario ? scenarioWords(scenario.id, lang).title : attempt.scenario,
                    result: right ? `✓ ${t('practice.right')}` : `✗ ${t('practice.wrong')}`,
                    duration: formatDuration(durationOf(attempt), t),
                  })}
                </span>
                <span className="attempt-time">{formatDateTime(attempt.startedAt, lang)}</span>
              </InAppLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}
