import { useTranslation } from '../i18n';
import { Button } from '../ui';
import { useChunkReloadGuard } from './chunkReload';
import { useHomeScreenName } from './homeScreenName';
import { useStoragePersistence, type StoragePersistence } from './storagePersistence';
import { UpdatePrompt } from './UpdatePrompt';
import { useOnline } from './useOnline';
import { useServiceWorker, type UpdateState } from './useServiceWorker';

interface PwaStatusProps {
  /**
   * A person is in the middle of an incident (past the start screen, not yet at an outcome):
   * the update prompt says reloading keeps their step, and the device notes stay out of the way.
   */
  incidentOpen: boolean;
}

/**
 * Offline and installable, as the person sees it: one quiet line that says when the device is
 * offline (and that the app still works), notes on storage and a deferred update between
 * incidents, and the update prompt. It also registers the service worker, keeps long-open tabs
 * checking for updates, and reloads once if a chunk fails to load after a deploy.
 */
export function PwaStatus({ incidentOpen }: PwaStatusProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const worker = useServiceWorker();
  const storage = useStoragePersistence();
  useChunkReloadGuard();
  useHomeScreenName(t('pwa.homeScreenName'));

  return (
    <>
      <div className="pwa-status">
        <ConnectionLine online={online} offlineReady={worker.offlineReady} />
        {!incidentOpen && (
          <DeviceNotes storage={storage} update={worker.update} onReload={worker.reloadNow} />
        )}
      </div>
      <UpdatePrompt
        shown={worker.update === 'ready'}
        incidentOpen={incidentOpen}
        onReload={worker.reloadNow}
        onLater={worker.later}
      />
    </>
  );
}

/**
 * Always one line high, whatever it says, so going offline never moves the answer buttons.
 */
function ConnectionLine({ online, offlineReady }: { online: boolean; offlineReady: boolean }) {
  const { t } = useTranslation();
  const state = online ? (offlineReady ? 'ready' : 'online') : 'offline';
  return (
    <p role="status" className={`pwa-connection pwa-connection-${state}`}>
      {state === 'offline' && (
        <>
          <OfflineIcon />
          <span className="pwa-connection-text">{t('pwa.offline')}</span>
        </>
      )}
      {state === 'ready' && (
        <>
          <ReadyIcon />
          <span className="pwa-connection-text">{t('pwa.offlineReady')}</span>
        </>
      )}
    </p>
  );
}

interface DeviceNotesProps {
  storage: StoragePersistence;
  update: UpdateState;
  onReload: () => void;
}

/** Between incidents only: whether the log is kept, and an update the person put off. */
function DeviceNotes({ storage, update, onReload }: DeviceNotesProps) {
  const { t } = useTranslation();
  const storageNote =
    storage === 'persisted'
      ? t('pwa.storage.persisted')
      : storage === 'best-effort'
        ? t('pwa.storage.bestEffort')
        : null;
  if (storageNote === null && update !== 'later') return null;
  return (
    <div className="pwa-notes">
      {storageNote !== null && (
        <p role="status" className="pwa-note">
          {storageNote}
        </p>
      )}
      {update === 'later' && (
        <div className="pwa-note pwa-note-update">
          <p>{t('pwa.update.nextTime')}</p>
          <Button variant="quiet" onClick={onReload}>
            {t('pwa.update.reload')}
          </Button>
        </div>
      )}
    </div>
  );
}

function OfflineIcon() {
  // A cloud crossed out: drawn, not a font glyph, so it looks the same on every phone.
  return (
    <svg className="pwa-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M4 4l16 16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function ReadyIcon() {
  return (
    <svg className="pwa-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M5 12.5l4.5 4.5L19 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
