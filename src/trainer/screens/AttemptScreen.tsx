import '../styles/index.css';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { type PracticeAttempt } from '../../db';
import { loadAttemptStore } from '../attemptStore';
import { placeHref } from '../../places';
import { InAppLink, Screen } from '../../ui';
import { answerLabel, isCheckId, isOutcomeId, type CheckId, type OutcomeKind } from '../../wizard';
import { formatDuration } from '../format';
import {
  durationOf,
  firstWrongAnswer,
  isRightOutcome,
  repeatedChecks,
  skippedChecks,
  takenPath,
  type PathStep,
  type WrongAnswer,
} from '../paths';
import {
  scenarioById,
  scenarioWords,
  type Scenario,
  type ScenarioMove,
  type ScenarioWords,
} from '../scenarios';
import { screensAfterStory, toldByStory } from '../shortestPath';
import { useShortestPath } from '../useShortestPath';
import { TrainerPageBar } from '../TrainerPageBar';

interface AttemptScreenProps {
  id: string;
}

/** Feedback on one practice run: its path beside the shortest one, skips, repeats and time. */
export default function AttemptScreen({ id }: AttemptScreenProps) {
  const { t } = useTranslation(['trainer', 'ui']);
  // undefined while reading, null when this device has no such attempt.
  const [attempt, setAttempt] = useState<PracticeAttempt | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadAttemptStore()
      .then((store) => store.attemptById(id))
      .then(
        (found) => live && setAttempt(found),
        () => live && setAttempt(null),
      );
    return () => {
      live = false;
    };
  }, [id]);

  const scenario = attempt ? scenarioById(attempt.scenario) : null;
  return (
    <Screen
      screenKey={`attempt:${id}`}
      title={t('attempt.title')}
      appName={t('ui:appName')}
      topBar={<TrainerPageBar current="attempt" />}
    >
      {attempt === undefined ? (
        <p className="calm-status" role="status">
          {t('practice.loading')}
        </p>
      ) : attempt === null || scenario === null ? (
        <p className="lead">{t('attempt.notFound')}</p>
      ) : (
        <Feedback attempt={attempt} scenario={scenario} />
      )}
    </Screen>
  );
}

function Feedback({ attempt, scenario }: { attempt: PracticeAttempt; scenario: Scenario }) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const steps = useStepWords();
  const words = scenarioWords(scenario.id, lang);
  // undefined while the worker works it out.
  const shortest = useShortestPath(scenario);
  const taken = takenPath(attempt.steps);
  const skipped = shortest ? skippedChecks(taken, shortest) : null;
  const repeated = repeatedChecks(taken);
  const right = isRightOutcome(attempt, scenario);
  const wrong = firstWrongAnswer(taken, scenario);

  const outcomeAt = (outcome: OutcomeKind, check: CheckId | null) => {
    const title = steps[`outcome.${outcome}`].title;
    return check ? t('attempt.at', { outcome: title, check: steps[check].title }) : title;
  };
  const reached = outcomeAt(attempt.outcome, attempt.endedAtStep);
  const expected = outcomeAt(scenario.expected.outcome, scenario.expected.at);
  const href = (view: Parameters<typeof placeHref>[0]['view']) =>
    placeHref({ view, step: 'start', lang, endedAt: null });

  return (
    <>
      <p className={right ? 'result result-right' : 'result result-wrong'}>
        {right
          ? t('attempt.right', { outcome: expected })
          : t('attempt.wrong', { reached, right: expected })}
      </p>
      <dl className="attempt-summary">
        <div>
          <dt>{t('attempt.scenario')}</dt>
          <dd>{words.title}</dd>
        </div>
        <div>
          <dt>{t('attempt.fault')}</dt>
          <dd>{words.fault}</dd>
        </div>
        {attempt.trainee && (
          <div>
            <dt>{t('attempt.trainee')}</dt>
            <dd>{attempt.trainee}</dd>
          </div>
        )}
        <div>
          <dt>{t('attempt.when')}</dt>
          <dd>{formatDateTime(attempt.startedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('attempt.time')}</dt>
          <dd>{formatDuration(durationOf(attempt), t)}</dd>
        </div>
      </dl>

      <FirstWrongAnswer wrong={wrong} scenario={scenario} words={words} />

      <h2>{t('attempt.pathsLabel')}</h2>
      <div className="paths-side-by-side">
        <PathList title={t('attempt.yourPath')} path={taken} />
        {shortest ? (
          <PathList
            title={t('attempt.shortestPath')}
            path={shortest}
            told={(entry) => toldByStory(entry, scenario)}
          >
            <p className="path-count">
              {t('attempt.afterStory', { count: screensAfterStory(shortest, scenario) })}
            </p>
          </PathList>
        ) : (
          <section className="path-column" aria-label={t('attempt.shortestPath')}>
            <h3>{t('attempt.shortestPath')}</h3>
            <p className="calm-status" role="status">
              {shortest === undefined ? t('practice.loading') : t('attempt.noShortest')}
            </p>
          </section>
        )}
      </div>

      <h2>{t('attempt.skipped')}</h2>
      {skipped ? (
        <CheckList lead={t('attempt.skippedLead')} checks={skipped} />
      ) : (
        <p className="calm-status">{t('practice.loading')}</p>
      )}
      <h2>{t('attempt.repeated')}</h2>
      <CheckList lead={t('attempt.repeatedLead')} checks={repeated} />

      <h2>{t('attempt.lesson')}</h2>
      <p>{words.lesson}</p>

      <div className="attempt-actions">
        <InAppLink
          className="button button-primary"
          href={href({ name: 'wizard', training: { scenario: scenario.id } })}
        >
          {t('attempt.tryAgain')}
        </InAppLink>
        <InAppLink
          className="button button-secondary"
          href={href({ name: 'flowchart', show: { kind: 'attempt', id: attempt.id } })}
        >
          {t('attempt.showOnChart')}
        </InAppLink>
        <InAppLink className="button button-quiet" href={href({ name: 'practice' })}>
          {t('attempt.allAttempts')}
        </InAppLink>
      </div>
    </>
  );
}

