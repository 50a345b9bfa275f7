import { useCallback, useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { watchForUpdates } from './updateChecks';

/** `ready`: a new version is waiting and the person has not answered; `later`: they said later. */
export type UpdateState = 'none' | 'ready' | 'later';

export interface ServiceWorkerState {
  /** The app's files are cached on this device, so it opens with no network. */
  offlineReady: boolean;
  update: UpdateState;
  /** Lets the waiting version take over, then reloads this tab (the URL keeps the step). */
  reloadNow: () => void;
  later: () => void;
}

/** If the new worker has not taken over by then, reload anyway rather than leave a dead button. */
const reloadFallbackMs = 4_000;

/**
 * Registers the service worker (from this script, never inline) and reports updates. Nothing
 * reloads unless the person asks: not when an update is found, and not when another tab lets the
 * new version take over.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration>();
  const [saidLater, setSaidLater] = useState(false);
  const reloadChosen = useRef(false);
  const takenOver = useRef(false);

  const {
    needRefresh: [needRefresh],
    offlineReady: [installedNow],
    updateServiceWorker,
  } = useRegisterSW({
    // Register after the page has loaded, so precaching never competes with the first screen.
    immediate: false,
    onRegisteredSW: (_url, registered) => setRegistration(registered),
    onRegisterError: () => {
      // No worker (private mode, an old browser): the app still works while online.
    },
    onNeedReload: () => {
      if (reloadChosen.current) window.location.reload();
      // Another tab chose to update; this one keeps its screen until the person chooses too.
      else takenOver.current = true;
    },
  });

  useEffect(() => (registration ? watchForUpdates(registration) : undefined), [registration]);

  const reloadNow = useCallback(() => {
    reloadChosen.current = true;
    if (takenOver.current) {
      window.location.reload();
      return;
    }
    void updateServiceWorker(true);
    window.setTimeout(() => window.location.reload(), reloadFallbackMs);
  }, [updateServiceWorker]);

  const later = useCallback(() => setSaidLater(true), []);

  return {
    offlineReady: installedNow || Boolean(registration?.active),
    update: needRefresh ? (saidLater ? 'later' : 'ready') : 'none',
    reloadNow,
    later,
  };
}
