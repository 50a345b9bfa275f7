import { useState } from 'react';
import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { Banner, Button, InAppLink } from '../../ui';
import { useCurrentStep } from '../../wizard';
import { lastStepOf } from '../record';
import { useIncidentSession, type SessionOptions } from '../session';

interface IncidentRecordingProps extends SessionOptions {
  /** False away from the checks (the log, settings), where the offer would be out of place. */
  offerResume: boolean;
}

/**
 * Records the wizard into the log (session.ts), and says what became of an incident left open:
 * continued, offered, or the one a linked step is recorded in; and when saving fails.
 */
export default function IncidentRecording({ offerResume, ...options }: IncidentRecordingProps) {
  const { t } = useTranslation(['log', 'ui']);
  const language = useLanguage();
  const stepWords = useStepWords();
  const step = useCurrentStep();
  const session = useIncidentSession(options);
  const { notice, moved, saveState } = session;

  // Moving on without answering the offer starts a new incident (resume.ts ends the old one).
  const [openedAtStep] = useState(step);
  const stillOnOpeningStep = step === openedAtStep;

  const linkChoice = notice.kind === 'linked' ? notice.choice : null;
  const linkTime = linkChoice && formatDateTime(linkChoice.incident.startedAt, language);
  const offered = notice.kind === 'offered' ? notice.incident : null;
  const offeredStep = offered && offerResume && stillOnOpeningStep ? lastStepOf(offered) : null;
  return (
    <>
      {linkChoice && linkTime && offerResume && !moved && (
        <div className="link-choice">
          <p role="status">
            {linkChoice.joined
              ? t('link.joined', { time: linkTime })
              : t('link.separated', { time: linkTime })}
          </p>
          <Button
            variant="quiet"
            onClick={() =>
              linkChoice.joined
                ? session.separateLinked(linkChoice)
                : session.joinLinked(linkChoice)
            }
          >
            {linkChoice.joined ? t('link.separate') : t('link.join')}
          </Button>
        </div>
      )}
      {offered && offeredStep && (
        <section className="resume-offer" aria-labelledby="resume-offer-title">
          <h2 id="resume-offer-title">{t('resume.title')}</h2>
          <p>
            {t('resume.body', {
              time: formatDateTime(offered.startedAt, language),
              step: offeredStep === 'start' ? '' : stepWords[offeredStep].title,
            })}
          </p>
          <div className="resume-actions">
            <Button variant="primary" onClick={() => session.continueOffered(offered)}>
              {t('resume.continue')}
            </Button>
            <Button onClick={() => void session.endOffered(offered)}>{t('resume.end')}</Button>
          </div>
        </section>
      )}
      {session.offerEnded && offerResume && stillOnOpeningStep && (
        <p className="calm-status" role="status">
          {t('resume.ended')}{' '}
          <InAppLink
            href={placeHref({
              view: { name: 'log' },
              step: 'start',
              lang: language,
              endedAt: null,
            })}
          >
            {t('resume.openLog')}
          </InAppLink>
        </p>
      )}
      {notice.kind === 'continued' && stillOnOpeningStep && (
        <p className="calm-status" role="status">
          {t('resume.continued', { time: formatDateTime(notice.startedAt, language) })}
        </p>
      )}
      {saveState.kind === 'failed' && (
        <Banner tone="alert">
          {/* An upgrade elsewhere says itself that the answers are kept. */}
          {saveState.kept && saveState.problem !== 'upgradedElsewhere'
            ? t('storage.withKept', {
                problem: t(`storage.${saveState.problem}`),
                kept: t('storage.kept'),
              })
            : t(`storage.${saveState.problem}`)}
          {saveState.problem === 'upgradedElsewhere' && (
            <Button variant="quiet" onClick={() => window.location.reload()}>
              {t('storage.reload')}
            </Button>
          )}
        </Banner>
      )}
    </>
  );
}
