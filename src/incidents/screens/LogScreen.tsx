import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { Button, Screen } from '../../ui';
import { outcomeKinds } from '../../wizard';
import { db } from '../../db/database';
import { logPage, type LogFilter, type OutcomeFilter } from '../queries';
import { BackupPanel } from './BackupPanel';
import { IncidentRow } from './IncidentRow';

const pageSize = 50;
const outcomeFilters: readonly OutcomeFilter[] = ['all', 'open', ...outcomeKinds];

/** `2026-11-25` from a date input, as local midnight (or the end of that day). */
function dayBound(value: string, end: boolean): number | null {
  if (!value) return null;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  return end
    ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime()
    : new Date(year, month - 1, day).getTime();
}

export default function LogScreen({ topBar }: { topBar: ReactNode }) {
  const { t } = useTranslation(['log', 'ui']);
  const formId = useId();
  const [outcome, setOutcome] = useState<OutcomeFilter>('all');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const filter: LogFilter = { outcome, from: dayBound(fromDay, false), to: dayBound(toDay, true) };
  const filtered = outcome !== 'all' || fromDay !== '' || toDay !== '';

  const incidents = useLiveQuery(
    () => logPage(db, filter, limit),
    [outcome, fromDay, toDay, limit],
    null,
  );
  const total = useLiveQuery(() => db.incidents.count(), [], null);

  const firstRendered = useRef(false);
  useEffect(() => {
    if (incidents && !firstRendered.current) {
      firstRendered.current = true;
      performance.mark('log:first-render');
    }
  }, [incidents]);

  const clearFilters = () => {
    setOutcome('all');
    setFromDay('');
    setToDay('');
    setLimit(pageSize);
  };

  return (
    <Screen screenKey="log" title={t('log.title')} appName={t('ui:appName')} topBar={topBar}>
      <p className="lead">{t('log.lead')}</p>
      {total !== null && <p>{t('log.count', { count: total })}</p>}

      <fieldset className="filters">
        <legend>{t('log.filters')}</legend>
        <label htmlFor={`${formId}-outcome`}>{t('log.outcome')}</label>
        <select
          id={`${formId}-outcome`}
          value={outcome}
          onChange={(event) => {
            setOutcome(outcomeFilters.find((value) => value === event.target.value) ?? 'all');
            setLimit(pageSize);
          }}
        >
          {outcomeFilters.map((value) => (
            <option key={value} value={value}>
              {value === 'all' ? t('log.allOutcomes') : t(`outcomes.${value}`)}
            </option>
          ))}
        </select>
        <div className="date-range">
          <div>
            <label htmlFor={`${formId}-from`}>{t('log.from')}</label>
            <input
              id={`${formId}-from`}
              type="date"
              value={fromDay}
              onChange={(event) => setFromDay(event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${formId}-to`}>{t('log.to')}</label>
            <input
              id={`${formId}-to`}
              type="date"
              value={toDay}
              onChange={(event) => setToDay(event.target.value)}
            />
          </div>
        </div>
        {filtered && (
          <Button variant="quiet" onClick={clearFilters}>
            {t('log.clearFilters')}
          </Button>
        )}
      </fieldset>

      {incidents === null ? (
        <p className="calm-status" role="status">
          {t('log.loading')}
        </p>
      ) : incidents.length === 0 ? (
        <p className="calm-status">{filtered ? t('log.emptyFiltered') : t('log.empty')}</p>
      ) : (
        <ol className="incident-list" aria-label={t('log.listLabel')}>
          {incidents.map((incident) => (
            <IncidentRow key={incident.id} incident={incident} />
          ))}
        </ol>
      )}
      {incidents?.length === limit && (
        <Button onClick={() => setLimit(limit + pageSize)}>{t('log.showMore')}</Button>
      )}

      {total !== null && <BackupPanel incidentCount={total} />}
      {total !== null && <DeleteAll count={total} />}
    </Screen>
  );
}

function DeleteAll({ count }: { count: number }) {
  const { t } = useTranslation(['log', 'ui']);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const deleteAll = async () => {
    await db.deleteAllIncidents();
    setConfirming(false);
    setDeleted(true);
  };

  if (deleted) {
    return (
      <p className="calm-status" role="status">
        {t('log.deletedAll')}
      </p>
    );
  }
  if (count === 0) return null;
  if (!confirming) {
    return (
      <Button variant="quiet" className="danger" onClick={() => setConfirming(true)}>
        {t('log.deleteAll')}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="delete-all-question">
      <p id="delete-all-question" ref={question} tabIndex={-1}>
        {t('log.deleteAllConfirm', { count })}
      </p>
      <Button variant="primary" className="danger" onClick={() => void deleteAll()}>
        {t('log.deleteAllYes')}
      </Button>
      <Button onClick={() => setConfirming(false)}>{t('log.cancel')}</Button>
    </div>
  );
}
