// The trainer's public surface. The screens (and dagre, xstate/graph and the scenarios with
// them) load lazily, so the counter's first screen never pays for them.
import { preloadable } from '../ui';

export { TrainingWizard } from './TrainingWizard';

// Pages: src/app/opening.ts preloads the one a link opens, so it is drawn once, complete.
export const TrainingView = preloadable(() => import('./training/TrainingView'));
export const FlowchartScreen = preloadable(() => import('./screens/FlowchartScreen'));
export const PracticeScreen = preloadable(() => import('./screens/PracticeScreen'));
export const AttemptScreen = preloadable(() => import('./screens/AttemptScreen'));
export const ReferenceScreen = preloadable(() => import('./screens/ReferenceScreen'));
