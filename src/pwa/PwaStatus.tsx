import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n';
import { Button } from '../ui';
import { useHomeScreenName } from './homeScreenName';
import { usePageSettled } from './pageSettled';
import { useStoragePersistence, type StoragePersistence } from './storagePersistence';
import { UpdatePrompt } from './UpdatePrompt';
import { useOnline } from './useOnline';
import type { ServiceWorkerState, UpdateState } from './useServiceWorker';

// A phone that went offline before this loaded registers the worker on its next visit instead;
// the screen carries on as it is.
const ServiceWorkerAgent = lazy(() =>
  import('./ServiceWorkerAgent').catch(() => ({ default: () => null })),
);

interface PwaStatusProps {
  /**
   * A person is in the middle of an incident (past the start screen, not yet at an outcome):
   * the update prompt then says that reloading keeps their step, and that it can wait.
   */
  incidentOpen: boolean;
}

/**
 * Offline and installable, as the person sees it: a line at the top that says when the device
 * is offline (and that the app still works), the update prompt pinned to the bottom, and quiet
 * notes after the screen (is the log kept, an update put off). It also registers the service
 * worker and keeps long-open tabs checking for updates (src/app/main.tsx installs the reload
 * for a chunk that fails to load after a deploy). Nothing it shows moves what is already on the
 * screen.
 */
export function PwaStatus({ incidentOpen }: PwaStatusProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const storage = useStoragePersistence();
  const settled = usePageSettled();
  const [worker, setWorker] = useState<ServiceWorkerState>(unregistered);
  useHomeScreenName(t('pwa.homeScreenName'));

  return (
    <>
      <PwaView incidentOpen={incidentOpen} online={online} storage={storage} worker={worker} />
      {/* The worker (and the download of the whole app) waits until the first screen is painted;
          so does its code, which the first screen's button does not need. */}
      {settled && (
        <Suspense fallback={null}>
          <ServiceWorkerAgent onChange={setWorker} />
        </Suspense>
      )}
    </>
  );
}

const unregistered: ServiceWorkerState = {
  offlineReady: false,
  update: 'none',
  reloadNow: () => window.location.reload(),
  later: () => undefined,
};

interface PwaViewProps {
  incidentOpen: boolean;
  online: boolean;
  storage: StoragePersistence;
  worker: ServiceWorkerState;
}

function PwaView({ incidentOpen, online, storage, worker }: PwaViewProps) {
  return (
    <>
      <ConnectionLine online={online} offlineReady={worker.offlineReady} />
      {createPortal(
        // After the screen (which is at least as tall as the window), so notes that arrive a
        // moment after the first paint push nothing down.
        <>
          <DeviceNotes storage={storage} update={worker.update} onReload={worker.reloadNow} />
          <UpdatePrompt
            shown={worker.update === 'ready'}
            incidentOpen={incidentOpen}
            onReload={worker.reloadNow}
            onLater={worker.later}
          />
        </>,
        document.body,
      )}
    </>
  );
}

/**
 * Always one line high, whatever it says, so going offline never moves the answer buttons. The
 * pages drawn at build time carry it too (empty), so nothing moves when the app takes over.
 */
export function ConnectionLine({
  online,
  offlineReady,
}: {
  online: boolean;
  offlineReady: boolean;
}) {
  const { t } = useTranslation();
  const state = online ? (offlineReady ? 'ready' : 'online') : 'offline';
  return (
    <div className="pwa-status">
      <p role="status" className={`pwa-connection pwa-connection-${state}`}>
        {state === 'offline' && (
          <>
            <OfflineIcon />
            {t('pwa.offline')}
          </>
        )}
        {state === 'ready' && (
          <>
            <ReadyIcon />
            {t('pwa.offlineReady')}
          </>
        )}
      </p>
    </div>
  );
}

interface DeviceNotesProps {
  storage: StoragePersistence;
  update: UpdateState;
  onReload: () => void;
}

/** Whether the log is kept if the device runs short of space, and an update put off. */
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
