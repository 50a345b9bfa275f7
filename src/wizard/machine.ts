// The E1 decision tree as an XState machine, built from the table in tree.ts. Pure: no DOM,
// no storage. Context keeps the trail of steps (for Back), the remembered answers and where
// "not charged" leads from the charged question.
import { assertEvent, assign, emit, setup } from 'xstate';
import {
  answersOf,
  chargedCheckId,
  checkSteps,
  firstCheckId,
  isOutcomeId,
  stepIds,
  takesPayment,
  type AnswerId,
} from './steps';
import { stages, outcomeKinds, type CheckId, type StepId } from './tree';
import type { Language } from '../i18n';
import { currentStep, stepShown, type WizardContext, type WizardEmitted } from './context';

export {
  currentStep,
  stepShown,
  type StepShown,
  type WizardContext,
  type WizardEmitted,
} from './context';

export type WizardEvent =
  | { type: 'nav.start' }
  | { type: `answer.${AnswerId}` }
  | { type: 'nav.back' }
  /**
   * `via`: the answer whose words the step shows (a response code that means the same);
   * `code`: the response code that led here, kept until the walk restarts.
   */
  | { type: 'nav.goto'; step: StepId; endedAt?: CheckId; via?: AnswerId; code?: string }
  | { type: 'nav.restart' }
  | { type: 'nav.abandon' }
  | { type: 'nav.charged' }
  /** The app says which language is on screen; the steps it announces carry it to the record. */
  | { type: 'language.set'; language: Language };

/** Where "not charged" leads when nothing said otherwise: test the terminal without charging. */
export const defaultAfterCharged: StepId = 'network.signin';

const stepTarget = (step: StepId) => `#e1.${step}`;

/** The trail cut back to `trail`: the charged questions still on it keep their plans. */
function cutBackTo(trail: StepId[], context: WizardContext) {
  const charged = trail.filter((step) => step === chargedCheckId).length;
  const chargedPlans = context.chargedPlans.slice(0, charged);
  const onCharged = trail.at(-1) === chargedCheckId;
  return { trail, chargedPlans, afterCharged: onCharged ? (chargedPlans.at(-1) ?? null) : null };
}

const initialContext: WizardContext = {
  trail: [],
  answers: {},
  endedAt: null,
  afterCharged: null,
  chargedPlans: [],
  fixedAt: null,
  via: null,
  code: null,
};

const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    emitted: {} as WizardEmitted,
  },
  actions: {
    enterStep: assign(({ context }, params: { step: StepId }) =>
      currentStep(context) === params.step && context.trail.length > 0
        ? {}
        : {
            trail: [...context.trail, params.step],
            chargedPlans:
              params.step === chargedCheckId
                ? [...context.chargedPlans, context.afterCharged]
                : context.chargedPlans,
          },
    ),
    // Entered just before (enterStep), so the context is on the step: its endedAt, code, language.
    announceStep: emit(({ context }) => stepShown(context)),
    rememberAnswer: assign(({ context }, params: { answer: AnswerId }) => ({
      answers: { ...context.answers, [currentStep(context)]: params.answer },
      via: params.answer,
    })),
    announceAnswer: emit(({ context }, params: { answer: AnswerId }) => ({
      type: 'step.answered' as const,
      step: currentStep(context) as CheckId,
      answer: params.answer,
    })),
    markEndedHere: assign(({ context }) => ({ endedAt: currentStep(context) as CheckId })),
    markFixedHere: assign(({ context }) => ({ fixedAt: currentStep(context) as CheckId })),
    /** A fix tested by sign-in is credited once the charged question lets the payment go on. */
    creditTheFix: assign(({ context }) => ({ endedAt: context.fixedAt ?? chargedCheckId })),
    planAfterCharged: assign((_, params: { then: StepId | null }) => ({
      afterCharged: params.then,
    })),
    openChargedHere: assign(({ context }) => ({ afterCharged: currentStep(context), via: null })),
    stepBack: assign(({ context }) => ({
      ...cutBackTo(context.trail.slice(0, -1), context),
      endedAt: null,
      via: null,
    })),
    followGoto: assign(({ context, event }) => {
      assertEvent(event, 'nav.goto');
      const index = context.trail.lastIndexOf(event.step);
      // A step on the trail (the browser's back): the trail is cut back to it. A new one: a jump.
      const cut =
        index >= 0 ? cutBackTo(context.trail.slice(0, index + 1), context) : { afterCharged: null };
      return {
        ...cut,
        endedAt: event.endedAt ?? null,
        via: event.via ?? null,
        code: event.code ?? context.code ?? null,
      };
    }),
    gotoThroughCharged: assign(({ context, event }) => {
      assertEvent(event, 'nav.goto');
      return {
        afterCharged: event.step,
        endedAt: null,
        via: null,
        code: event.code ?? context.code ?? null,
      };
    }),
    resetProgress: assign(initialContext),
    /** A code belongs to one walk: back at the start, the next walk has none. */
    forgetCode: assign({ code: null }),
    rememberLanguage: assign(({ event }) => {
      assertEvent(event, 'language.set');
      return { language: event.language };
    }),
  },
  guards: {
    isGotoTarget: ({ event }, params: { step: StepId }) =>
      event.type === 'nav.goto' && event.step === params.step,
    /** A jump or link to a payment the walk has not made yet goes through the charged question. */
    isNewPaymentTarget: ({ context, event }, params: { step: StepId }) =>
      event.type === 'nav.goto' &&
      event.step === params.step &&
      takesPayment(params.step) &&
      !context.trail.includes(params.step),
    cameFrom: ({ context }, params: { step: StepId }) => context.trail.at(-2) === params.step,
    leadsAfterCharged: ({ context }, params: { step: StepId | null }) =>
      context.afterCharged === params.step,
  },
});

