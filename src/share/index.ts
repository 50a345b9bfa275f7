import { lazy } from 'react';

export {
  locationSearch,
  parseLocation,
  referencePages,
  sameView,
  type AppLocation,
  type AppView,
  type LinkProblem,
  type ParsedLocation,
  type PathOnChart,
  type ReferencePage,
} from './links';

// The support agent's side. Screens and the QR code load with their code: the counter flow never
// pays for them.
export const ShareStep = lazy(() => import('./screens/ShareStep'));
export const HandoffPanel = lazy(() => import('./handoff/HandoffPanel'));

/** Each page's code, to start loading before the page is first drawn (see src/app/opening.ts). */
export const loadShareScreen = {
  steps: () => import('./screens/StepIndexScreen'),
  handoff: () => import('./handoff/HandoffScreen'),
};
export const StepIndexScreen = lazy(loadShareScreen.steps);
export const HandoffScreen = lazy(loadShareScreen.handoff);
