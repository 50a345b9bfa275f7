import { useEffect, useId, useMemo, useState } from 'react';
import { maskCardNumbers, type Incident, type TerminalDetails } from '../../db';
import { useLanguage, useTranslation } from '../../i18n';
import { Button } from '../../ui';
// Through the index, not ./links: importing links.ts from a lazy chunk makes Rolldown split the
// first screen's chunk in two (a bigger first screen).
import { placeHref } from '../../places';
import { appUrl, canShare, copyText, shareOrCopy } from '../sharing';
import { encodeHandoff } from './handoffLink';
import { handoffSummary, noPaymentDetails, type PaymentDetails } from './summary';
import { summaryText } from './summaryText';

interface HandoffPanelProps {
  incident: Incident;
  terminal: TerminalDetails;
}

type Status = 'shared' | 'textCopied' | 'linkCopied' | 'copyFailed';

const paymentFields = ['time', 'amount', 'reference'] as const;
const fieldLabels = {
  time: 'handoff.paymentTime',
  amount: 'handoff.amount',
  reference: 'handoff.reference',
} as const;

/**
 * "Make a summary for support": optional payment details, then the summary as text (to paste
 * into a chat) and as a link that opens it read-only on the agent's phone.
 */
export default function HandoffPanel({ incident, terminal }: HandoffPanelProps) {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [payment, setPayment] = useState<PaymentDetails>(noPaymentDetails);
  const [link, setLink] = useState<{ url: string | null; for: unknown } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  const summary = useMemo(
    () => handoffSummary(incident, terminal, payment, maskCardNumbers),
    [incident, terminal, payment],
  );
  const text = summaryText(summary, t, language);

  useEffect(() => {
    if (!open) return;
    let current = true;
    encodeHandoff(summary).then(
      (data) => {
        const href = placeHref({
          view: { name: 'handoff', data },
          step: 'start',
          lang: null,
          endedAt: null,
        });
        if (current) setLink({ url: appUrl(href), for: summary });
      },
      // Without compression or hashing (a very old browser) the text still goes, without a link.
      () => current && setLink({ url: null, for: summary }),
    );
    return () => {
      current = false;
    };
  }, [open, summary]);

  // The link made for an older version of the summary is not offered with the new text.
  const url = link?.for === summary ? link.url : undefined;
  const ready = url !== undefined;
  const message = url ? `${text}\n\n${t('summary.link', { url })}` : text;

  const shareText = async () => {
    const result = await shareOrCopy({ title: t('summary.title'), text: message }, message);
    if (result !== 'cancelled') {
      setStatus(result === 'shared' ? 'shared' : result === 'copied' ? 'textCopied' : 'copyFailed');
    }
  };
  const copyLink = async () => {
    if (url) setStatus((await copyText(url)) ? 'linkCopied' : 'copyFailed');
  };

  return (
    <section className="handoff-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('handoff.title')}</h2>
      <p className="hint">{t('handoff.lead')}</p>
      <Button
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('handoff.open')}
      </Button>
      <div id={`${id}-body`} className="handoff-body" hidden={!open}>
        {paymentFields.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`}>{t(fieldLabels[field])}</label>
            {field === 'reference' && (
              <p className="hint" id={`${id}-reference-hint`}>
                {t('handoff.referenceHint')}
              </p>
            )}
            <input
              id={`${id}-${field}`}
              type="text"
              inputMode={field === 'amount' ? 'decimal' : undefined}
              autoComplete="off"
              maxLength={64}
              aria-describedby={field === 'reference' ? `${id}-reference-hint` : undefined}
              value={payment[field]}
              onChange={(event) => {
                setPayment((previous) => ({ ...previous, [field]: event.target.value }));
                setStatus(null);
              }}
            />
          </div>
        ))}
        <label htmlFor={`${id}-text`}>{t('handoff.text')}</label>
        <textarea id={`${id}-text`} readOnly rows={12} value={ready ? message : ''} />
        <div className="handoff-actions">
          <Button variant="primary" disabled={!ready} onClick={() => void shareText()}>
            {canShare() ? t('handoff.share') : t('handoff.copyText')}
          </Button>
          {url && <Button onClick={() => void copyLink()}>{t('handoff.copyLink')}</Button>}
        </div>
      </div>
      <p className="calm-status" role="status">
        {open && !ready ? t('handoff.making') : status ? t(`handoff.${status}`) : ''}
      </p>
    </section>
  );
}
