import { useEffect, useState } from 'react';

/**
 * Whether the browser keeps this site's storage (the incident log, settings) under storage
 * pressure: `persisted` it keeps it; `best-effort` it may clear it; `unsupported` it cannot say.
 */
export type StoragePersistence = 'checking' | 'persisted' | 'best-effort' | 'unsupported';

/** Asks once for persistent storage. Chromium answers without a prompt; Firefox may ask. */
export async function requestPersistence(
  storage: StorageManager | undefined,
): Promise<Exclude<StoragePersistence, 'checking'>> {
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') {
    return 'unsupported';
  }
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

export function useStoragePersistence(): StoragePersistence {
  const [state, setState] = useState<StoragePersistence>('checking');
  useEffect(() => {
    let current = true;
    // navigator.storage is missing on insecure origins and in some test environments.
    const storage: StorageManager | undefined = navigator.storage;
    void requestPersistence(storage).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
