const storageKey = 'e1.chunkReloadAt';
/** A second failure this soon after a guarded reload is not a deploy: let the error show. */
const guardMs = 60_000;

/**
 * After a deploy, a tab still running the old version may ask for a chunk the server no longer
 * has. Vite then fires `vite:preloadError`; one reload fetches the new version. The time of
 * that reload is kept in sessionStorage so a chunk that is really broken cannot reload forever.
 * Installed once by src/app/main.tsx, before the app's own code loads. Returns the function that
 * removes the listener.
 */
export function installChunkReloadGuard(target: Window = window): () => void {
  const onPreloadError = (event: Event) => {
    // With no network a reload cannot fetch anything; the error screen says more than a blank page.
    if (!target.navigator.onLine) return;
    try {
      const last = Number(target.sessionStorage.getItem(storageKey)) || 0;
      if (Date.now() - last < guardMs) return;
      target.sessionStorage.setItem(storageKey, String(Date.now()));
    } catch {
      // Without storage there is no guard, so no reload either.
      return;
    }
    event.preventDefault();
    target.location.reload();
  };
  target.addEventListener('vite:preloadError', onPreloadError);
  return () => target.removeEventListener('vite:preloadError', onPreloadError);
}
