/** The practice attempts' store, loaded when first used: it brings Dexie, which practice can wait for. */
export const loadAttemptStore = () => import('./attempts');
