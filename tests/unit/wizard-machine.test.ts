import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  currentStep,
  wizardMachine,
  type WizardContext,
  type WizardEvent,
} from '../../src/wizard/machine';
import {
  answerIds,
  answersOf,
  checkIds,
  checkStep,
  checkSteps,
  isCheckId,
  outcomeIds,
  stageIds,
  stepIds,
  takesPayment,
} from '../../src/wizard/steps';
import type { StepId } from '../../src/wizard/tree';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

/** Every move a person makes by answering, and "Stop here". */
const walkEvents: WizardEvent[] = [
  { type: 'nav.start' },
  ...answerIds.map((answer) => ({ type: `answer.${answer}` }) as const),
  { type: 'nav.abandon' },
];
const byPlace = (snapshot: Snapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.afterCharged]);

function startedActor() {
  const actor = createActor(wizardMachine);
  actor.start();
  return actor;
}

function send(actor: ReturnType<typeof startedActor>, ...events: WizardEvent[]) {
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const answers = (...ids: string[]) => ids.map((id) => ({ type: `answer.${id}` }) as WizardEvent);

/** Where a walk is: all the payment check reads. */
interface Placed {
  context: WizardContext;
}

interface Walk {
  steps: readonly { state: Placed; event: WizardEvent }[];
}

/**
 * The payments a walk makes, checked as it goes: each needs a "not charged" answer since the
 * previous one, and one card is tried again at most twice (the final "take it once" counts).
 */
function paymentsOf(walk: Walk, from: Placed) {
  let clear = false;
  let sameCard = 0;
  let before = from;
  const problems: string[] = [];
  for (const { state, event } of walk.steps) {
    const at = currentStep(before.context);
    const answer = event.type.startsWith('answer.') ? event.type.slice('answer.'.length) : null;
    const row = isCheckId(at) ? checkStep(at).check : null;
    const paid = row?.kind === 'payment' && !row.answers.find((a) => a.id === answer)?.noPayment;
    if (answer && isCheckId(at) && paid) {
      if (!clear) problems.push(`payment at ${at} before "not charged"`);
      clear = false;
      if (row.card === 'same') sameCard += 1;
    }
    if (at === 'payment.charged' && answer === 'notCharged') {
      clear = true;
      // "Take the payment once": the fixed outcome after a sign-in fix is a payment too.
      if (currentStep(state.context) === 'outcome.fixed') sameCard += 1;
    }
    before = state;
  }
  if (sameCard > 2) problems.push(`${sameCard} tries of the same card`);
  return { problems, sameCard };
}

describe('the E1 tree', () => {
  it('has the triage and payment questions, then seven stages in the order of the facts file', () => {
    expect(stageIds).toEqual([
      'triage',
      'payment',
      'network',
      'card',
      'pin',
      'hardware',
      'config',
      'restart',
      'escalate',
    ]);
  });

  it('offers "not sure" on every triage question and at most three of them', () => {
    const triage = checkSteps.filter((step) => step.stage === 'triage');
    expect(triage.length).toBeLessThanOrEqual(3);
    for (const step of triage) {
      expect(answersOf(step).map((answer) => answer.answer)).toContain('unsure');
    }
  });

  it('names where every answer leads, and every target is a step the machine has', () => {
    for (const step of checkSteps) {
      for (const answer of answersOf(step)) {
        expect(stepIds, `${step.id} ${answer.answer}`).toContain(answer.target);
        if (answer.afterCharged) expect(stepIds).toContain(answer.afterCharged);
      }
    }
  });

  it('reaches every step and every outcome from the start by answers alone', () => {
    const paths = getShortestPaths(wizardMachine, { events: walkEvents, serializeState: byPlace });
    const reached = new Set(paths.map((path) => currentStep(path.state.context)));
    expect([...reached].sort()).toEqual([...stepIds].sort());
  });

  it('offers a way on from every check and a way out of every outcome (no dead ends)', () => {
    const actor = startedActor();
    for (const id of checkIds) {
      const snapshot = send(actor, { type: 'nav.restart' }, { type: 'nav.goto', step: id });
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

// Thousands of paths: generous time, so a busy machine does not fail them.
describe('every path from the start (xstate/graph)', { timeout: 60_000 }, () => {
  const start = createActor(wizardMachine).getSnapshot();
  const paths = getSimplePaths(wizardMachine, { events: walkEvents, serializeState: byPlace });
  const complete = paths.filter((path) => walkEvents.every((event) => !path.state.can(event)));

  it('is long enough to be worth testing', () => {
    expect(complete.length).toBeGreaterThan(checkIds.length * 2);
  });

  it('ends in an outcome', () => {
    for (const path of complete) expect(currentStep(path.state.context)).toMatch(/^outcome\./);
  });

  it('asks "was the customer charged?" (answered "not charged") before every payment', () => {
    const unsafe = paths.flatMap((path) => paymentsOf(path, start).problems);
    expect(unsafe).toEqual([]);
  });

  it('never tries the same card and amount more than twice', () => {
    const most = Math.max(...paths.map((path) => paymentsOf(path, start).sameCard));
    expect(most).toBeLessThanOrEqual(2);
  });

  it('stays safe, and ends the same, with the charged question opened before every answer', () => {
    for (const path of complete) {
      const actor = startedActor();
      const steps = path.steps.flatMap(({ event }) => {
        const detour =
          event.type.startsWith('answer.') && actor.getSnapshot().can({ type: 'nav.charged' });
        const events: WizardEvent[] = detour
          ? [{ type: 'nav.charged' }, { type: 'answer.notCharged' }, event]
          : [event];
        return events.map((sent) => ({ event: sent, state: send(actor, sent) }));
      });
      expect(paymentsOf({ steps }, start).problems).toEqual([]);
      expect(currentStep(actor.getSnapshot().context)).toBe(currentStep(path.state.context));
    }
  });

  it('flags a payment made without the question (the check itself can fail)', () => {
    const on = (step: StepId): Placed => ({ context: { ...start.context, trail: [step] } });
    const forged = {
      steps: [
        { event: { type: 'answer.noSigns' } as const, state: on('card.insert') },
        { event: { type: 'answer.still' } as const, state: on('card.other') },
      ],
    };
    expect(paymentsOf(forged, on('pin.holder')).problems).toEqual([
      'payment at card.insert before "not charged"',
    ]);
  });
});

describe('triage', () => {
  it('starts with the first triage question one event away', () => {
    const actor = startedActor();
    expect(actor.getSnapshot().value).toBe('start');
    expect(send(actor, { type: 'nav.start' }).value).toEqual({ triage: 'others' });
  });

  it('reaches the outage advice in three screens when other tills fail too', () => {
    const actor = startedActor();
    const snapshot = send(actor, { type: 'nav.start' }, ...answers('othersFail'));
    expect(snapshot.context.trail).toEqual(['start', 'triage.others', 'outcome.outage']);
    expect(snapshot.context.via).toBe('othersFail');
  });

  it('sends "only this card" to the card checks, asking about a locked PIN first', () => {
    const actor = startedActor();
    const snapshot = send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'onlyThisCard'));
    expect(snapshot.value).toEqual({ pin: 'locked' });
  });

  it('sends "every card fails" to the terminal checks', () => {
    const actor = startedActor();
    const snapshot = send(actor, { type: 'nav.start' }, ...answers('unsure', 'everyCard'));
    expect(snapshot.value).toEqual({ network: 'signal' });
  });

  it('asks what is on the screen when the cashier is not sure about the card', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'unsure'));
    expect(send(actor, ...answers('reversal')).value).toEqual({ outcome: 'reversal' });
  });

  it('asks whether the customer was charged before anything else when a code is on screen', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'unsure', 'code'));
    expect(actor.getSnapshot().value).toEqual({ payment: 'charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ network: 'signin' });
  });
});

