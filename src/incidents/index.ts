// The incident log's public surface. Everything here that touches the database is loaded
// lazily, so the first screen never waits for Dexie.
import { lazy } from 'react';

export type { Incident, TerminalDetails } from './types';
export const IncidentRecording = lazy(() => import('./screens/IncidentRecording'));
export const LogScreen = lazy(() => import('./screens/LogScreen'));
export const IncidentScreen = lazy(() => import('./screens/IncidentScreen'));
export const StatsScreen = lazy(() => import('./screens/StatsScreen'));
export const SettingsScreen = lazy(() => import('./screens/SettingsScreen'));
export const OutcomeNote = lazy(() => import('./screens/OutcomeNote'));
export const ProviderCard = lazy(() => import('./screens/ProviderCard'));
