import '../styles/index.css';
import { useEffect, type ReactNode } from 'react';
import { useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { InAppLink } from '../../ui';
import {
  answerLabel,
  isCheckId,
  isOutcomeId,
  StepView,
  type CheckId,
  type StepId,
} from '../../wizard';
import { scenarioById, scenarioWords, type Scenario } from '../scenarios';
import { useCounterPlace } from '../counterPlace';
import { usePracticeRun, type RunState } from './usePracticeRun';

interface TrainingViewProps {
  training: { scenario: string | null };
  onBack: () => void;
}

/** The wizard in training mode: a banner on every screen, the scenario playing the terminal. */
export default function TrainingView({ training, onBack }: TrainingViewProps) {
  const scenario = scenarioById(training.scenario);
  const run = usePracticeRun(scenario);
  useTrainingFrame();
  const aside = (step: StepId) => (
    <ScenarioPanel step={step} scenario={scenario} named={training.scenario} run={run} />
  );
  return (
    <>
      <TrainingBanner />
      <StepView onBack={onBack} aside={aside} />
    </>
  );
}

/** Marks the page while training, so the whole screen wears the training frame. */
function useTrainingFrame() {
  useEffect(() => {
    document.documentElement.dataset.mode = 'training';
    return () => {
      delete document.documentElement.dataset.mode;
    };
  }, []);
}

function TrainingBanner() {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const counter = useCounterPlace();
  const leave = placeHref({
    view: { name: 'wizard' },
    step: counter.step,
    lang,
    endedAt: counter.endedAt,
  });
  return (
    <aside className="training-banner" aria-label={t('training.label')}>
      <p role="status">
        <strong>{t('training.title')}</strong> {t('training.banner')}
      </p>
      <InAppLink className="training-leave" href={leave}>
        {t('training.leave')}
      </InAppLink>
    </aside>
  );
}

interface ScenarioPanelProps {
  step: StepId;
  scenario: Scenario | null;
  /** The scenario the link named (null: free practice). */
  named: string | null;
  run: RunState;
}

function ScenarioPanel({ step, scenario, named, run }: ScenarioPanelProps) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const steps = useStepWords();
  const words = scenario ? scenarioWords(scenario.id, lang) : null;

  let body: ReactNode;
  if (step === 'start') {
    body = (
      <>
        {named !== null && !scenario && <p role="alert">{t('scenario.unknown')}</p>}
        <h2>{t('scenario.storyTitle')}</h2>
        <p>{words ? words.story : t('training.free')}</p>
      </>
    );
  } else if (isCheckId(step)) {
    if (!scenario || !words) return null;
    body = (
      <>
        <h2>{t('scenario.panelTitle')}</h2>
        <p>{terminalLine(step, scenario, words.terminal[step], steps, t)}</p>
      </>
    );
  } else if (isOutcomeId(step)) {
    body = <Finished scenario={scenario} run={run} />;
  }
  return (
    <section className="scenario-panel" aria-label={t('scenario.panelLabel')}>
      {body}
    </section>
  );
}

type Translate = ReturnType<typeof useTranslation<'trainer'>>['t'];

/**
 * What the terminal shows at `check`: the scenario's own words, else the answer its move calls
 * for. A check off the scenario's right path (a wrong answer, a jump) says so.
 */
function terminalLine(
  check: CheckId,
  scenario: Scenario,
  told: string | undefined,
  steps: ReturnType<typeof useStepWords>,
  t: Translate,
): string {
  if (told) return told;
  const move = scenario.terminal.get(check);
  if (!move) return t('scenario.offPath');
  if (move === 'stop') return t('scenario.stop');
  return t('scenario.result', { answer: answerLabel(steps, check, move) });
}

function Finished({ scenario, run }: { scenario: Scenario | null; run: RunState }) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const practice = placeHref({
    view: { name: 'practice' },
    step: 'start',
    lang,
    endedAt: null,
  });
  if (!scenario) {
    return (
      <>
        <p className="calm-status" role="status">
          {t('scenario.freeFinished')}
        </p>
        <InAppLink className="panel-link" href={practice}>
          {t('scenario.pickScenario')}
        </InAppLink>
      </>
    );
  }
  return (
    <>
      <p className="calm-status" role="status">
        {run.kind === 'saving'
          ? t('scenario.saving')
          : run.kind === 'saved'
            ? t('scenario.finished')
            : ''}
      </p>
      {run.kind === 'failed' && <p role="alert">{t('scenario.saveFailed')}</p>}
      {run.kind === 'saved' && (
        <InAppLink
          className="button button-primary"
          href={placeHref({
            view: { name: 'attempt', id: run.id },
            step: 'start',
            lang,
            endedAt: null,
          })}
        >
          {t('scenario.seeFeedback')}
        </InAppLink>
      )}
    </>
  );
}