describe('was the customer charged?', () => {
  function atTheQuestionBeforeTheCard() {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'onlyThisCard', 'notLocked'));
    send(actor, ...answers('noSigns'));
    expect(actor.getSnapshot().value).toEqual({ payment: 'charged' });
    return actor;
  }

  it('ends the sale when the payment went through', () => {
    const snapshot = send(atTheQuestionBeforeTheCard(), ...answers('charged'));
    expect(snapshot.value).toEqual({ outcome: 'already-paid' });
    expect(snapshot.context.endedAt).toBe('payment.charged');
  });

  it('lets one payment be tried when the customer was not charged', () => {
    const snapshot = send(atTheQuestionBeforeTheCard(), ...answers('notCharged'));
    expect(snapshot.value).toEqual({ card: 'insert' });
  });

  it('leaves a debit the SMS shows, or an unknown, to the reversal', () => {
    const sms = send(atTheQuestionBeforeTheCard(), ...answers('smsDebit'));
    expect(sms.value).toEqual({ outcome: 'reversal' });
    expect(sms.context.via).toBe('smsDebit');
    const unknown = send(atTheQuestionBeforeTheCard(), ...answers('unknown'));
    expect(unknown.value).toEqual({ outcome: 'reversal' });
  });

  it('has its own outcome for a double charge', () => {
    expect(send(atTheQuestionBeforeTheCard(), ...answers('twice')).value).toEqual({
      outcome: 'double-charge',
    });
  });

  it('asks it again before another card is tried after a failed try', () => {
    const actor = atTheQuestionBeforeTheCard();
    const snapshot = send(actor, ...answers('notCharged', 'still'));
    expect(snapshot.value).toEqual({ payment: 'charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'other' });
  });

  it('can be opened from any check and comes back to it', () => {
    const actor = startedActor();
    for (const id of checkIds.filter((check) => check !== 'payment.charged')) {
      send(actor, { type: 'nav.restart' }, { type: 'nav.goto', step: id });
      // A jump to a payment is already at the question; answered, it shows the payment.
      if (takesPayment(id)) send(actor, ...answers('notCharged'));
      const at = currentStep(actor.getSnapshot().context);
      expect(at).toBe(id);
      expect(send(actor, { type: 'nav.charged' }).value, id).toEqual({ payment: 'charged' });
      expect(currentStep(send(actor, ...answers('notCharged')).context), id).toBe(at);
    }
  });

  it('stands between a link to a payment and the payment', () => {
    const actor = startedActor();
    expect(send(actor, { type: 'nav.goto', step: 'pin.reenter' }).value).toEqual({
      payment: 'charged',
    });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ pin: 'reenter' });
  });

  it('keeps what the question was opened for when Back or the browser returns to it', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'card.insert' }, ...answers('charged'));
    expect(send(actor, { type: 'nav.back' }).value).toEqual({ payment: 'charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'insert' });
    // The browser's back button sends the step it returns to.
    send(actor, ...answers('still'), { type: 'nav.goto', step: 'payment.charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'other' });
    send(actor, { type: 'nav.goto', step: 'card.insert' }, { type: 'nav.back' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'insert' });
  });

  it('plans a jump to the card stage from any check for the card, not for that check', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'everyCard'));
    send(actor, { type: 'nav.goto', step: 'card.insert' });
    expect(actor.getSnapshot().value).toEqual({ payment: 'charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'insert' });
  });

  it('comes back to the same question on Back, still planned for the same payment', () => {
    const actor = atTheQuestionBeforeTheCard();
    send(actor, ...answers('notCharged'));
    expect(send(actor, { type: 'nav.back' }).value).toEqual({ payment: 'charged' });
    expect(send(actor, ...answers('notCharged')).value).toEqual({ card: 'insert' });
  });
});

