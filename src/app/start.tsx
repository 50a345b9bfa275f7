import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadView, readOpening } from './opening';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const opening = readOpening();
// Drawn as a transition, so a page whose code is already loaded never flashes a loading line.
void preloadView(opening.view, opening.i18n)
  .catch(() => undefined)
  .then(() =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App opening={opening} />
        </StrictMode>,
      ),
    ),
  );
