/** Why a write to the device's storage failed, in the words the screens use. */
export type StorageProblem = 'full' | 'unavailable' | 'upgradedElsewhere' | 'blocked' | 'unknown';

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return '';
  // Dexie wraps the browser's DOMException; the cause is in `inner`.
  const inner: unknown = 'inner' in error ? error.inner : null;
  return inner instanceof Error ? inner.name : error.name;
}

export function storageProblemOf(error: unknown): StorageProblem {
  const name = errorName(error);
  const outer = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || outer === 'QuotaExceededError') return 'full';
  if (outer === 'DatabaseClosedError' && name === 'VersionError') return 'upgradedElsewhere';
  if (
    ['OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'InvalidStateError'].includes(
      outer,
    )
  ) {
    return 'unavailable';
  }
  if (['InvalidStateError', 'UnknownError', 'SecurityError'].includes(name)) return 'unavailable';
  return 'unknown';
}
