import { formatDateTime, useLanguage, useStepWords, useTranslation } from '../../i18n';
import { locationSearch } from '../../share';
import { InAppLink } from '../../ui';
import { isCheckId } from '../../wizard';
import type { Incident } from '../types';

/** Where an incident ended, in words: the check that fixed it, where it stopped, or still open. */
export function useWhereEnded() {
  const { t } = useTranslation(['log', 'ui']);
  const words = useStepWords();
  return (incident: Incident) => {
    if (incident.endedAtStep) return words[incident.endedAtStep].title;
    const lastCheck = incident.steps.map((entry) => entry.step).findLast(isCheckId);
    const at = lastCheck ? words[lastCheck].title : '';
    return incident.outcome === 'open' ? `${t('incident.stillOpen')}: ${at}` : at;
  };
}

export function IncidentRow({ incident }: { incident: Incident }) {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  const whereEnded = useWhereEnded();
  return (
    <li className={`incident-row outcome-${incident.outcome}`}>
      <InAppLink
        href={locationSearch({
          view: { name: 'incident', id: incident.id },
          step: 'start',
          lang,
          endedAt: null,
        })}
      >
        <strong>{formatDateTime(incident.startedAt, lang)}</strong>
        <span>
          {incident.code
            ? t('log.rowCode', {
                outcome: t(`outcomes.${incident.outcome}`),
                where: whereEnded(incident),
                code: incident.code,
              })
            : t('log.row', {
                outcome: t(`outcomes.${incident.outcome}`),
                where: whereEnded(incident),
              })}
        </span>
      </InAppLink>
    </li>
  );
}