describe('real branches', () => {
  function atTheOtherCard() {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'onlyThisCard', 'notLocked'));
    send(actor, ...answers('noSigns', 'notCharged', 'still', 'notCharged'));
    expect(actor.getSnapshot().value).toEqual({ card: 'other' });
    return actor;
  }

  it('ends the sale when another card pays', () => {
    const snapshot = send(atTheOtherCard(), ...answers('otherPaid'));
    expect(snapshot.value).toEqual({ outcome: 'card-problem' });
    expect(snapshot.context.via).toBe('otherPaid');
  });

  it('goes on to the terminal when another card fails too', () => {
    expect(send(atTheOtherCard(), ...answers('otherFails')).value).toEqual({ network: 'signal' });
  });

  it('lets the cardholder key the PIN again when there is no other card, then stops', () => {
    const actor = atTheOtherCard();
    expect(send(actor, ...answers('noOther')).value).toEqual({ pin: 'reenter' });
    const snapshot = send(actor, ...answers('still'));
    expect(snapshot.value).toEqual({ outcome: 'card-problem' });
    expect(snapshot.context.via).toBe('still');
  });

  it('asks about a locked PIN and the card holder before any payment', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'onlyThisCard'));
    expect(send(actor, ...answers('locked')).value).toEqual({ outcome: 'card-problem' });
    send(actor, { type: 'nav.back' }, ...answers('notLocked'));
    expect(send(actor, ...answers('signs')).value).toEqual({ outcome: 'security-stop' });
  });

  it('sends a fault the self-test or the card slot finds to repair', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'hardware.selftest' });
    expect(send(actor, ...answers('fault')).value).toEqual({ outcome: 'repair' });
    send(actor, { type: 'nav.restart' }, { type: 'nav.goto', step: 'hardware.reader' });
    expect(send(actor, ...answers('damaged')).value).toEqual({ outcome: 'repair' });
  });

  it('asks whether the provider’s system is down, with an outage answer', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'network.host' });
    const snapshot = send(actor, ...answers('hostDown'));
    expect(snapshot.value).toEqual({ outcome: 'outage' });
    expect(snapshot.context.via).toBe('hostDown');
  });

  it('escalates when support could not fix it, after the call was made', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.goto', step: 'escalate.call' });
    expect(send(actor, ...answers('fails')).value).toEqual({ outcome: 'escalated' });
  });
});

