import { useEffect, useState } from 'react';

/**
 * Runs `work` once the browser has painted what is on screen now, so work that can wait (a
 * write, a download) never holds back the frame a tap is waiting for. A hidden page paints no
 * frames: a short timer runs it there. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void, hiddenPageDelayMs = 100): () => void {
  let frame = 0;
  let timer = 0;
  const fallback = window.setTimeout(run, hiddenPageDelayMs);
  function run(): void {
    cancel();
    work();
  }
  function cancel(): void {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
  }
  // A timer set in a frame's callback runs after that frame is painted.
  frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(run, 0);
  });
  return cancel;
}

/** False while a component's first render is on its way to the screen; true once it is painted. */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
