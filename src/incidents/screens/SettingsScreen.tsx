import '../styles/log.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { Button, Screen } from '../../ui';
import { db } from '../../db/database';
import { readTerminalDetails } from '../terminalDetails';
import type { TerminalDetails } from '../../db';

const fields = [
  'providerName',
  'providerHotline',
  'terminalSn',
  'merchantNumber',
  'terminalNumber',
] as const;
type Field = (typeof fields)[number];

/** What a phone keyboard and the browser's autofill should offer for each field. */
const inputMode: Record<Field, 'text' | 'tel'> = {
  providerName: 'text',
  providerHotline: 'tel',
  terminalSn: 'text',
  merchantNumber: 'text',
  terminalNumber: 'text',
};

const hotlinePattern = /^[\d\s+\-()]*$/;

interface SettingsScreenProps {
  topBar: ReactNode;
  /** Shown once the details are saved: the way back to the check or outcome that sent here. */
  afterSave?: ReactNode;
}

export default function SettingsScreen({ topBar, afterSave }: SettingsScreenProps) {
  const { t } = useTranslation(['log', 'ui']);
  // Read so that an outcome shown after saving draws the new details in its first frame.
  const stored = useLiveQuery(readTerminalDetails, [], null);
  return (
    <Screen
      screenKey="settings"
      title={t('settings.title')}
      appName={t('ui:appName')}
      topBar={topBar}
    >
      <p className="lead">{t('settings.lead')}</p>
      {stored === null ? (
        <p className="calm-status" role="status">
          {t('log.loading')}
        </p>
      ) : (
        <TerminalDetailsForm stored={stored} afterSave={afterSave} />
      )}
    </Screen>
  );
}

function TerminalDetailsForm({
  stored,
  afterSave,
}: {
  stored: TerminalDetails;
  afterSave: ReactNode;
}) {
  const { t } = useTranslation(['log', 'ui']);
  const [details, setDetails] = useState(stored);
  const [hotlineError, setHotlineError] = useState(false);
  const [saved, setSaved] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (hotlineError) errorSummary.current?.focus();
  }, [hotlineError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed: TerminalDetails = {
      providerName: details.providerName.trim(),
      providerHotline: details.providerHotline.trim(),
      terminalSn: details.terminalSn.trim(),
      merchantNumber: details.merchantNumber.trim(),
      terminalNumber: details.terminalNumber.trim(),
    };
    if (!hotlinePattern.test(trimmed.providerHotline)) {
      setHotlineError(true);
      setSaved(false);
      return;
    }
    setHotlineError(false);
    await db.saveSetting({ key: 'terminal', value: trimmed });
    setDetails(trimmed);
    setSaved(true);
  };

  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      {hotlineError && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={errorSummary}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">{t('settings.errorSummary')}</h2>
          <a href="#setting-providerHotline">{t('settings.hotlineInvalid')}</a>
        </div>
      )}
      {fields.map((field) => {
        const invalid = field === 'providerHotline' && hotlineError;
        return (
          <div className={invalid ? 'field field-error' : 'field'} key={field}>
            <label htmlFor={`setting-${field}`}>{t(`settings.${field}`)}</label>
            {invalid && (
              <p className="field-error-message" id="setting-providerHotline-error">
                {t('settings.hotlineInvalid')}
              </p>
            )}
            <input
              id={`setting-${field}`}
              type={inputMode[field]}
              inputMode={inputMode[field]}
              autoComplete="off"
              value={details[field]}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? 'setting-providerHotline-error' : undefined}
              onChange={(event) => {
                setDetails({ ...details, [field]: event.target.value });
                setSaved(false);
              }}
            />
          </div>
        );
      })}
      <Button variant="primary" type="submit">
        {t('settings.save')}
      </Button>
      <p className="calm-status" role="status">
        {saved && t('settings.saved')}
      </p>
      {saved && afterSave}
    </form>
  );
}
