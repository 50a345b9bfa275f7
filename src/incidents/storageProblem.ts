/** Why a write to the device's storage failed, in the words the screens use. */
export type StorageProblem = 'full' | 'unavailable' | 'upgradedElsewhere' | 'blocked' | 'unknown';

/** An error's name; a DOMException is not an Error in every realm, so any named object counts. */
const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';

function errorName(error: unknown): string {
  // Dexie wraps the browser's DOMException; the cause is in `inner`.
  const inner: unknown =
    typeof error === 'object' && error && 'inner' in error ? error.inner : null;
  return nameOf(inner) || nameOf(error);
}

export function storageProblemOf(error: unknown): StorageProblem {
  const name = errorName(error);
  const outer = nameOf(error);
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