describe('testing without charging', () => {
  it('credits a sign-in fix once the customer is known not charged, then takes the payment once', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'everyCard', 'noSignal'));
    const charged = send(actor, ...answers('works'));
    expect(charged.value).toEqual({ payment: 'charged' });
    const snapshot = send(actor, ...answers('notCharged'));
    expect(snapshot.value).toEqual({ outcome: 'fixed' });
    expect(snapshot.context.endedAt).toBe('network.reconnect');
    expect(snapshot.context.via).toBe('notCharged');
  });

  it('uses no payment on any network, hardware, configuration or restart check', () => {
    for (const step of checkSteps) {
      if (['network', 'hardware', 'config', 'restart'].includes(step.stage)) {
        expect(step.check.kind, step.id).not.toBe('payment');
      }
    }
  });
});

describe('walking the wizard', () => {
  it('goes back one step and keeps the earlier answers', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'everyCard'));
    const back = send(actor, { type: 'nav.back' });
    expect(back.value).toEqual({ triage: 'card' });
    expect(back.context.answers).toEqual({
      'triage.others': 'onlyHere',
      'triage.card': 'everyCard',
    });
    expect(back.context.trail).toEqual(['start', 'triage.others', 'triage.card']);
  });

  it('lets a changed answer take a new way from the step the person went back to', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere'), { type: 'nav.back' });
    const snapshot = send(actor, ...answers('othersFail'));
    expect(snapshot.value).toEqual({ outcome: 'outage' });
    expect(snapshot.context.answers['triage.others']).toBe('othersFail');
  });

  it('goes back from an outcome to the check that led there', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('othersFail'));
    const back = send(actor, { type: 'nav.back' });
    expect(back.value).toEqual({ triage: 'others' });
    expect(back.context.endedAt).toBeNull();
    expect(back.context.via).toBeNull();
  });

  it('jumps to a stage and comes back to where it was', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, { type: 'nav.goto', step: 'hardware.cables' });
    expect(send(actor, { type: 'nav.back' }).value).toEqual({ triage: 'others' });
  });

  it('returns along the trail when the browser goes back several steps', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere', 'everyCard'));
    const snapshot = send(actor, { type: 'nav.goto', step: 'triage.others' });
    expect(snapshot.context.trail).toEqual(['start', 'triage.others']);
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
    send(actor, { type: 'nav.start' }, ...answers('onlyHere'), { type: 'nav.back' });
    expect(heard).toEqual([
      'shown triage.others',
      'answered triage.others onlyHere',
      'shown triage.card',
      'shown triage.others',
    ]);
  });

  it('restarts with nothing remembered', () => {
    const actor = startedActor();
    send(actor, { type: 'nav.start' }, ...answers('onlyHere'));
    const snapshot = send(actor, { type: 'nav.restart' });
    expect(snapshot.value).toBe('start');
    expect(snapshot.context).toEqual({
      trail: ['start'],
      answers: {},
      endedAt: null,
      afterCharged: null,
      chargedPlans: [],
      fixedAt: null,
      via: null,
      code: null,
    });
  });
});
