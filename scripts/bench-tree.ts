// The wizard's tree and English words, as the browser measurements of the bench need them: the
// labels to tap and the headings to wait for. The machine is the app's own (src/wizard, loaded
// through Vite in Node), so a walk is always one the app really takes.
import type * as XState from 'xstate';
import enSteps from '../content/e1/en.json' with { type: 'json' };
import enUi from '../content/ui/en.json' with { type: 'json' };
import type * as Machine from '../src/wizard/machine.ts';
import type * as Steps from '../src/wizard/steps.ts';
import { withAppModules } from './app-modules.ts';

type StepKey = keyof typeof enSteps;

/**
 * One tap of a walk: an answer (its label) or Back, the check on screen when it is tapped, and
 * the h1 of the check it leads to.
 */
export interface Move {
  kind: 'answer' | 'back';
  check: string;
  label: string;
  nextTitle: string;
}

export interface Tree {
  /** The start screen's h1 and its button. */
  start: { title: string; label: string };
  /** A check's h1. */
  titleOf: (step: string) => string;
  /** The first answer a check shows (the likely one). */
  firstAnswerLabel: (check: string) => string;
  /**
   * From the first check, `length` taps that each lead to another check (never an outcome): the
   * longest run of answers the tree has (depth first, the likely answer tried first), then, if
   * the tree is shallower than `length`, Back and the same answer again, in turn.
   */
  walk: (length: number) => Move[];
  firstCheck: string;
}

function stepWords(step: string): { title: string; answers?: Record<string, string> } {
  if (!(step in enSteps)) throw new Error(`content/e1/en.json has no ${step}`);
  return enSteps[step as StepKey];
}

export async function loadTree(): Promise<Tree> {
  // The modules' own types: these are the files loaded, so a moved file fails the typecheck.
  return withAppModules(async (load) => {
    const { createActor } = await load<typeof XState>('xstate');
    const { wizardMachine, currentStep } = await load<typeof Machine>('/src/wizard/machine.ts');
    const { answersOf, checkStep, isCheckId, firstCheckId } =
      await load<typeof Steps>('/src/wizard/steps.ts');

    const titleOf = (step: string) => stepWords(step).title;
    const labelOf = (check: string, answer: string) => {
      const label = stepWords(check).answers?.[answer];
      if (label === undefined) throw new Error(`content/e1/en.json: ${check} has no ${answer}`);
      return label;
    };
    const answerIdsOf = (check: string): string[] => {
      if (!isCheckId(check)) throw new Error(`${check} is not a check`);
      return answersOf(checkStep(check)).map(({ answer }) => answer);
    };

    /** The step reached by answering `answers` in order from the first check. */
    const replay = (answers: string[]): string => {
      const actor = createActor(wizardMachine).start();
      actor.send({ type: 'nav.start' });
      for (const answer of answers) {
        actor.send({ type: `answer.${answer}` } as Machine.WizardEvent);
      }
      const step = currentStep(actor.getSnapshot().context);
      actor.stop();
      return step;
    };

    const walk = (length: number): Move[] => {
      let longest: string[] = [];
      const search = (answers: string[]): void => {
        if (answers.length > longest.length) longest = answers;
        if (longest.length === length) return;
        for (const answer of answerIdsOf(replay(answers))) {
          const next = [...answers, answer];
          if (isCheckId(replay(next))) search(next);
          if (longest.length === length) return;
        }
      };
      search([]);
      const answers: Move[] = longest.map((answer, index) => {
        const check = replay(longest.slice(0, index));
        return {
          kind: 'answer',
          check,
          label: labelOf(check, answer),
          nextTitle: titleOf(replay(longest.slice(0, index + 1))),
        };
      });
      const [lastAnswer] = answers.slice(-1);
      if (lastAnswer === undefined) throw new Error('The first check leads to no other check');
      const deepest = replay(longest);
      const back: Move = {
        kind: 'back',
        check: deepest,
        label: enUi.nav.back,
        nextTitle: titleOf(lastAnswer.check),
      };
      const moves = [...answers];
      while (moves.length < length)
        moves.push(moves.length % 2 === answers.length % 2 ? back : lastAnswer);
      return moves;
    };

    return {
      start: { title: enUi.start.title, label: enUi.start.begin },
      titleOf,
      firstAnswerLabel: (check) => labelOf(check, answerIdsOf(check)[0] ?? ''),
      walk,
      firstCheck: firstCheckId,
    };
  });
}
