// Runs xstate/graph off the page (see shortestPath.ts for why): one request, one answer.
import { shortestPathTo } from './shortestPath';
import type { Scenario, ScenarioMove } from './scenarios';
import type { CheckId } from '../wizard';

export interface ShortestPathRequest {
  id: number;
  expected: Scenario['expected'];
  /** The scenario's own moves, preferred where two walks are equally short. */
  prefer: [CheckId, ScenarioMove][];
}

self.addEventListener('message', (event: MessageEvent<ShortestPathRequest>) => {
  const { id, expected, prefer } = event.data;
  try {
    self.postMessage({ id, path: shortestPathTo(expected, new Map(prefer)) });
  } catch {
    self.postMessage({ id, path: null });
  }
});
