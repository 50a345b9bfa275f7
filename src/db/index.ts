// Storage, below every feature. Records' types and masking are free to import; the database
// (and Dexie with it) comes from './database', imported only by code that loads lazily.
export type {
  AttemptStep,
  Incident,
  IncidentStep,
  PracticeAttempt,
  Setting,
  TerminalDetails,
} from './records';
export { emptyTerminalDetails } from './records';
export { fitsCardScheme, maskCardNumbers } from './maskCardNumbers';
