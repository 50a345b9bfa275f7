import { useEffect, useState } from 'react';

/**
 * False until the page has loaded and painted its first screen. Work that can wait (the service
 * worker and its download of the whole app) starts after that, so it never delays the first
 * screen on a slow phone.
 */
export function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let frame = 0;
    let timer = 0;
    const afterNextPaint = () => {
      frame = window.requestAnimationFrame(() => {
        timer = window.setTimeout(() => setSettled(true), 0);
      });
    };
    if (document.readyState === 'complete') afterNextPaint();
    else window.addEventListener('load', afterNextPaint, { once: true });
    return () => {
      window.removeEventListener('load', afterNextPaint);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return settled;
}
