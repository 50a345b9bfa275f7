import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Opening } from './opening';

/** Draws the app over the page drawn at build time, once `opening` is loaded (./opening.ts). */
export function drawApp(opening: Opening): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const draw = () =>
    createRoot(root).render(
      <StrictMode>
        <App opening={opening} />
      </StrictMode>,
    );
  // The counter's checks are in this code and draw at once: sooner without a transition's time
  // slicing. Another page may still wait on a part; as a transition, the drawn page stays until
  // the app can draw it whole, never a loading line.
  if (opening.view.name === 'wizard' && !opening.view.training) draw();
  else startTransition(draw);
}
