// Reading the step words (content/e1) the way the tree uses them: an answer's label, and an
// outcome's words for the answer that reached it.
import type { StepWords } from '../i18n';
import type { AnswerId } from './steps';
import type { CheckId, OutcomeId } from './tree';

export interface OutcomeText {
  title: string;
  lead: string;
  todo: readonly string[];
  /** One line to say to the waiting customer. */
  tell: string;
}

export function answerLabel(words: StepWords, check: CheckId, answer: AnswerId): string {
  const labels: Partial<Record<string, string>> = words[check].answers;
  return labels[answer] ?? answer;
}

/** The outcome's words for the path that reached it; its own words for a link or a jump. */
export function outcomeText(words: StepWords, id: OutcomeId, via: AnswerId | null): OutcomeText {
  const outcome = words[id];
  const paths: Partial<Record<string, OutcomeText>> = 'paths' in outcome ? outcome.paths : {};
  return (via && paths[via]) || outcome;
}
