import type { Language } from '../i18n';
import type { Incident } from '../db';

export const isOpen = (incident: Incident): boolean => incident.outcome === 'open';

/** A new incident, open, with nothing recorded yet. */
export function openIncident(id: string, startedAt: number, language: Language): Incident {
  return {
    id,
    startedAt,
    updatedAt: startedAt,
    endedAt: null,
    language,
    outcome: 'open',
    endedAtStep: null,
    steps: [],
    note: '',
    snapshot: null,
  };
}
