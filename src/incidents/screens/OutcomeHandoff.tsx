import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import type { HandoffSlot } from '../handoffSlot';
import { terminalDetails } from '../queries';
import { queue, recorder } from '../runtime';

/** The summary for support on an outcome that sends the cashier to the provider, for the incident that just ended. */
export default function OutcomeHandoff({ handoff }: { handoff: HandoffSlot }) {
  const [incident, setIncident] = useState(() => recorder.current());
  // A note saved on this screen reaches the summary: every save reports its state.
  useEffect(() => queue.onState(() => setIncident(recorder.current())), []);
  const terminal = useLiveQuery(() => terminalDetails(db), [], null);
  if (!incident || !terminal) return null;
  return handoff({ incident, terminal });
}
