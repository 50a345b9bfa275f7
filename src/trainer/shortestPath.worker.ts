// Runs xstate/graph off the page (see shortestPath.ts for why): one request, one answer.
import { shortestPathTo } from './shortestPath';
import type { Scenario } from './scenarios';

export interface ShortestPathRequest {
  id: number;
  expected: Scenario['expected'];
}

self.addEventListener('message', (event: MessageEvent<ShortestPathRequest>) => {
  const { id, expected } = event.data;
  try {
    self.postMessage({ id, path: shortestPathTo(expected) });
  } catch {
    self.postMessage({ id, path: null });
  }
});
