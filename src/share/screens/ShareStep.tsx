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
  const [result, setResult] = useState<ShareResult | null>(null);
  const url = appUrl(placeHref({ view: { name: 'wizard' }, step, lang: null, endedAt: null }));

  const share = async () => setResult(await shareOrCopy({ title, url }, url));

  return (
    <div className="share-step">
      <Button variant="quiet" onClick={() => void share()}>
        {t('shareStep.button')}
      </Button>
      <p className="calm-status" role="status">
        {result && result !== 'cancelled' ? t(statusKey[result]) : ''}
      </p>
      {result && (
        <div className="share-panel">
          <p className="share-link-label">{t('shareStep.link')}</p>
          <p className="share-url">{url}</p>
          <QrCode text={url} label={t('shareStep.qr')} />
          <p className="hint">{t('shareStep.qrHint')}</p>
        </div>
      )}
    </div>
  );
}
