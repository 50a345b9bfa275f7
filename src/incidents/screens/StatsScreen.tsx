import '../styles/stats.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useLanguage, useStepWords, useTranslation } from '../../i18n';
import { Screen } from '../../ui';
import { outcomeKinds } from '../../wizard';
import { db } from '../../db/database';
import { incidentStats, type IncidentStats } from '../queries';
import { BarChart, type Bar } from './BarChart';

/** The fixed-by chart names this many checks at most, the most frequent. */
const maxFixedBy = 8;

/** How the log adds up: by outcome, by the check that fixed E1, and week by week. */
export default function StatsScreen({ topBar }: { topBar: ReactNode }) {
  const { t } = useTranslation(['log', 'ui']);
  // null while the first read is under way, so "loading" never looks like "no incidents".
  const stats = useLiveQuery(() => incidentStats(db, Date.now()), [], null);

  const marked = useRef(false);
  useEffect(() => {
    if (stats === null || marked.current) return;
    marked.current = true;
    // Read by the benchmark (scripts/bench.ts); nothing in the app depends on it.
    performance.mark('stats:ready');
  }, [stats]);

  return (
    <Screen title={t('stats.title')} screenKey="stats" appName={t('ui:appName')} topBar={topBar}>
      {stats === null ? (
        <p role="status">{t('log.loading')}</p>
      ) : stats.total === 0 ? (
        <p className="lead">{t('stats.none')}</p>
      ) : (
        <StatsFigures stats={stats} />
      )}
    </Screen>
  );
}

function StatsFigures({ stats }: { stats: IncidentStats }) {
  const { t } = useTranslation(['log', 'ui']);
  const language = useLanguage();
  const stepWords = useStepWords();
  const noneFixedId = useId();
  const { weekLabel, count } = useMemo(() => {
    const weekFormat = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' });
    const countFormat = new Intl.NumberFormat(language);
    return {
      weekLabel: (time: number) => weekFormat.format(time),
      count: (value: number) => countFormat.format(value),
    };
  }, [language]);

  const ended = outcomeKinds.reduce((sum, kind) => sum + stats.byOutcome[kind], 0);
  const byOutcome: Bar[] = [
    ...outcomeKinds.map((kind) => ({ label: t(`outcomes.${kind}`), value: stats.byOutcome[kind] })),
    // An unfinished incident counts in the total, so it is shown too, but only when there is one.
    ...(stats.total > ended ? [{ label: t('outcomes.open'), value: stats.total - ended }] : []),
  ];
  const fixedBy: Bar[] = stats.fixedBy
    .slice(0, maxFixedBy)
    .map(({ step, count: value }) => ({ label: stepWords[step].title, value }));
  const perWeek: Bar[] = stats.perWeek.map(({ weekStart, count: value }) => ({
    label: weekLabel(weekStart),
    value,
  }));
  const byCode: Bar[] = stats.byCode.map(({ code, count: value }) => ({ label: code, value }));

  return (
    <>
      <p className="lead">{t('stats.total', { count: stats.total })}</p>
      <BarChart title={t('stats.byOutcome')} bars={byOutcome} valueLabel={count} />
      {fixedBy.length > 0 ? (
        <BarChart title={t('stats.fixedBy')} bars={fixedBy} valueLabel={count} />
      ) : (
        <section className="bar-chart" aria-labelledby={noneFixedId}>
          <h2 id={noneFixedId}>{t('stats.fixedBy')}</h2>
          <p>{t('stats.noneFixed')}</p>
        </section>
      )}
      <BarChart title={t('stats.perWeek')} bars={perWeek} valueLabel={count} />
      {/* Only once an incident has followed a response code into the checks. */}
      {byCode.length > 0 && <BarChart title={t('stats.byCode')} bars={byCode} valueLabel={count} />}
    </>
  );
}
