import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadOpening } from './opening';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void loadOpening().then((opening) =>
  // Drawn as a transition, so a page whose code is already loaded never flashes a loading line.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App opening={opening} />
      </StrictMode>,
    ),
  ),
);
