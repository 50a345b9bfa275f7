import { useTranslation } from '../i18n';
import { Button } from '../ui';

interface UpdatePromptProps {
  shown: boolean;
  /** An incident is open: say that reloading keeps the step, and that it can wait. */
  incidentOpen: boolean;
  onReload: () => void;
  onLater: () => void;
}

/**
 * "A new version is ready", pinned to the bottom of the window so nothing on the screen moves
 * under a finger when it appears; it never takes focus. Render it at the end of <body>, so its
 * place in the tab order matches where it is seen. Its status line is always in the page, so
 * screen readers announce the words when they arrive.
 */
export function UpdatePrompt({ shown, incidentOpen, onReload, onLater }: UpdatePromptProps) {
  const { t } = useTranslation();
  return (
    <div className={shown ? 'pwa-update' : 'pwa-update-idle'}>
      <p role="status" className="pwa-update-message">
        {shown && t(incidentOpen ? 'pwa.update.readyKeepsPlace' : 'pwa.update.ready')}
      </p>
      {shown && (
        <div className="pwa-update-actions">
          <Button variant="primary" onClick={onReload}>
            {t('pwa.update.reload')}
          </Button>
          <Button variant="secondary" onClick={onLater}>
            {t('pwa.update.later')}
          </Button>
        </div>
      )}
    </div>
  );
}
