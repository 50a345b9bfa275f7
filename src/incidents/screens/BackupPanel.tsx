import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent } from 'react';
import {
  formatDateTime,
  useLanguage,
  useStepWords,
  useTranslation,
  type LogWords,
} from '../../i18n';
import { Banner, Button } from '../../ui';
import { db } from '../../db/database';
import { downloadText, fileDate } from '../download';
import type { ImportProblem } from '../exchange';
import { exportAge } from '../queries';

/** Safari clears a site's storage after seven days without a visit; the export is the backup. */
const reminderAfterDays = 7;

type ImportMessage =
  | { kind: 'imported'; added: number; updated: number; unchanged: number }
  | { kind: 'refused'; problem: ImportProblem | 'unreadable' };

export function BackupPanel({ incidentCount }: { incidentCount: number }) {
  const { t, i18n } = useTranslation(['log', 'ui']);
  const language = useLanguage();
  // The CSV is written in the language on screen when exporting.
  const steps = useStepWords();
  const log: LogWords = i18n.getResourceBundle(language, 'log');
  const fileInputId = useId();
  const age = useLiveQuery(() => exportAge(db), [], null);
  const lastExport = age?.lastExportAt ?? null;
  const [importMessage, setImportMessage] = useState<ImportMessage | null>(null);

  const exportAs = async (kind: 'csv' | 'json') => {
    const now = Date.now();
    // The CSV and JSON code (papaparse, zod) loads when first used, not with the log.
    const [{ toCsv, toJson }, incidents] = await Promise.all([
      import('../exchange'),
      db.incidents.orderBy('startedAt').reverse().toArray(),
    ]);
    const text =
      kind === 'csv' ? toCsv(incidents, { steps, log }) : toJson(incidents, new Date(now));
    downloadText(
      `e1-incidents-${fileDate(now)}.${kind}`,
      text,
      kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    );
    performance.mark(`export:${kind}:done`);
    await db.saveSetting({ key: 'lastExportAt', value: now });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { importExport } = await import('../exchange');
      const result = await importExport(db, await file.text());
      setImportMessage(
        result.ok ? { kind: 'imported', ...result } : { kind: 'refused', problem: result.problem },
      );
    } catch {
      setImportMessage({ kind: 'refused', problem: 'unreadable' });
    }
  };

  const remind =
    incidentCount > 0 && age !== null && (age.days === null || age.days > reminderAfterDays);

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="hint">
        {lastExport
          ? t('backup.lastExport', { time: formatDateTime(lastExport, language) })
          : t('backup.never')}
      </p>
      {remind && (
        <p className="reminder" role="status">
          {lastExport
            ? t('backup.reminder', { days: reminderAfterDays })
            : t('backup.reminderNever')}
        </p>
      )}
      <div className="backup-actions">
        <Button onClick={() => void exportAs('csv')} disabled={incidentCount === 0}>
          {t('backup.csv')}
        </Button>
        <Button onClick={() => void exportAs('json')} disabled={incidentCount === 0}>
          {t('backup.json')}
        </Button>
        <label className="button button-secondary file-button" htmlFor={fileInputId}>
          {t('backup.import')}
        </label>
        <input
          id={fileInputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event)}
        />
      </div>
      {importMessage?.kind === 'imported' && (
        <p className="calm-status" role="status">
          {t('backup.imported', importMessage)}
        </p>
      )}
      {importMessage?.kind === 'refused' && (
        <Banner tone="alert">{t(`backup.problems.${importMessage.problem}`)}</Banner>
      )}
    </section>
  );
}
