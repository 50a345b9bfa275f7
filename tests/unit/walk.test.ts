// The walk read back as it finally went: the recorder writes down every screen, in order; the
// compaction shows each check once with the answer that stood, names jumps and the stages they
// skipped, and keeps one outcome. The records come from the real machine and recorder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AppDatabase } from '../../src/db/database';
import { compactWalk, type WalkStep } from '../../src/share/handoff/walk';
import { snapshotAt, wizardMachine, type StepId, type WizardEvent } from '../../src/wizard';
import { recordingOn } from '../fixtures/recording';

let db: AppDatabase;
let clock: number;

beforeEach(() => {
  db = new AppDatabase(`walk-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 2, 12, 2, 0, 0);
});
afterEach(() => db.delete());

/** Walks the machine from `from` (the start, or a step a link opened) and returns the record. */
async function recorded(events: WizardEvent[], from: StepId = 'start') {
  const { queue, recorder } = recordingOn(db, { now: () => clock, newId: () => 'walked' });
  const actor = createActor(wizardMachine, { snapshot: snapshotAt(from) }).start();
  recorder.attach(actor);
  for (const event of events) {
    clock += 1_000;
    actor.send(event);
  }
  await queue.flush();
  const incident = await db.incidents.get('walked');
  if (!incident) throw new Error('nothing recorded');
  return incident.steps.map(({ step, answer, shownAt }) => ({ step, answer, at: shownAt }));
}

/** The compacted walk as [step, answer, earlier answer, jump] for reading in a test. */
const read = (walk: WalkStep[]) =>
  walk.map(({ step, answer, earlier, jump }) => [
    step,
    answer,
    ...(earlier ? [`was ${earlier}`] : []),
    ...(jump ? [`jump to ${jump.stage} past ${jump.skipped.join(',') || 'nothing'}`] : []),
  ]);

describe('a walk told as it finally went', () => {
  it('a walk without Back or jumps reads exactly as recorded', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'answer.noSignal' },
      { type: 'answer.works' },
      { type: 'answer.notCharged' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', 'noSignal'],
      ['network.reconnect', 'works'],
      ['payment.charged', 'notCharged'],
      ['outcome.fixed', null],
    ]);
    expect(compactWalk(steps).map((step) => step.at)).toEqual(steps.map((entry) => entry.at));
  });

  it('Back, then another answer, shows the check once, as changed, without the screens gone back over', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'nav.back' },
      { type: 'answer.onlyThisCard' },
      { type: 'answer.notLocked' },
    ]);
    // As recorded: the card question twice, the signal screen unanswered.
    expect(steps.map((entry) => entry.step)).toEqual([
      'triage.others',
      'triage.card',
      'network.signal',
      'triage.card',
      'pin.locked',
      'pin.holder',
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'onlyThisCard', 'was everyCard'],
      ['pin.locked', 'notLocked'],
      ['pin.holder', null],
    ]);
  });

  it('Back from an outcome and another answer keeps one outcome, the last', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.onlyThisCard' },
      { type: 'answer.locked' },
      { type: 'nav.back' },
      { type: 'answer.notLocked' },
      { type: 'answer.signs' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'onlyThisCard'],
      ['pin.locked', 'notLocked', 'was locked'],
      ['pin.holder', 'signs'],
      ['outcome.security-stop', null],
    ]);
  });

  it('Back and the same answer again is no change', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'nav.back' },
      { type: 'answer.onlyHere' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', null],
    ]);
  });

  it('a stage jump names the stages it skipped, and not the ones already checked', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'nav.goto', step: 'config.datetime' },
      { type: 'answer.fails' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', null],
      ['config.datetime', 'fails', 'jump to config past card,pin,hardware'],
      ['network.signin', null],
    ]);
  });

  it('a jump back to an earlier stage skips nothing', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'nav.goto', step: 'hardware.cables' },
      { type: 'nav.goto', step: 'network.reconnect' },
    ]);
    expect(read(compactWalk(steps)).slice(-2)).toEqual([
      ['hardware.cables', null, 'jump to hardware past card,pin'],
      ['network.reconnect', null, 'jump to network past nothing'],
    ]);
  });

  it('a walk a link opened starts with a jump past the stages before it', async () => {
    const steps = await recorded([{ type: 'answer.clean' }], 'hardware.reader');
    expect(read(compactWalk(steps))).toEqual([
      ['hardware.reader', 'clean', 'jump to hardware past triage,network,card,pin'],
      ['payment.charged', null],
    ]);
  });

  it('a jump to a payment goes through the charged question, and the jump is marked there', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      { type: 'nav.goto', step: 'card.insert' },
      { type: 'answer.notCharged' },
      { type: 'answer.paid' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', null],
      ['payment.charged', 'notCharged', 'jump to card past nothing'],
      ['card.insert', 'paid'],
      ['outcome.fixed', null],
    ]);
  });

  it('the charged question asked from a check, then "not charged", shows the check once, after it', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'nav.charged' },
      { type: 'answer.notCharged' },
      { type: 'answer.everyCard' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['payment.charged', 'notCharged'],
      ['triage.card', 'everyCard'],
      ['network.signal', null],
    ]);
  });

  it('an answer that leads to the charged question is followed, not taken for a jump', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.onlyThisCard' },
      { type: 'answer.notLocked' },
      { type: 'answer.noSigns' },
      { type: 'answer.notCharged' },
    ]);
    expect(read(compactWalk(steps)).slice(-3)).toEqual([
      ['pin.holder', 'noSigns'],
      ['payment.charged', 'notCharged'],
      ['card.insert', null],
    ]);
  });

  it('the browser’s back and forward read as the walk they leave', async () => {
    const steps = await recorded([
      { type: 'nav.start' },
      { type: 'answer.onlyHere' },
      { type: 'answer.everyCard' },
      // The browser's back, then forward: both arrive as nav.goto.
      { type: 'nav.goto', step: 'triage.card' },
      { type: 'nav.goto', step: 'network.signal' },
    ]);
    expect(read(compactWalk(steps))).toEqual([
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
      ['network.signal', null],
    ]);
  });

  it('gives nothing for nothing, and skips the start screen', () => {
    expect(compactWalk([])).toEqual([]);
    expect(compactWalk([{ step: 'start', answer: null, at: 1 }])).toEqual([]);
  });
});
