import { useEffect } from 'react';
import { useServiceWorker, type ServiceWorkerState } from './useServiceWorker';

/** Registers the service worker when mounted and reports what it knows; shows nothing itself. */
export default function ServiceWorkerAgent({
  onChange,
}: {
  onChange: (state: ServiceWorkerState) => void;
}) {
  const state = useServiceWorker();
  useEffect(() => onChange(state), [onChange, state]);
  return null;
}
