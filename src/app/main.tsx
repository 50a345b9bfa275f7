// The page opens on the page drawn for its link at build time (scripts/prerender-pages.ts). Once
// that page is painted, the opening script fetches the app's code (modulepreload) and this runs it:
// evaluating it first would hold the first paint back by a few hundred milliseconds on a slow phone.
import { installChunkReloadGuard } from '../pwa/chunkReload'; // not pwa's index: that brings React
import './styles/index.css';

// Before the app's code loads: a deploy may have removed it from the server.
installChunkReloadGuard();

// The opening (the link's place, its language, its words, the wizard) runs as soon as its code is
// here, while React's, the biggest part, is still on its way; the app draws once both are.
const startApp = () => {
  const opening = import('./opening').then((module) => module.loadOpening());
  void Promise.all([import('./start'), opening]).then(([{ drawApp }, loaded]) => drawApp(loaded));
};
// A tab opened in the background draws no frames, and must not wait for one to start.
if (document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(startApp, 0));
} else {
  startApp();
}
