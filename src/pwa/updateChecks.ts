const hourMs = 60 * 60 * 1000;

/**
 * Asks the server for a new service worker every `intervalMs` while the tab is open, and when
 * the tab comes back into view after at least that long (timers sleep while a phone does).
 * Returns the function that stops it.
 */
export function watchForUpdates(
  registration: ServiceWorkerRegistration,
  intervalMs: number = hourMs,
): () => void {
  let lastCheck = Date.now();
  const check = () => {
    if (!navigator.onLine || registration.installing) return;
    lastCheck = Date.now();
    registration.update().catch(() => {
      // Offline or the server is down: the next check tries again.
    });
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck >= intervalMs) check();
  };
  const timer = window.setInterval(check, intervalMs);
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
