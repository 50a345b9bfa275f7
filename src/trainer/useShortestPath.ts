import { useEffect, useState } from 'react';
import type { PathStep } from './paths';
import type { Scenario } from './scenarios';
import type { ShortestPathRequest } from './shortestPath.worker';

interface ShortestPathAnswer {
  id: number;
  path: PathStep[] | null;
}

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, (path: PathStep[] | null) => void>();
const known = new Map<string, PathStep[] | null>();

function pathWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./shortestPath.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ShortestPathAnswer>) => {
      waiting.get(event.data.id)?.(event.data.path);
      waiting.delete(event.data.id);
    });
  }
  return worker;
}

/**
 * The shortest path to a scenario's right outcome from what its story already told (told with the
 * scenario's own moves where two walks are equally short), worked out by xstate/graph in a
 * worker; null if it cannot be.
 */
export function shortestPathFor(scenario: Scenario): Promise<PathStep[] | null> {
  const key = scenario.id;
  if (known.has(key)) return Promise.resolve(known.get(key) ?? null);
  return new Promise((resolve) => {
    lastId += 1;
    const request: ShortestPathRequest = {
      id: lastId,
      expected: scenario.expected,
      terminal: [...scenario.terminal],
      told: scenario.told,
    };
    waiting.set(request.id, (path) => {
      known.set(key, path);
      resolve(path);
    });
    try {
      pathWorker().postMessage(request);
    } catch {
      waiting.delete(request.id);
      resolve(null);
    }
  });
}

/** undefined while it is worked out; null when it could not be (or there is no scenario). */
export function useShortestPath(scenario: Scenario | null): PathStep[] | null | undefined {
  const [found, setFound] = useState<{ key: string; path: PathStep[] | null } | null>(null);
  useEffect(() => {
    if (!scenario) return;
    let live = true;
    void shortestPathFor(scenario).then((path) => {
      if (live) setFound({ key: scenario.id, path });
    });
    return () => {
      live = false;
    };
  }, [scenario]);
  if (!scenario) return null;
  return found?.key === scenario.id ? found.path : undefined;
}
