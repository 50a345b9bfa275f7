// Runs xstate/graph off the page (see shortestPath.ts for why): one request, one answer.
import { shortestPathOf } from './shortestPath';
import type { Scenario, ScenarioMove } from './scenarios';
import type { CheckId } from '../wizard';

export interface ShortestPathRequest {
  id: number;
  expected: Scenario['expected'];
  /** The scenario's own moves, preferred where two walks are equally short. */
  terminal: [CheckId, ScenarioMove][];
  /** The checks the story already answered. */
  told: readonly CheckId[];
}

self.addEventListener('message', (event: MessageEvent<ShortestPathRequest>) => {
  const { id, expected, terminal, told } = event.data;
  try {
    self.postMessage({ id, path: shortestPathOf({ expected, terminal: new Map(terminal), told }) });
  } catch {
    self.postMessage({ id, path: null });
  }
});
