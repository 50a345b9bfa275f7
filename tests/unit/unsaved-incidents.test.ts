// @vitest-environment jsdom
// (localStorage and the page's visibility: this file needs a browser's window.)
// The fallback for incidents the database would not take: kept where a reload finds them, notes
// masked, the newest state of each winning, forgotten once written, and nothing broken read back.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/db';
import { unsavedIncidentsIn, unsavedKey } from '../../src/incidents/unsaved';
import { cardIncident, fixedIncident } from '../fixtures/incidents';

beforeEach(() => localStorage.clear());

const at = (incident: Incident, updatedAt: number, note = incident.note): Incident => ({
  ...incident,
  updatedAt,
  note,
});

describe('the fallback in localStorage', () => {
  it('keeps incidents where a reload finds them, with card numbers masked', () => {
    const kept = at(fixedIncident, 10, 'card 6222021234567890123');
    expect(unsavedIncidentsIn(localStorage).keep([kept, cardIncident])).toBe(true);
    const afterReload = unsavedIncidentsIn(localStorage).read();
    expect(afterReload).toEqual([
      { ...kept, note: 'card 622202*********0123' },
      { ...cardIncident, note: 'Customer said "=frozen?", card 4111 11** **** 1111' },
    ]);
    expect(localStorage.getItem(unsavedKey)).not.toContain('6222021234567890123');
    // The name every version of the app reads them back under.
    expect(localStorage.getItem('e1-troubleshooter.unsaved-incidents')).toContain(fixedIncident.id);
  });

  it('keeps the newest state of each incident', () => {
    const fallback = unsavedIncidentsIn(localStorage);
    fallback.keep([at(fixedIncident, 10, 'ten')]);
    fallback.keep([at(fixedIncident, 5, 'five')]);
    expect(fallback.read().map((incident) => incident.note)).toEqual(['ten']);
    // The same time: the later change (a new wizard state keeps the time) stands.
    fallback.keep([at(fixedIncident, 10, 'ten again')]);
    expect(fallback.read().map((incident) => incident.note)).toEqual(['ten again']);
    fallback.keep([at(fixedIncident, 11, 'eleven')]);
    expect(fallback.read().map((incident) => incident.note)).toEqual(['eleven']);
  });

  it('forgets an incident once written, unless a newer state was kept meanwhile', () => {
    const fallback = unsavedIncidentsIn(localStorage);
    fallback.keep([at(fixedIncident, 10), at(cardIncident, 10)]);
    fallback.forget([at(fixedIncident, 10), at(cardIncident, 9)]);
    expect(fallback.read().map((incident) => incident.id)).toEqual([cardIncident.id]);
    fallback.forget([at(cardIncident, 12)]);
    expect(fallback.read()).toEqual([]);
    expect(localStorage.getItem(unsavedKey)).toBeNull();
  });

  it('drops an incident whatever its state', () => {
    const fallback = unsavedIncidentsIn(localStorage);
    fallback.keep([at(fixedIncident, 10), cardIncident]);
    fallback.drop(fixedIncident.id);
    expect(fallback.read()).toEqual([cardIncident]);
    fallback.drop('never kept');
    expect(fallback.read()).toEqual([cardIncident]);
  });

  it('reads nothing from a damaged or foreign entry, and skips records that are not incidents', () => {
    const fallback = unsavedIncidentsIn(localStorage);
    localStorage.setItem(unsavedKey, '{not json');
    expect(fallback.read()).toEqual([]);
    localStorage.setItem(unsavedKey, JSON.stringify({ incidents: [fixedIncident] }));
    expect(fallback.read()).toEqual([]);
    const broken = [
      null,
      'text',
      { ...fixedIncident, id: 7 },
      { ...fixedIncident, startedAt: '9:30' },
      { ...fixedIncident, updatedAt: null },
      { ...fixedIncident, endedAt: 'later' },
      { ...fixedIncident, language: 'fr' },
      { ...fixedIncident, language: 1 },
      { ...fixedIncident, outcome: 'lost' },
      { ...fixedIncident, outcome: 3 },
      { ...fixedIncident, steps: 'all of them' },
      { ...fixedIncident, note: null },
    ];
    const open = { ...cardIncident, outcome: 'open', endedAt: null };
    localStorage.setItem(unsavedKey, JSON.stringify([...broken, open]));
    expect(fallback.read()).toEqual([open]);
  });

  it('says when it cannot keep anything: storage that refuses', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(unsavedIncidentsIn(refusing).keep([fixedIncident])).toBe(false);
  });
});
