// The E1 decision tree as an XState machine, built from the table in tree.ts. Pure: no DOM,
// no storage. Context keeps the trail of steps (for Back) and remembered answers.
import { assertEvent, assign, emit, setup } from 'xstate';
import { answersOf, checkSteps, firstCheckId, stepIds, type AnswerId } from './steps';
import { stages, outcomeKinds, type CheckId, type StepId } from './tree';

export interface WizardContext {
  /** Steps from the start to the current one; the last entry is where the person is. */
  trail: StepId[];
  /** The latest answer given at each check, kept when the person goes back. */
  answers: Partial<Record<CheckId, AnswerId>>;
  /** The check where the walk ended: the one that fixed E1, or where the person stopped. */
  endedAt: CheckId | null;
}

export type WizardEvent =
  | { type: 'nav.start' }
  | { type: `answer.${AnswerId}` }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: StepId; endedAt?: CheckId }
  | { type: 'nav.restart' }
  | { type: 'nav.abandon' };

/** What the machine tells listeners (the incident recorder) as the person moves. */
export type WizardEmitted =
  { type: 'step.shown'; step: StepId } | { type: 'step.answered'; step: CheckId; answer: AnswerId };

export const currentStep = (context: WizardContext): StepId => context.trail.at(-1) ?? 'start';

const stepTarget = (step: StepId) => `#e1.${step}`;

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
        : { trail: [...context.trail, params.step] },
    ),
    announceStep: emit((_, params: { step: StepId }) => ({
      type: 'step.shown' as const,
      step: params.step,
    })),
    rememberAnswer: assign(({ context }, params: { answer: AnswerId }) => ({
      answers: { ...context.answers, [currentStep(context)]: params.answer },
    })),
    announceAnswer: emit(({ context }, params: { answer: AnswerId }) => ({
      type: 'step.answered' as const,
      step: currentStep(context) as CheckId,
      answer: params.answer,
    })),
    markEndedHere: assign(({ context }) => ({ endedAt: currentStep(context) as CheckId })),
    stepBack: assign(({ context }) => ({ trail: context.trail.slice(0, -1), endedAt: null })),
    followGoto: assign(({ context, event }) => {
      assertEvent(event, 'nav.goto');
      const index = context.trail.lastIndexOf(event.step);
      return {
        trail: index >= 0 ? context.trail.slice(0, index + 1) : context.trail,
        endedAt: event.endedAt ?? null,
      };
    }),
    resetProgress: assign({ trail: [], answers: {}, endedAt: null }),
  },
  guards: {
    isGotoTarget: ({ event }, params: { step: StepId }) =>
      event.type === 'nav.goto' && event.step === params.step,
    cameFrom: ({ context }, params: { step: StepId }) => context.trail.at(-2) === params.step,
  },
});

const enter = (step: StepId) =>
  [
    { type: 'enterStep', params: { step } },
    { type: 'announceStep', params: { step } },
  ] as const;

function checkState(step: (typeof checkSteps)[number]) {
  const on = Object.fromEntries(
    answersOf(step).map(({ answer, target }) => [
      `answer.${answer}`,
      {
        target: stepTarget(target),
        actions: [
          { type: 'announceAnswer', params: { answer } } as const,
          { type: 'rememberAnswer', params: { answer } } as const,
          ...(target.startsWith('outcome.') ? (['markEndedHere'] as const) : []),
        ],
      },
    ]),
  );
  return {
    entry: enter(step.id),
    on: { ...on, 'nav.abandon': { target: '#e1.outcome.abandoned', actions: 'markEndedHere' } },
  } as const;
}

export const wizardMachine = wizardSetup.createMachine({
  id: 'e1',
  initial: 'start',
  context: { trail: [], answers: {}, endedAt: null },
  on: {
    'nav.back': [
      ...stepIds.map((step) => ({
        guard: { type: 'cameFrom', params: { step } } as const,
        target: stepTarget(step),
        actions: 'stepBack' as const,
      })),
      { target: '#e1.start', actions: 'resetProgress' },
    ],
    'nav.goto': stepIds.map((step) => ({
      guard: { type: 'isGotoTarget', params: { step } } as const,
      target: stepTarget(step),
      actions: 'followGoto' as const,
    })),
    'nav.restart': { target: '#e1.start', actions: 'resetProgress' },
  },
  states: {
    start: { entry: enter('start'), on: { 'nav.start': stepTarget(firstCheckId) } },
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
