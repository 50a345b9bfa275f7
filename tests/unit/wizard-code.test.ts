// A response code looked up and followed into the checks: the machine keeps it for the walk
// (the recorder reads it there), shows the step's words for the answer the code means, and
// forgets it when the walk goes back to the start.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentStep, wizardMachine, type WizardEvent } from '../../src/wizard/machine';

function walk(...events: WizardEvent[]) {
  const actor = createActor(wizardMachine).start();
  for (const event of events) actor.send(event);
  const { context } = actor.getSnapshot();
  actor.stop();
  return { step: currentStep(context), context };
}

const toScreen: WizardEvent[] = [
  { type: 'nav.start' },
  { type: 'answer.unsure' },
  { type: 'answer.unsure' },
];

describe('a response code followed into the checks', () => {
  it('keeps the code from the triage question to the step it leads to', () => {
    const { step, context } = walk(...toScreen, {
      type: 'nav.goto',
      step: 'network.signin',
      code: 'A0',
    });
    expect(step).toBe('network.signin');
    expect(context.code).toBe('A0');
    expect(context.trail).toEqual([
      'start',
      'triage.others',
      'triage.card',
      'triage.screen',
      'network.signin',
    ]);
  });

  it('goes through the charged question to a payment, and keeps the code past it', () => {
    const asked = walk({ type: 'nav.goto', step: 'pin.reenter', code: '55' });
    expect(asked.step).toBe('payment.charged');
    expect(asked.context.code).toBe('55');
    const reentered = walk(
      { type: 'nav.goto', step: 'pin.reenter', code: '55' },
      { type: 'answer.notCharged' },
    );
    expect(reentered.step).toBe('pin.reenter');
    expect(reentered.context.code).toBe('55');
  });

  it('opens an outcome with the words of the answer the code means', () => {
    const { step, context } = walk(...toScreen, {
      type: 'nav.goto',
      step: 'outcome.card-problem',
      via: 'locked',
      code: '75',
    });
    expect(step).toBe('outcome.card-problem');
    expect(context.via).toBe('locked');
  });

  it('keeps the code through later answers and Back', () => {
    const { context } = walk(
      { type: 'nav.goto', step: 'network.signin', code: '99' },
      { type: 'answer.fails' },
      { type: 'nav.back' },
    );
    expect(context.code).toBe('99');
  });

  it('forgets the code when the walk starts again or goes back to the start', () => {
    const goto: WizardEvent = { type: 'nav.goto', step: 'network.signin', code: 'A0' };
    expect(walk(goto, { type: 'nav.restart' }).context.code).toBeNull();
    expect(walk(goto, { type: 'nav.back' }).context.code).toBeNull();
    expect(walk(goto, { type: 'nav.goto', step: 'start' }).context.code).toBeNull();
  });

  it('has no code on a walk that never looked one up', () => {
    expect(walk(...toScreen, { type: 'answer.code' }).context.code).toBeNull();
  });
});
