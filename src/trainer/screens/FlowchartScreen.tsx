import '../styles/index.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import type { PracticeAttempt } from '../../db';
import type { IncidentPath } from '../attempts';
import { loadAttemptStore } from '../attemptStore';
import { placeHref, type PathOnChart } from '../../places';
import { Button, navigateTo, Screen } from '../../ui';
import type { StepId } from '../../wizard';
import { noHighlight, type ChartHighlight } from '../flowchart/ChartSvg';
import { Flowchart } from '../flowchart/Flowchart';
import { scenarioById, scenarioWords, type Scenario } from '../scenarios';
import { useShortestPath } from '../useShortestPath';
import { TrainerPageBar } from '../TrainerPageBar';

interface FlowchartScreenProps {
  /** A walk to mark on the chart. */
  show?: PathOnChart;
}

/** The whole tree as a picture, with a trainee's attempt or an incident marked on it. */
export default function FlowchartScreen({ show }: FlowchartScreenProps) {
  const { t } = useTranslation(['trainer', 'ui']);
  return (
    <Screen
      screenKey="flowchart"
      title={t('flowchart.title')}
      appName={t('ui:appName')}
      topBar={<TrainerPageBar current="flowchart" />}
    >
      <p className="lead">{t('flowchart.lead')}</p>
      <PathPicker current={show} />
      {show ? (
        <MarkedChart key={`${show.kind}:${show.id}`} show={show} />
      ) : (
        <Flowchart highlight={noHighlight} />
      )}
    </Screen>
  );
}

type Marked =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'found'; label: string; taken: StepId[]; scenario: Scenario | null };

function MarkedChart({ show }: { show: PathOnChart }) {
  const { t } = useTranslation('trainer');
  const marked = useMarkedPath(show);
  const shortest = useShortestPath(marked.kind === 'found' ? marked.scenario : null);
  const highlight: ChartHighlight =
    marked.kind === 'found'
      ? { taken: marked.taken, shortest: shortest?.map((entry) => entry.step) ?? [] }
      : noHighlight;
  return (
    <>
      <p className="calm-status" role="status">
        {marked.kind === 'loading'
          ? t('practice.loading')
          : marked.kind === 'missing'
            ? t('flowchart.pathMissing')
            : t('flowchart.showing', { what: marked.label })}
      </p>
      {marked.kind === 'found' && <Legend highlight={highlight} />}
      <Flowchart highlight={highlight} />
    </>
  );
}

function Legend({ highlight }: { highlight: ChartHighlight }) {
  const { t } = useTranslation('trainer');
  return (
    <dl className="chart-legend" aria-label={t('flowchart.legend')}>
      <div>
        <dt>
          <svg width="40" height="12" aria-hidden="true">
            <line className="legend-taken" x1="2" y1="6" x2="38" y2="6" />
          </svg>
        </dt>
        <dd>{t('flowchart.legendTaken')}</dd>
      </div>
      {highlight.shortest.length > 0 && (
        <div>
          <dt>
            <svg width="40" height="12" aria-hidden="true">
              <line className="legend-shortest" x1="2" y1="6" x2="38" y2="6" />
            </svg>
          </dt>
          <dd>{t('flowchart.legendShortest')}</dd>
        </div>
      )}
    </dl>
  );
}

type Found = { attempt: PracticeAttempt } | { incident: IncidentPath };

/** Reads the attempt or incident to mark; the store loads with it. */
function useMarkedPath(show: PathOnChart): Marked {
  const language = useLanguage();
  const [found, setFound] = useState<Found | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void loadAttemptStore()
      .then((store): Promise<Found | null> =>
        show.kind === 'attempt'
          ? store.attemptById(show.id).then((attempt) => (attempt ? { attempt } : null))
          : store.incidentPathById(show.id).then((incident) => (incident ? { incident } : null)),
      )
      .catch(() => null)
      .then((result) => {
        if (current) setFound(result);
      });
    return () => {
      current = false;
    };
  }, [show.kind, show.id]);

  if (found === undefined) return { kind: 'loading' };
  if (found === null) return { kind: 'missing' };
  if ('incident' in found) {
    return {
      kind: 'found',
      label: formatDateTime(found.incident.startedAt, language),
      taken: ['start', ...found.incident.steps],
      scenario: null,
    };
  }
  const { attempt } = found;
  const scenario = scenarioById(attempt.scenario);
  const taken: StepId[] = ['start', ...attempt.steps.map((entry) => entry.step)];
  return {
    kind: 'found',
    label: [
      scenario ? scenarioWords(scenario.id, language).title : attempt.scenario,
      attempt.trainee,
      formatDateTime(attempt.startedAt, language),
    ]
      .filter(Boolean)
      .join(' · '),
    taken,
    scenario,
  };
}

interface Choices {
  attempts: PracticeAttempt[];
  incidents: IncidentPath[];
}

/** Picks an attempt or an incident to mark; choosing moves only when "Show" is pressed. */
function PathPicker({ current }: { current?: PathOnChart }) {
  const { t } = useTranslation('trainer');
  const language = useLanguage();
  const steps = useStepWords();
  const selectId = useId();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [chosen, setChosen] = useState(current ? `${current.kind}:${current.id}` : '');

  useEffect(() => {
    let live = true;
    void loadAttemptStore()
      .then((store) => Promise.all([store.recentAttempts(20), store.recentIncidentPaths(20)]))
      .then(
        ([attempts, incidents]) => live && setChoices({ attempts, incidents }),
        () => live && setChoices({ attempts: [], incidents: [] }),
      );
    return () => {
      live = false;
    };
  }, []);

  if (!choices || (choices.attempts.length === 0 && choices.incidents.length === 0)) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, ...rest] = chosen.split(':');
    const id = rest.join(':');
    const show: PathOnChart | undefined =
      (kind === 'attempt' || kind === 'incident') && id ? { kind, id } : undefined;
    navigateTo(
      placeHref({
        view: { name: 'flowchart', show },
        step: 'start',
        lang: language,
        endedAt: null,
      }),
    );
  };

  const lastStepTitle = (incident: IncidentPath) => {
    const last = incident.steps.at(-1);
    return last && last !== 'start' ? steps[last].title : '';
  };

  return (
    <form className="path-picker" onSubmit={submit}>
      <label htmlFor={selectId}>{t('flowchart.showPath')}</label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('flowchart.noPath')}</option>
        {choices.attempts.length > 0 && (
          <optgroup label={t('flowchart.attemptsGroup')}>
            {choices.attempts.map((attempt) => (
              <option key={attempt.id} value={`attempt:${attempt.id}`}>
                {[
                  scenarioById(attempt.scenario)
                    ? scenarioWords(attempt.scenario, language).title
                    : attempt.scenario,
                  attempt.trainee,
                  formatDateTime(attempt.startedAt, language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </option>
            ))}
          </optgroup>
        )}
        {choices.incidents.length > 0 && (
          <optgroup label={t('flowchart.incidentsGroup')}>
            {choices.incidents.map((incident) => (
              <option key={incident.id} value={`incident:${incident.id}`}>
                {[formatDateTime(incident.startedAt, language), lastStepTitle(incident)]
                  .filter(Boolean)
                  .join(' · ')}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <Button type="submit" variant="secondary">
        {t('flowchart.show')}
      </Button>
    </form>
  );
}
