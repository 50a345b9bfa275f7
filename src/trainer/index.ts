// The trainer's public surface. The screens (and dagre, xstate/graph and the scenarios with
// them) load lazily, so the counter's first screen never pays for them.
import { lazy } from 'react';

export { TrainingWizard } from './TrainingWizard';

export const TrainingView = lazy(() => import('./training/TrainingView'));
export const FlowchartScreen = lazy(() => import('./screens/FlowchartScreen'));
export const PracticeScreen = lazy(() => import('./screens/PracticeScreen'));
export const AttemptScreen = lazy(() => import('./screens/AttemptScreen'));
export const ReferenceScreen = lazy(() => import('./screens/ReferenceScreen'));
