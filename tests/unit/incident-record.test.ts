// Turning the wizard's events into the record: one pure function per change, checked event by
// event, with the times and ids the caller gives.
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/db';
import {
  hasAnswers,
  lastStepOf,
  recordEvent,
  stopped,
  withNote,
  withSnapshot,
} from '../../src/incidents/record';
import { snapshotAt, type CheckId, type StepId, type WizardEmitted } from '../../src/wizard';
import type { AnswerId } from '../../src/wizard';

const t0 = Date.UTC(2026, 10, 25, 2, 0, 0);

const shown = (
  step: StepId,
  more: Partial<Extract<WizardEmitted, { type: 'step.shown' }>> = {},
): WizardEmitted => ({
  type: 'step.shown',
  step,
  endedAt: null,
  code: null,
  language: 'zh-CN',
  ...more,
});
const answered = (step: CheckId, answer: AnswerId): WizardEmitted => ({
  type: 'step.answered',
  step,
  answer,
});

let ids = 0;
const newId = () => `incident-${++ids}`;

/** The record after each event in turn, a second apart from t0 + 1 s. */
function after(events: readonly WizardEmitted[], from: Incident | null = null) {
  let incident = from;
  const stoppedOnes: Incident[] = [];
  events.forEach((event, index) => {
    const next = recordEvent(incident, event, t0 + (index + 1) * 1_000, newId);
    incident = next.incident;
    if (next.stopped) stoppedOnes.push(next.stopped);
  });
  return { incident, stopped: stoppedOnes };
}

const steps = (incident: Incident | null) =>
  incident?.steps.map((entry) => [entry.step, entry.answer, entry.shownAt - t0]);

describe('recordEvent', () => {
  it('opens an incident at the first check, with its id, time and language', () => {
    ids = 0;
    const { incident } = after([shown('triage.others', { language: 'en' })]);
    expect(incident).toEqual({
      id: 'incident-1',
      startedAt: t0 + 1_000,
      updatedAt: t0 + 1_000,
      endedAt: null,
      language: 'en',
      outcome: 'open',
      endedAtStep: null,
      steps: [{ step: 'triage.others', shownAt: t0 + 1_000, answer: null, answeredAt: null }],
      note: '',
      snapshot: null,
    });
  });

  it('records nothing on the start screen, for a bare outcome, or for an answer with no incident', () => {
    for (const event of [
      shown('start'),
      shown('outcome.escalated', { endedAt: 'escalate.call' }),
      answered('triage.others', 'onlyHere'),
    ]) {
      expect(recordEvent(null, event, t0, newId)).toEqual({ incident: null, stopped: null });
    }
  });

  it('marks the answer on the last showing of its check, at the time it was given', () => {
    const { incident } = after([
      shown('triage.others'),
      answered('triage.others', 'onlyHere'),
      shown('triage.card'),
      answered('triage.card', 'everyCard'),
    ]);
    expect(incident?.steps).toEqual([
      { step: 'triage.others', shownAt: t0 + 1_000, answer: 'onlyHere', answeredAt: t0 + 2_000 },
      { step: 'triage.card', shownAt: t0 + 3_000, answer: 'everyCard', answeredAt: t0 + 4_000 },
    ]);
    expect(incident?.updatedAt).toBe(t0 + 4_000);
  });

  it('answers the latest showing of a check seen twice, and ignores an answer to one never shown', () => {
    const { incident } = after([
      shown('triage.others'),
      answered('triage.others', 'othersFail'),
      shown('triage.others'),
      answered('triage.others', 'onlyHere'),
      answered('card.other', 'otherPaid'),
    ]);
    expect(steps(incident)).toEqual([
      ['triage.others', 'othersFail', 1_000],
      ['triage.others', 'onlyHere', 3_000],
    ]);
    const before = after([shown('triage.others')]).incident;
    const unchanged = recordEvent(before, answered('card.other', 'otherPaid'), t0 + 9_000, newId);
    expect(unchanged.incident).toBe(before);
    expect(unchanged.stopped).toBeNull();
  });

  it('does not record a screen twice when it is announced again unanswered', () => {
    const first = after([shown('network.signal')]).incident;
    const again = recordEvent(first, shown('network.signal'), t0 + 5_000, newId);
    expect(again.incident).toBe(first);
  });

  it('ends the incident at an outcome, credited to the check the event names', () => {
    const { incident } = after([
      shown('triage.others'),
      answered('triage.others', 'othersFail'),
      shown('outcome.outage', { endedAt: 'triage.others' }),
    ]);
    expect(incident).toMatchObject({
      outcome: 'outage',
      endedAt: t0 + 3_000,
      updatedAt: t0 + 3_000,
      endedAtStep: 'triage.others',
      snapshot: null,
    });
    expect(steps(incident)?.at(-1)).toEqual(['outcome.outage', null, 3_000]);
  });

  it('reopens an ended incident when the person goes back to a check', () => {
    const ended = after([
      shown('triage.others'),
      answered('triage.others', 'othersFail'),
      shown('outcome.outage', { endedAt: 'triage.others' }),
    ]).incident;
    const { incident } = after([shown('triage.others')], ended);
    expect(incident).toMatchObject({
      id: ended?.id,
      outcome: 'open',
      endedAt: null,
      endedAtStep: null,
      updatedAt: t0 + 1_000,
    });
    expect(incident?.steps).toHaveLength(3);
  });

  it('keeps the response code the walk followed, on a check and on an outcome', () => {
    const onCheck = after([shown('network.signin', { code: 'A0' })]).incident;
    expect(onCheck?.code).toBe('A0');
    const straight = after([shown('outcome.outage', { code: '96' })]).incident;
    expect(straight).toMatchObject({ code: '96', outcome: 'outage', endedAtStep: null });
    expect(steps(straight)).toEqual([['outcome.outage', null, 1_000]]);
    expect(after([shown('triage.others')]).incident).not.toHaveProperty('code');
  });

  it('back at the start: an open incident ends as stopped at its last check, an ended one stays', () => {
    const open = after([
      shown('triage.others'),
      answered('triage.others', 'onlyHere'),
      shown('triage.card'),
    ]).incident;
    const atStart = recordEvent(open, shown('start'), t0 + 9_000, newId);
    expect(atStart.incident).toBeNull();
    expect(atStart.stopped).toMatchObject({
      id: open?.id,
      outcome: 'abandoned',
      endedAt: t0 + 9_000,
      updatedAt: t0 + 9_000,
      endedAtStep: 'triage.card',
      snapshot: null,
    });
    const ended = after([shown('outcome.outage', { code: '96' })]).incident;
    expect(recordEvent(ended, shown('start'), t0 + 9_000, newId)).toEqual({
      incident: null,
      stopped: null,
    });
  });

  it('never changes the incident it is given', () => {
    const open = after([shown('triage.others')]).incident;
    const copy = structuredClone(open);
    recordEvent(open, answered('triage.others', 'onlyHere'), t0 + 5_000, newId);
    recordEvent(open, shown('outcome.outage', { endedAt: 'triage.others' }), t0 + 6_000, newId);
    expect(open).toEqual(copy);
  });
});

