// A recorded walk told as it finally went: what the log writes down is every screen shown, in
// order (a Back shows the earlier check again, unanswered); a person reading it back wants each
// check once, with the answer that stood, and to be told where the walk jumped instead of
// following an answer. Pure: it reads the tree, never the screens. It lives with the summary,
// its one reader, so the first screen does not carry it.
import {
  answersOf,
  chargedCheckId,
  checkStep,
  firstCheckOf,
  isCheckId,
  isOutcomeId,
  stageIds,
  type AnswerId,
  type CheckId,
  type StageId,
  type StepId,
} from '../../wizard';

/** The first check of the walk, after "Start the first check". */
const firstCheckId = firstCheckOf('triage');

/** One screen as recorded: the step, the answer given there (if any) and when it was shown. */
export interface RecordedEntry {
  step: StepId;
  answer: AnswerId | null;
  at: number;
}

/** How the walk reached a step other than by an answer: a stage jump, a link, the code lookup. */
export interface WalkJump {
  /** The stage it went to. */
  stage: StageId;
  /** The stages between where it was and where it went that the walk never checked, in order. */
  skipped: StageId[];
}

export interface WalkStep {
  step: StepId;
  /** The answer that stood at the end. */
  answer: AnswerId | null;
  /** When the step was first shown. */
  at: number;
  /** The answer first given here, when another one replaced it (Back, then another answer). */
  earlier: AnswerId | null;
  /** Set when the step was reached by a jump rather than by the answer before it. */
  jump: WalkJump | null;
}

interface Item extends WalkStep {
  /** Reached by the answer on the step before it (true), or by anything else. */
  byAnswer: boolean;
  /** The first answer ever given here. */
  first: AnswerId | null;
}

/** Stages in the order the tree checks them; the charged question belongs to none of them. */
const orderedStages: readonly StageId[] = stageIds.filter((stage) => stage !== 'payment');

const stageOf = (step: CheckId): StageId => checkStep(step).stage;

/** True when `answer` at `from` shows `to` next (any step after "not charged": it goes on as planned). */
function answerLeadsTo(from: CheckId, answer: AnswerId, to: StepId): boolean {
  if (from === chargedCheckId && answer === 'notCharged') return true;
  return answersOf(checkStep(from)).some(
    (option) => option.answer === answer && option.target === to,
  );
}

function jumpTo(to: CheckId, from: CheckId | null, walked: readonly Item[]): WalkJump {
  const stage = stageOf(to);
  const visited = new Set(
    walked
      .map((item) => item.step)
      .filter(isCheckId)
      .map(stageOf),
  );
  const fromIndex = from ? orderedStages.indexOf(stageOf(from)) : -1;
  const toIndex = orderedStages.indexOf(stage);
  const skipped =
    toIndex > fromIndex
      ? orderedStages.slice(fromIndex + 1, toIndex).filter((between) => !visited.has(between))
      : [];
  return { stage, skipped };
}

/** The last check of `items` that belongs to a stage (not the charged question): where a jump left. */
const lastStageCheck = (items: readonly Item[]): CheckId | null => {
  const step = items.findLast((item) => isCheckId(item.step) && item.step !== chargedCheckId)?.step;
  return step && isCheckId(step) ? step : null;
};

/**
 * The walk as it finally went. A step shown again that is still on the walk (Back, the browser's
 * back) cuts the walk back to it: the screens after it drop out, and a different answer given
 * there shows once, as changed. A step reached neither by an answer nor by going back is a jump,
 * which names the stages it skipped; a walk that starts anywhere but the first check starts with
 * one. The charged question, reachable from every check, is no jump; where "not charged" then
 * leads somewhere else than back, the jump is marked on the question. Of outcomes, only the last
 * one stands.
 */
export function compactWalk(entries: readonly RecordedEntry[]): WalkStep[] {
  const walk: Item[] = [];
  for (const entry of entries) {
    const { step } = entry;
    if (step === 'start') continue;
    const top = walk.at(-1);
    if (isOutcomeId(step)) {
      if (top?.step === step) continue;
      // One outcome stands: reaching another straight after (a link) replaces it.
      if (top && isOutcomeId(top.step)) walk.pop();
      walk.push(newItem(entry, null, true));
      continue;
    }
    if (!isCheckId(step)) continue;
    // A check after an outcome: the walk went on, so that outcome was not where it ended.
    if (top && isOutcomeId(top.step)) walk.pop();
    const previous = walk.at(-1);
    const cameByAnswer =
      previous !== undefined &&
      isCheckId(previous.step) &&
      previous.answer !== null &&
      answerLeadsTo(previous.step, previous.answer, step);
    const onWalk = walk.findLastIndex((item) => item.step === step);
    let item: Item;
    if (cameByAnswer && previous.step === chargedCheckId && !previous.byAnswer) {
      item = afterChargedDetour(walk, previous, entry);
    } else if (cameByAnswer) {
      item = newItem(entry, null, true);
      walk.push(item);
    } else if (onWalk >= 0) {
      walk.splice(onWalk + 1);
      item = walk[onWalk] as Item;
    } else if (step === chargedCheckId) {
      // Asked from any check (a quiet button), or on the way to a payment: no jump yet.
      item = newItem(entry, null, false);
      walk.push(item);
    } else {
      const jump =
        walk.length === 0 && step === firstCheckId
          ? null
          : jumpTo(step, lastStageCheck(walk), walk);
      item = newItem(entry, jump, false);
      walk.push(item);
    }
    if (entry.answer !== null) {
      item.first ??= entry.answer;
      item.answer = entry.answer;
    }
  }
  return walk.map(({ byAnswer, first, ...step }) => ({
    ...step,
    earlier: first !== null && first !== step.answer ? first : null,
  }));
}

function newItem(entry: RecordedEntry, jump: WalkJump | null, byAnswer: boolean): Item {
  return {
    step: entry.step,
    answer: null,
    at: entry.at,
    earlier: null,
    jump,
    byAnswer,
    first: null,
  };
}

/**
 * "Not charged" on a charged question that no answer led to: it goes back to the check it was
 * asked from (which then shows once, after the question), or on to where a jump or link was
 * going through it (the jump is marked on the question).
 */
function afterChargedDetour(walk: Item[], charged: Item, entry: RecordedEntry): Item {
  const before = walk.slice(0, walk.lastIndexOf(charged));
  const askedFrom = before.at(-1);
  if (askedFrom?.step === entry.step && askedFrom.answer === null) {
    walk.splice(walk.lastIndexOf(askedFrom), 1);
  } else if (isCheckId(entry.step) && charged.jump === null) {
    charged.jump = jumpTo(entry.step, lastStageCheck(before), before);
  }
  const item = newItem(entry, null, true);
  walk.push(item);
  return item;
}
