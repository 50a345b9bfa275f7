// The merchant's saved details for the outcome screens (the provider's card, the summary), read
// ahead when an incident opens, so an outcome draws them with its first frame.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { TerminalDetails } from '../db';
import { terminalDetails } from './queries';

/** The details as last read: what a screen shows before its own read has answered. */
let lastRead: TerminalDetails | null = null;

/**
 * Reads the details and keeps them for the next screen that shows them: ahead of an outcome, and
 * as the querier of every live query of them, so a save reaches the next outcome at once.
 */
export const readTerminalDetails = (): Promise<TerminalDetails> =>
  terminalDetails(db).then((details) => {
    lastRead = details;
    return details;
  });

/** The saved details, kept up to date; null only until the first read ever has answered. */
export function useTerminalDetails(): TerminalDetails | null {
  return useLiveQuery(readTerminalDetails, [], lastRead);
}