describe('the other changes to a record', () => {
  const open = after([shown('triage.others'), answered('triage.others', 'onlyHere')]).incident;
  if (!open) throw new Error('no incident');

  it('keeps the wizard snapshot with an open incident only', () => {
    const snapshot = snapshotAt('triage.card');
    expect(withSnapshot(open, snapshot)).toEqual({ ...open, snapshot });
    const ended = { ...open, outcome: 'fixed' as const };
    expect(withSnapshot(ended, snapshot)).toBe(ended);
  });

  it('stops an incident at its last check, not at an outcome after it', () => {
    const withOutcome = {
      ...open,
      steps: [
        ...open.steps,
        { step: 'outcome.outage' as const, shownAt: t0, answer: null, answeredAt: null },
      ],
    };
    expect(stopped(withOutcome, t0 + 7_000)).toMatchObject({
      outcome: 'abandoned',
      endedAtStep: 'triage.others',
      endedAt: t0 + 7_000,
      updatedAt: t0 + 7_000,
      snapshot: null,
    });
    expect(stopped({ ...open, steps: [] }, t0).endedAtStep).toBeNull();
  });

  it('masks card numbers in a note', () => {
    expect(withNote(open, 'card 4111111111111111', t0 + 8_000)).toMatchObject({
      note: 'card 411111******1111',
      updatedAt: t0 + 8_000,
    });
  });

  it('tells whether any check was answered, and the step it was last on', () => {
    expect(hasAnswers(open)).toBe(true);
    expect(hasAnswers(after([shown('triage.others')]).incident ?? open)).toBe(false);
    expect(lastStepOf(open)).toBe('triage.others');
    expect(lastStepOf({ ...open, steps: [] })).toBe('start');
  });
});
