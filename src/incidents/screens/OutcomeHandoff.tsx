import type { HandoffSlot } from '../handoffSlot';
import { useRecordedIncident } from '../session';
import { useTerminalDetails } from '../terminalDetails';

/** The summary for support on an outcome that sends the cashier to the provider, for the incident that just ended. */
export default function OutcomeHandoff({ handoff }: { handoff: HandoffSlot }) {
  // A note saved on this screen reaches the summary: the recorder tells every change.
  const incident = useRecordedIncident();
  const terminal = useTerminalDetails();
  if (!incident || !terminal) return null;
  return handoff({ incident, terminal });
}