const enter = (step: StepId) =>
  [{ type: 'enterStep', params: { step } }, { type: 'announceStep' }] as const;

const answered = (answer: AnswerId) =>
  [
    { type: 'announceAnswer', params: { answer } },
    { type: 'rememberAnswer', params: { answer } },
  ] as const;

/** "Not charged": on to wherever the way into the question said, or the default sign-in. */
const notChargedTransitions = [...stepIds.filter((step) => step !== 'start'), null].map(
  (then) =>
    ({
      guard: { type: 'leadsAfterCharged', params: { step: then } },
      target: stepTarget(then ?? defaultAfterCharged),
      actions: [
        ...answered('notCharged'),
        ...(then !== null && isOutcomeId(then) ? (['creditTheFix'] as const) : []),
      ],
    }) as const,
);

function checkState(step: (typeof checkSteps)[number]) {
  const on = Object.fromEntries(
    answersOf(step).map(({ answer, target, afterCharged }) => {
      if (step.id === chargedCheckId && answer === 'notCharged') {
        return [`answer.${answer}`, notChargedTransitions];
      }
      return [
        `answer.${answer}`,
        {
          target: stepTarget(target),
          actions: [
            ...answered(answer),
            ...(answer === 'works' ? (['markFixedHere'] as const) : []),
            ...(isOutcomeId(target) ? (['markEndedHere'] as const) : []),
            ...(target === chargedCheckId
              ? ([{ type: 'planAfterCharged', params: { then: afterCharged } }] as const)
              : []),
          ],
        },
      ];
    }),
  );
  const openCharged =
    step.id === chargedCheckId
      ? {}
      : { 'nav.charged': { target: stepTarget(chargedCheckId), actions: 'openChargedHere' } };
  return {
    entry: enter(step.id),
    on: {
      ...on,
      ...openCharged,
      'nav.abandon': { target: '#e1.outcome.abandoned', actions: 'markEndedHere' },
    },
  } as const;
}

export const wizardMachine = wizardSetup.createMachine({
  id: 'e1',
  initial: 'start',
  context: initialContext,
  on: {
    'nav.back': [
      ...stepIds.map((step) => ({
        guard: { type: 'cameFrom', params: { step } } as const,
        target: stepTarget(step),
        actions: 'stepBack' as const,
      })),
      { target: '#e1.start', actions: 'resetProgress' },
    ],
    'nav.goto': stepIds.flatMap((step) => [
      ...(takesPayment(step)
        ? [
            {
              guard: { type: 'isNewPaymentTarget', params: { step } } as const,
              target: stepTarget(chargedCheckId),
              actions: 'gotoThroughCharged' as const,
            },
          ]
        : []),
      {
        guard: { type: 'isGotoTarget', params: { step } } as const,
        target: stepTarget(step),
        actions: 'followGoto' as const,
      },
    ]),
    'nav.restart': { target: '#e1.start', actions: 'resetProgress' },
    // No target: the person stays where they are; only the words on screen change.
    'language.set': { actions: 'rememberLanguage' },
  },
  states: {
    start: {
      entry: [...enter('start'), 'forgetCode'],
      on: { 'nav.start': stepTarget(firstCheckId) },
    },
    ...Object.fromEntries(
      stages.map((stage) => [
        stage.id,
        {
          initial: stage.checks[0].id,
          states: Object.fromEntries(
            checkSteps
              .filter((step) => step.stage === stage.id)
              .map((step) => [step.check.id, checkState(step)]),
          ),
        },
      ]),
    ),
    outcome: {
      initial: 'abandoned',
      states: Object.fromEntries(
        outcomeKinds.map((kind) => [kind, { entry: enter(`outcome.${kind}`) }]),
      ),
    },
  },
});
