import { useState } from 'react';
import { useStepWords, useTranslation } from '../../i18n';
import { Button } from '../../ui';
import type { CheckId } from '../../wizard';
// Through the index, not ./links: importing links.ts from a lazy chunk makes Rolldown split the
// first screen's chunk in two (a bigger first screen).
import { placeHref } from '../../places';
import { appUrl, shareOrCopy, type ShareResult } from '../sharing';
import { QrCode } from './QrCode';

const statusKey = {
  shared: 'shareStep.shared',
  copied: 'shareStep.copied',
  failed: 'shareStep.copyFailed',
} as const;

/**
 * "Share this step": the share sheet or the clipboard, then the link as text and as a QR code.
 * The link carries no language, so it opens in the reader's own.
 */
export default function ShareStep({ step }: { step: CheckId }) {
  const { t } = useTranslation('share');
  const title = useStepWords()[step].title;
  const [shared, setShared] = useState<{ result: ShareResult; url: string } | null>(null);
  const result = shared?.result ?? null;

  // Read from the address at the tap: the page is also drawn at build time, with no address.
  const share = async () => {
    const url = appUrl(placeHref({ view: { name: 'wizard' }, step, lang: null, endedAt: null }));
    setShared({ result: await shareOrCopy({ title, url }, url), url });
  };

  return (
    <div className="share-step">
      <Button variant="quiet" onClick={() => void share()}>
        {t('shareStep.button')}
      </Button>
      <p className="calm-status" role="status">
        {result && result !== 'cancelled' ? t(statusKey[result]) : ''}
      </p>
      {shared && (
        <div className="share-panel">
          <p className="share-link-label">{t('shareStep.link')}</p>
          <p className="share-url">{shared.url}</p>
          <QrCode text={shared.url} label={t('shareStep.qr')} />
          <p className="hint">{t('shareStep.qrHint')}</p>
        </div>
      )}
    </div>
  );
}
