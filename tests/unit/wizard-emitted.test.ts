// What the machine tells the recorder as the person moves: each screen shown carries all the
// record needs (where an outcome is credited, the code followed, the language on screen), so the
// recorder never reads the actor back.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  currentStep,
  stepShown,
  wizardMachine,
  type WizardEmitted,
  type WizardEvent,
} from '../../src/wizard';

function listened() {
  const actor = createActor(wizardMachine).start();
  const heard: WizardEmitted[] = [];
  actor.on('step.shown', (event) => heard.push(event));
  actor.on('step.answered', (event) => heard.push(event));
  const send = (...events: WizardEvent[]) => events.forEach((event) => actor.send(event));
  return { actor, heard, send };
}

describe('the steps the machine announces', () => {
  it('carry the check an outcome is credited to, and none on a check', () => {
    const { heard, send } = listened();
    send({ type: 'nav.start' }, { type: 'answer.othersFail' });
    expect(heard).toEqual([
      { type: 'step.shown', step: 'triage.others', endedAt: null, code: null, language: 'en' },
      { type: 'step.answered', step: 'triage.others', answer: 'othersFail' },
      {
        type: 'step.shown',
        step: 'outcome.outage',
        endedAt: 'triage.others',
        code: null,
        language: 'en',
      },
    ]);
  });

  it('carry the code the walk follows, and the credit a link names', () => {
    const { heard, send } = listened();
    send(
      { type: 'nav.goto', step: 'network.signin', code: 'A0' },
      { type: 'nav.goto', step: 'outcome.fixed', endedAt: 'network.signin' },
    );
    expect(heard).toEqual([
      { type: 'step.shown', step: 'network.signin', endedAt: null, code: 'A0', language: 'en' },
      {
        type: 'step.shown',
        step: 'outcome.fixed',
        endedAt: 'network.signin',
        code: 'A0',
        language: 'en',
      },
    ]);
  });

  it('carry the language the app last said; saying it moves nothing and a restart keeps it', () => {
    const { actor, heard, send } = listened();
    send({ type: 'nav.start' }, { type: 'language.set', language: 'zh-CN' });
    expect(currentStep(actor.getSnapshot().context)).toBe('triage.others');
    expect(heard).toHaveLength(1);
    send({ type: 'answer.onlyHere' }, { type: 'nav.restart' }, { type: 'nav.start' });
    expect(heard.filter((event) => event.type === 'step.shown').map((e) => e.language)).toEqual([
      'en',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
  });

  it('are the same as the announcement made for the screen a wizard opens on', () => {
    const { actor, heard, send } = listened();
    send(
      { type: 'language.set', language: 'zh-CN' },
      { type: 'nav.start' },
      { type: 'nav.abandon' },
    );
    expect(stepShown(actor.getSnapshot().context)).toEqual(heard.at(-1));
  });
});
