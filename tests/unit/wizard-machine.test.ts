import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { currentStep, wizardMachine, type WizardEvent } from '../../src/wizard/machine';
import { checkIds, outcomeIds, stageIds, stepIds } from '../../src/wizard/steps';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

const walkEvents: WizardEvent[] = [
  { type: 'nav.start' },
  { type: 'answer.fixed' },
  { type: 'answer.still' },
  { type: 'answer.yes' },
  { type: 'answer.no' },
  { type: 'nav.abandon' },
];
const byStateValue = (snapshot: Snapshot) => JSON.stringify(snapshot.value);
const stepOfValue = (snapshot: Snapshot) =>
  typeof snapshot.value === 'string'
    ? snapshot.value
    : Object.entries(snapshot.value).map(([parent, child]) => `${parent}.${String(child)}`)[0];

function startedActor() {
  const actor = createActor(wizardMachine);
  actor.start();
  return actor;
}

function send(actor: ReturnType<typeof startedActor>, ...events: WizardEvent[]) {
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

describe('the E1 tree', () => {
  it('has seven stages in the order of the facts file and five kinds of outcome', () => {
    expect(stageIds).toEqual([
      'network',
      'card',
      'pin',
      'hardware',
      'config',
      'restart',
      'escalate',
    ]);
    expect(outcomeIds).toHaveLength(5);
  });

  it('gives every stage two to four checks', () => {
    for (const stage of stageIds) {
      const count = checkIds.filter((id) => id.startsWith(`${stage}.`)).length;
      expect(count, stage).toBeGreaterThanOrEqual(2);
      expect(count, stage).toBeLessThanOrEqual(4);
    }
  });

  it('reaches every step from the start by answers alone', () => {
    const paths = getShortestPaths(wizardMachine, {
      events: walkEvents,
      serializeState: byStateValue,
    });
    const reached = new Set(paths.map((path) => stepOfValue(path.state)));
    expect([...reached].sort()).toEqual([...stepIds].sort());
  });

  it('offers a way on from every check (no dead ends)', () => {
    const actor = startedActor();
    for (const id of checkIds) {
      const snapshot = send(actor, { type: 'nav.goto', step: id });
      const accepted = walkEvents.filter((event) => snapshot.can(event));
      expect(accepted.length, id).toBeGreaterThanOrEqual(2);
    }
    for (const id of outcomeIds) {
      const snapshot = send(actor, { type: 'nav.goto', step: id });
      expect(snapshot.can({ type: 'nav.restart' }), id).toBe(true);
      expect(snapshot.can({ type: 'nav.back' }), id).toBe(true);
    }
  });
});

describe('every path from the start', () => {
  const paths = getSimplePaths(wizardMachine, {
    events: walkEvents,
    serializeState: byStateValue,
  }).filter((path) => walkEvents.every((event) => !path.state.can(event)));

  it('is long enough to be worth testing', () => {
    // one per fixing check, one per branch outcome, one per place to give up, and the escalation
    expect(paths.length).toBeGreaterThan(checkIds.length * 2);
  });

  for (const path of paths) {
    const events = path.steps.map((step) => step.event.type).join(' → ');
    it(`ends in an outcome: ${events}`, () => {
      const actor = startedActor();
      const snapshot = send(actor, ...path.steps.map((step) => step.event));
      expect(snapshot.matches('outcome')).toBe(true);
      expect(currentStep(snapshot.context)).toBe(stepOfValue(snapshot));
    });
  }
});

describe('walking the wizard', () => {
  it('starts at the start screen and puts the first check one event away', () => {
    const actor = startedActor();
    expect(actor.getSnapshot().value).toBe('start');
    expect(send(actor, { type: 'nav.start' }).value).toEqual({ network: 'signal' });
  });

  it('names the check that fixed E1', () => {
    const actor = startedActor();
    const snapshot = send(
      actor,
      { type: 'nav.start' },
      { type: 'answer.still' },
      { type: 'answer.fixed' },
    );
    expect(snapshot.value).toEqual({ outcome: 'fixed' });
    expect(snapshot.context.endedAt).toBe('network.reconnect');
  });

  it('sends a card that fails where another card works to the card-problem outcome', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'card.other' });
    expect(send(actor, { type: 'answer.yes' }).value).toEqual({ outcome: 'card-problem' });
  });

  it('stops for the provider’s risk procedure when the card may not be the holder’s', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'pin.holder' });
    expect(send(actor, { type: 'answer.yes' }).value).toEqual({ outcome: 'security-stop' });
  });

  it('escalates when the last check does not fix E1', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'escalate.call' });
    expect(send(actor, { type: 'answer.still' }).value).toEqual({ outcome: 'escalated' });
  });

  it('goes back one step and keeps the earlier answers', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'answer.still' }, { type: 'answer.still' });
    const back = send(actor, { type: 'nav.back' });
    expect(back.value).toEqual({ network: 'reconnect' });
    expect(back.context.answers).toEqual({
      'network.signal': 'still',
      'network.reconnect': 'still',
    });
    expect(back.context.trail).toEqual(['start', 'network.signal', 'network.reconnect']);
  });

  it('lets a changed answer take a new way from the step the person went back to', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'answer.still' }, { type: 'nav.back' });
    const snapshot = send(actor, { type: 'answer.fixed' });
    expect(snapshot.context.endedAt).toBe('network.signal');
    expect(snapshot.context.answers['network.signal']).toBe('fixed');
  });

  it('goes back from an outcome to the check that led there', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'answer.fixed' });
    const back = send(actor, { type: 'nav.back' });
    expect(back.value).toEqual({ network: 'signal' });
    expect(back.context.endedAt).toBeNull();
  });

  it('jumps to a stage and comes back to where it was', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'nav.goto', step: 'hardware.cables' });
    expect(send(actor, { type: 'nav.back' }).value).toEqual({ network: 'signal' });
  });

  it('returns along the trail when the browser goes back several steps', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'answer.still' }, { type: 'answer.still' });
    const snapshot = send(actor, { type: 'nav.goto', step: 'network.signal' });
    expect(snapshot.context.trail).toEqual(['start', 'network.signal']);
  });

  it('goes back to the start from a check opened by a link', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'config.params' });
    expect(send(actor, { type: 'nav.back' }).value).toBe('start');
  });

  it('records where the person gave up', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'hardware.reader' });
    const snapshot = send(actor, { type: 'nav.abandon' });
    expect(snapshot.value).toEqual({ outcome: 'abandoned' });
    expect(snapshot.context.endedAt).toBe('hardware.reader');
  });

  it('tells listeners each step shown and each answer given, for the incident recorder', () => {
    const actor = startedActor();
    const heard: string[] = [];
    actor.on('step.shown', ({ step }) => heard.push(`shown ${step}`));
    actor.on('step.answered', ({ step, answer }) => heard.push(`answered ${step} ${answer}`));
    send(actor, { type: 'nav.start' }, { type: 'answer.still' }, { type: 'nav.back' });
    expect(heard).toEqual([
      'shown network.signal',
      'answered network.signal still',
      'shown network.reconnect',
      'shown network.signal',
    ]);
  });

  it('restarts with nothing remembered', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'answer.still' });
    const snapshot = send(actor, { type: 'nav.restart' });
    expect(snapshot.value).toBe('start');
    expect(snapshot.context).toEqual({ trail: ['start'], answers: {}, endedAt: null });
  });
});
