// The page opens on the start screen prerendered into index.html (scripts/prerender-start-screen.ts),
// and the app's code is evaluated once that screen is drawn: evaluating it first would hold the
// first paint back by a few hundred milliseconds on a slow phone.
import { installChunkReloadGuard } from '../pwa/chunkReload'; // not pwa's index: that brings React
import './styles/index.css';

// Before the app's code loads: a deploy may have removed it from the server.
installChunkReloadGuard();

const startApp = () => void import('./start');
// A tab opened in the background draws no frames, and must not wait for one to start.
if (document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(startApp, 0));
} else {
  startApp();
}
