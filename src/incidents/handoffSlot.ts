import type { ReactNode } from 'react';
import type { Incident, TerminalDetails } from '../db';

/**
 * Draws the summary for support for an incident, with the merchant's saved details. The log
 * knows nothing of sharing: the app passes this in (it draws the share feature's panel).
 */
export type HandoffSlot = (about: { incident: Incident; terminal: TerminalDetails }) => ReactNode;