interface PathListProps {
  title: string;
  path: readonly PathStep[];
  /** Marks the entries whose answer the story had already given. */
  told?: (entry: PathStep) => boolean;
  children?: ReactNode;
}

function PathList({ title, path, told, children }: PathListProps) {
  const { t } = useTranslation('trainer');
  const steps = useStepWords();
  return (
    <section className="path-column" aria-label={title}>
      <h3>{title}</h3>
      <ol>
        {path.map((entry, index) => {
          const { step, move } = entry;
          if (step === 'start') return null;
          const title = steps[step].title;
          const label =
            !isCheckId(step) || move === null
              ? title
              : `${title} — ${move === 'stop' ? t('attempt.stopped') : answerLabel(steps, step, move)}`;
          return (
            <li key={`${step}-${index}`} className={isOutcomeId(step) ? 'path-outcome' : undefined}>
              {isOutcomeId(step) && <span aria-hidden="true">→ </span>}
              {label}
              {told?.(entry) && <span className="told-mark"> {t('attempt.toldMark')}</span>}
            </li>
          );
        })}
      </ol>
      {children}
    </section>
  );
}

interface FirstWrongAnswerProps {
  wrong: WrongAnswer | null;
  scenario: Scenario;
  words: ScenarioWords;
}

/** Points at the first answer that went against the scenario, with the clue the trainee had. */
function FirstWrongAnswer({ wrong, scenario, words }: FirstWrongAnswerProps) {
  const { t } = useTranslation(['trainer', 'ui']);
  const steps = useStepWords();
  const headingId = useId();
  const moveLabel = (check: CheckId, move: ScenarioMove) =>
    move === 'stop' ? t('ui:nav.abandon') : answerLabel(steps, check, move);
  return (
    <section className="first-wrong" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attempt.firstWrong')}</h2>
      {wrong === null ? (
        <p>{t('attempt.noWrong')}</p>
      ) : (
        <>
          <p>{t('attempt.clueAt', { check: steps[wrong.check].title })}</p>
          <blockquote className="clue">
            <p>
              {words.terminal[wrong.check] ??
                t('scenario.result', { answer: moveLabel(wrong.check, wrong.expected) })}
            </p>
          </blockquote>
          {scenario.told.includes(wrong.check) && <p>{t('attempt.storyToo')}</p>}
          <p>
            {t('attempt.gave', {
              given: moveLabel(wrong.check, wrong.given),
              expected: moveLabel(wrong.check, wrong.expected),
            })}
            {wrong.changed && ` ${t('attempt.changed')}`}
          </p>
        </>
      )}
    </section>
  );
}

function CheckList({ lead, checks }: { lead: string; checks: readonly CheckId[] }) {
  const { t } = useTranslation('trainer');
  const steps = useStepWords();
  if (checks.length === 0) return <p>{t('attempt.none')}</p>;
  return (
    <>
      <p>{lead}</p>
      <ul>
        {checks.map((check) => (
          <li key={check}>{steps[check].title}</li>
        ))}
      </ul>
    </>
  );
}
