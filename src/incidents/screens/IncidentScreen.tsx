import '../styles/log.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import {
  formatDateTime,
  languageNames,
  useLanguage,
  useStepWords,
  useTranslation,
} from '../../i18n';
import { placeHref } from '../../places';
import { Button, InAppLink, Screen } from '../../ui';
import { answerLabel, isCheckId } from '../../wizard';
import type { Incident } from '../../db';
import { db } from '../../db/database';
import type { HandoffSlot } from '../handoffSlot';
import { terminalDetails } from '../queries';
import { useWhereEnded } from './IncidentRow';
import { NoteEditor } from './NoteEditor';

interface IncidentScreenProps {
  topBar: ReactNode;
  id: string;
  /** The summary for support, passed in by the app. */
  handoff: HandoffSlot;
}

/** One incident: when, how it ended, every step with its answer, the note; delete with undo. */
export default function IncidentScreen({ topBar, id, handoff }: IncidentScreenProps) {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  // undefined while loading, null when not on this device.
  const incident = useLiveQuery(async () => (await db.incidents.get(id)) ?? null, [id], undefined);
  const [deleted, setDeleted] = useState<Incident | null>(null);
  const logHref = placeHref({ view: { name: 'log' }, step: 'start', lang, endedAt: null });

  const remove = async (target: Incident) => {
    await db.deleteIncident(target.id);
    setDeleted(target);
  };
  const undo = async (target: Incident) => {
    await db.saveIncidents([target]);
    setDeleted(null);
  };

  if (incident === undefined) {
    return (
      <Screen
        screenKey={`incident-${id}`}
        title={t('log.loading')}
        appName={t('ui:appName')}
        topBar={topBar}
      >
        {null}
      </Screen>
    );
  }
  if (deleted) {
    return (
      <Screen
        screenKey={`incident-${id}-deleted`}
        title={t('incident.deleted')}
        appName={t('ui:appName')}
        topBar={topBar}
      >
        <p className="calm-status" role="status">
          {t('incident.deleted')}
        </p>
        <Button variant="primary" onClick={() => void undo(deleted)}>
          {t('incident.undo')}
        </Button>
        <p>
          <InAppLink href={logHref}>{t('incident.backToLog')}</InAppLink>
        </p>
      </Screen>
    );
  }
  if (incident === null) {
    return (
      <Screen
        screenKey={`incident-${id}-missing`}
        title={t('incident.notFound')}
        appName={t('ui:appName')}
        topBar={topBar}
      >
        <p>
          <InAppLink href={logHref}>{t('incident.backToLog')}</InAppLink>
        </p>
      </Screen>
    );
  }
  return (
    <Screen
      screenKey={`incident-${id}`}
      title={t('incident.title', { time: formatDateTime(incident.startedAt, lang) })}
      appName={t('ui:appName')}
      topBar={topBar}
    >
      <IncidentSummary incident={incident} />
      <IncidentPath incident={incident} />
      <NoteEditor
        key={incident.id}
        note={incident.note}
        onSave={(note) => db.saveNote(incident.id, note)}
      />
      <IncidentHandoff incident={incident} handoff={handoff} />
      <Button variant="quiet" className="danger" onClick={() => void remove(incident)}>
        {t('incident.delete')}
      </Button>
    </Screen>
  );
}

function IncidentSummary({ incident }: { incident: Incident }) {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  const whereEnded = useWhereEnded();
  const seconds =
    incident.endedAt === null ? null : Math.round((incident.endedAt - incident.startedAt) / 1000);
  const rows: [string, string][] = [
    [t('incident.outcome'), t(`outcomes.${incident.outcome}`)],
    ...(incident.code ? [[t('incident.code'), incident.code] as [string, string]] : []),
    [t('incident.endedAt'), whereEnded(incident)],
    [t('incident.started'), formatDateTime(incident.startedAt, lang)],
    [
      t('incident.ended'),
      incident.endedAt === null ? t('incident.stillOpen') : formatDateTime(incident.endedAt, lang),
    ],
    ...(seconds === null
      ? []
      : [
          [
            t('incident.duration'),
            t('incident.durationValue', {
              minutes: Math.floor(seconds / 60),
              seconds: seconds % 60,
            }),
          ] as [string, string],
        ]),
    [t('incident.language'), languageNames[incident.language]],
  ];
  return (
    <dl className="incident-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function IncidentPath({ incident }: { incident: Incident }) {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  const words = useStepWords();
  const time = (at: number) => new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }).format(at);
  return (
    <>
      <h2 id="incident-path">{t('incident.path')}</h2>
      <ol className="incident-path" aria-labelledby="incident-path">
        {incident.steps
          .filter((entry) => entry.step !== 'start')
          .map((entry, index) => (
            <li key={`${entry.step}-${index}`}>
              <span className="path-time">{time(entry.shownAt)}</span>{' '}
              <span className="path-step">
                {entry.step === 'start' ? '' : words[entry.step].title}
              </span>
              {entry.answer && isCheckId(entry.step) && (
                <span className="path-answer">
                  {' '}
                  — {answerLabel(words, entry.step, entry.answer)}
                </span>
              )}
            </li>
          ))}
      </ol>
    </>
  );
}

/** The summary for support, made from this incident and the terminal details in settings. */
function IncidentHandoff({ incident, handoff }: { incident: Incident; handoff: HandoffSlot }) {
  const terminal = useLiveQuery(() => terminalDetails(db), [], null);
  return terminal && handoff({ incident, terminal });
}
