import { preloadable } from '../ui';

// The support agent's side. Screens and the QR code load with their code: the counter flow never
// pays for them.
// Loaded ahead by the app while an incident is open, so an outcome draws it with its first frame.
export const HandoffPanel = preloadable(() => import('./handoff/HandoffPanel'));
// src/app/opening.ts preloads it for a link to a check, so the check is drawn whole at once, as
// the page drawn at build time shows it.
export const ShareStep = preloadable(() => import('./screens/ShareStep'));

// Pages: src/app/opening.ts preloads the one a link opens, so it is drawn once, complete.
export const StepIndexScreen = preloadable(() => import('./screens/StepIndexScreen'));
export const HandoffScreen = preloadable(() => import('./handoff/HandoffScreen'));
