import { lazy } from 'react';
import { preloadable } from '../ui';

// The support agent's side. Screens and the QR code load with their code: the counter flow never
// pays for them.
export const ShareStep = lazy(() => import('./screens/ShareStep'));
// Loaded ahead by the app while an incident is open, so an outcome draws it with its first frame.
export const HandoffPanel = preloadable(() => import('./handoff/HandoffPanel'));

// Pages: src/app/opening.ts preloads the one a link opens, so it is drawn once, complete.
export const StepIndexScreen = preloadable(() => import('./screens/StepIndexScreen'));
export const HandoffScreen = preloadable(() => import('./handoff/HandoffScreen'));
