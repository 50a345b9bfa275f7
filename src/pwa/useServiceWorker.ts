import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/** "Later" holds for this tab's session, reloads included: the person is told once. */
const laterKey = 'e1.updateLater';

function saidLaterThisSession(): boolean {
  try {
    return sessionStorage.getItem(laterKey) === 'yes';
  } catch {
    return false;
  }
}

function rememberLater(later: boolean): void {
  try {
    if (later) sessionStorage.setItem(laterKey, 'yes');
    else sessionStorage.removeItem(laterKey);
  } catch {
    // Without storage "Later" lasts until this page is reloaded.
  }
}

/**
 * Registers the service worker (from this script, never inline) and reports updates. Nothing
 * reloads unless the person asks: not when an update is found, and not when another tab lets the
 * new version take over.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration>();
  const [saidLater, setSaidLater] = useState(saidLaterThisSession);
  const reloadChosen = useRef(false);
  const takenOver = useRef(false);

  const {
    needRefresh: [needRefresh],
    offlineReady: [installedNow],
    updateServiceWorker,
  } = useRegisterSW({
    // PwaStatus mounts this only after the first screen is painted: register straight away.
    immediate: true,
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

  // The dev-server stand-in for useRegisterSW makes a new function on every render; a ref keeps
  // reloadNow (and so the state object) stable.
  const skipWaiting = useRef(updateServiceWorker);
  useEffect(() => {
    skipWaiting.current = updateServiceWorker;
  }, [updateServiceWorker]);

  const reloadNow = useCallback(() => {
    reloadChosen.current = true;
    rememberLater(false);
    if (takenOver.current) {
      window.location.reload();
      return;
    }
    void skipWaiting.current(true);
    window.setTimeout(() => window.location.reload(), reloadFallbackMs);
  }, []);

  const later = useCallback(() => {
    rememberLater(true);
    setSaidLater(true);
  }, []);

  const offlineReady = installedNow || Boolean(registration?.active);
  const update: UpdateState = needRefresh ? (saidLater ? 'later' : 'ready') : 'none';
  // One object per change, so whoever holds it re-renders only when something changed.
  return useMemo(
    () => ({ offlineReady, update, reloadNow, later }),
    [offlineReady, update, reloadNow, later],
  );
}
