import { createContext, useContext } from 'react';
import type { CheckId, StepId } from '../wizard';

/** Where the counter's own walk is, so leaving training goes back to exactly there. */
export interface CounterPlace {
  step: StepId;
  endedAt: CheckId | null;
}

// A module of its own: the lazy training screen reads it, and importing it from TrainingWizard
// (re-exported by the feature's index) made the bundler split the first screen's code in two.
export const CounterPlaceContext = createContext<CounterPlace>({ step: 'start', endedAt: null });

export const useCounterPlace = (): CounterPlace => useContext(CounterPlaceContext);
