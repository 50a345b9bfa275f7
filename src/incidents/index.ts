// The incident log's public surface. Everything here that touches the database is loaded
// lazily, so the first screen never waits for Dexie.
import { lazy } from 'react';
import { preloadable } from '../ui';

export type { HandoffSlot } from './handoffSlot';

export const IncidentRecording = lazy(() => import('./screens/IncidentRecording'));
// Pages: src/app/opening.ts preloads the one a link opens, so it is drawn once, complete.
export const LogScreen = preloadable(() => import('./screens/LogScreen'));
export const IncidentScreen = preloadable(() => import('./screens/IncidentScreen'));
export const StatsScreen = preloadable(() => import('./screens/StatsScreen'));
export const SettingsScreen = preloadable(() => import('./screens/SettingsScreen'));
// What an outcome shows of the log: loaded ahead (preloadOutcomeParts), drawn with the outcome.
export const OutcomeNote = preloadable(() => import('./screens/OutcomeNote'));
export const ProviderCard = preloadable(() => import('./screens/ProviderCard'));
/** The "summary for support" on the outcomes that send the cashier to the provider, for the incident that just ended. */
export const OutcomeHandoff = preloadable(() => import('./screens/OutcomeHandoff'));

/**
 * Loads the note, the provider's card and the summary's part of an outcome screen, with the
 * merchant's saved details, so the outcome draws them at once: call it when an incident opens.
 */
export function preloadOutcomeParts(): Promise<unknown> {
  return Promise.all([
    OutcomeNote.preload(),
    ProviderCard.preload(),
    OutcomeHandoff.preload(),
    import('./terminalDetails').then(({ loadTerminalDetails }) => loadTerminalDetails()),
  ]);
}
