// The merchant's saved details for the outcome screens (the provider's card, the summary), read
// ahead when an incident opens, so an outcome draws them with its first frame.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { TerminalDetails } from '../db';
import { terminalDetails } from './queries';

/** The details as last read: what a screen shows before its own read has answered. */
let lastRead: TerminalDetails | null = null;

const read = () =>
  terminalDetails(db).then((details) => {
    lastRead = details;
    return details;
  });

/** Reads the details ahead of the screens that show them. */
export const loadTerminalDetails = (): Promise<TerminalDetails> => read();

/** The saved details, kept up to date; null only until the first read ever has answered. */
export function useTerminalDetails(): TerminalDetails | null {
  return useLiveQuery(read, [], lastRead);
}
