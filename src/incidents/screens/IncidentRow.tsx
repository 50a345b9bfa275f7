import '../styles/log.css';
import { formatShortDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { InAppLink } from '../../ui';
import { notePreview, outcomeTone, whereEnded } from '../describe';
import type { Incident } from '../../db';

/** Where an incident ended, in words: the check that fixed it, where it stopped, or still open. */
export function useWhereEnded() {
  const { t } = useTranslation(['log', 'ui']);
  const words = useStepWords();
  return (incident: Incident) =>
    whereEnded(incident, words, (step) => t('incident.stillOpenAt', { step }));
}

/**
 * Read out between the parts of a row, which the eye takes from the layout instead: the row's
 * name runs "<outcome> · <where> · <code> · <note> · <time>", what sets it apart first.
 */
function Pause() {
  return <span className="visually-hidden"> · </span>;
}

/** A right-pointing chevron: the row opens something, as a row of a phone's list does. */
function Chevron() {
  return (
    <svg
      className="row-chevron"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 3l5 5-5 5" />
    </svg>
  );
}

/** One incident in the log: a link to its detail that says what set it apart at a glance. */
export function IncidentRow({ incident }: { incident: Incident }) {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  const words = useStepWords();
  const note = notePreview(incident.note);
  return (
    <li
      className={`incident-row outcome-${incident.outcome} tone-${outcomeTone(incident.outcome)}`}
    >
      <InAppLink
        className="incident-link"
        href={placeHref({
          view: { name: 'incident', id: incident.id },
          step: 'start',
          lang,
          endedAt: null,
        })}
      >
        <span className="row-text">
          <strong className="row-outcome">{t(`outcomes.${incident.outcome}`)}</strong>
          <Pause />
          {/* An open one says "Open" just above: the check it is at needs no "Still open:". */}
          <span className="row-where">{whereEnded(incident, words)}</span>
          {(incident.code || note) && (
            <span className="row-details">
              {incident.code && (
                <>
                  <Pause />
                  <span className="row-code">{t('log.rowCode', { code: incident.code })}</span>
                </>
              )}
              {note && (
                <>
                  <Pause />
                  <span className="visually-hidden">{t('log.rowNote')} </span>
                  {/* The note as typed (masked), never through i18next's interpolation. */}
                  <span className="row-note">“{note}”</span>
                </>
              )}
            </span>
          )}
          <Pause />
          <span className="row-time">{formatShortDateTime(incident.startedAt, lang)}</span>
        </span>
        <Chevron />
      </InAppLink>
    </li>
  );
}
