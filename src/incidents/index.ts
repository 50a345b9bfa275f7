// The incident log's public surface. Everything here that touches the database is loaded
// lazily, so the first screen never waits for Dexie.
import { lazy } from 'react';

export type { Incident, TerminalDetails } from './types';
export type { AttemptStep, IncidentPath, PracticeAttempt } from './attemptTypes';

/** The trainer's practice attempts (their own table, never the log) and incidents' paths. */
export const loadAttemptStore = () => import('./attempts');

/** Each page's code, to start loading before the page is first drawn (see src/app/opening.ts). */
export const loadScreen = {
  log: () => import('./screens/LogScreen'),
  incident: () => import('./screens/IncidentScreen'),
  stats: () => import('./screens/StatsScreen'),
  settings: () => import('./screens/SettingsScreen'),
};

export const IncidentRecording = lazy(() => import('./screens/IncidentRecording'));
export const LogScreen = lazy(loadScreen.log);
export const IncidentScreen = lazy(loadScreen.incident);
export const StatsScreen = lazy(loadScreen.stats);
export const SettingsScreen = lazy(loadScreen.settings);
export const OutcomeNote = lazy(() => import('./screens/OutcomeNote'));
export const ProviderCard = lazy(() => import('./screens/ProviderCard'));
/** The escalation outcome's "summary for support", for the incident that just ended. */
export const OutcomeHandoff = lazy(() => import('./screens/OutcomeHandoff'));
