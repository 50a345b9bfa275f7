import { useEffect, useState } from 'react';
import { afterNextPaint } from '../ui';

/**
 * False until the page has loaded and painted its first screen. Work that can wait (the service
 * worker and its download of the whole app) starts after that, so it never delays the first
 * screen on a slow phone.
 */
export function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const settle = () => {
      cancel = afterNextPaint(() => setSettled(true));
    };
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
    return () => {
      window.removeEventListener('load', settle);
      cancel();
    };
  }, []);
  return settled;
}
