// The flowchart's graph, read from the machine's own definition (its state nodes and their
// transitions), so the picture can never disagree with the wizard.
//
// What is drawn:
// - one node per leaf state (the start, each check, each outcome) and one frame per compound
//   state (a stage, or the outcomes): every state node of the machine, once;
// - one edge per answer transition (`answer.*`) and per `nav.start`: the moves a person makes
//   by answering. "Not charged" on the charged question leads wherever the answer that opened
//   the question said; of its transitions, those to a step some answer plans are drawn.
//   Left out on purpose: the root's `nav.back`, `nav.goto` and `nav.restart` and each check's
//   `nav.abandon` and `nav.charged` (allowed from anywhere, they would join every node to every
//   other; the stopped outcome's node says how it is reached instead).
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import {
  answerIds,
  answersOf,
  checkSteps,
  isStepId,
  isStageId,
  wizardMachine,
  type AnswerId,
  type StageId,
  type StepId,
} from '../../wizard';

/** The events drawn as arrows: every answer, and "Start". */
export type DrawnEvent = 'nav.start' | `answer.${AnswerId}`;

export type GroupId = StageId | 'outcome';

export interface ChartNode {
  id: StepId;
  /** The stage or outcome frame the node sits in; the start sits in none. */
  group: GroupId | null;
}

export interface ChartGroup {
  id: GroupId;
}

export interface ChartEdge {
  /** `<from>→<to>:<event>`, unique. */
  id: string;
  from: StepId;
  to: StepId;
  event: DrawnEvent;
}

export interface ChartGraph {
  nodes: ChartNode[];
  groups: ChartGroup[];
  edges: ChartEdge[];
}

const drawnEvents: ReadonlySet<string> = new Set<DrawnEvent>([
  'nav.start',
  ...answerIds.map((answer) => `answer.${answer}` as const),
]);

export function isDrawnEvent(eventType: string): eventType is DrawnEvent {
  return drawnEvents.has(eventType);
}

/** The answer an arrow stands for; null for "Start". */
export function answerOfEvent(event: DrawnEvent): AnswerId | null {
  return event === 'nav.start' ? null : (event.slice('answer.'.length) as AnswerId);
}

/** The steps some answer leads to through the charged question (`{ charged: step }`). */
const plannedAfterCharged: ReadonlySet<string> = new Set(
  checkSteps.flatMap((step) => answersOf(step).flatMap(({ afterCharged }) => afterCharged ?? [])),
);

/**
 * A transition guarded by where "not charged" leads is drawn only for a step an answer plans;
 * the others (reached only by a link or a jump) would each add an arrow no walk takes.
 */
function isDrawnTransition(transition: AnyTransitionDefinition): boolean {
  const guard: unknown = transition.guard;
  if (typeof guard !== 'object' || guard === null || !('type' in guard)) return true;
  if (guard.type !== 'leadsAfterCharged') return true;
  const params: unknown = 'params' in guard ? guard.params : null;
  const step =
    typeof params === 'object' && params !== null && 'step' in params ? params.step : null;
  return typeof step === 'string' && plannedAfterCharged.has(step);
}

/** `['card', 'wipe']` → `card.wipe`; null for a path the step list does not know. */
function stepOfPath(path: readonly string[]): StepId | null {
  const id = path.join('.');
  return isStepId(id) ? id : null;
}

function groupOf(path: readonly string[]): GroupId | null {
  const [parent = ''] = path;
  if (path.length < 2) return null;
  if (parent === 'outcome') return 'outcome';
  return isStageId(parent) ? parent : null;
}

/** Every state node below `node`, depth first, in the order the machine declares them. */
function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}

/** The flowchart's nodes, frames and edges, straight from the machine. */
export function chartGraph(machine = wizardMachine): ChartGraph {
  const nodes: ChartNode[] = [];
  const groups: ChartGroup[] = [];
  const edges: ChartEdge[] = [];
  // (xstate/graph's toDirectedGraph walks the same nodes; it is not used here because it would
  // pull xstate's internals out of the first screen's bundle. See shortestPath.ts.)
  for (const stateNode of descendants(machine.root)) {
    if (stateNode.type === 'compound') {
      const id = stateNode.key;
      if (id === 'outcome' || isStageId(id)) groups.push({ id });
      continue;
    }
    const id = stepOfPath(stateNode.path);
    if (!id)
      throw new Error(`The machine has a state the step list does not know: ${stateNode.id}`);
    nodes.push({ id, group: groupOf(stateNode.path) });
    for (const [event, transitions] of stateNode.transitions) {
      if (!isDrawnEvent(event)) continue;
      const drawn = transitions.filter(isDrawnTransition);
      for (const target of drawn.flatMap((transition) => transition.target ?? [])) {
        const to = stepOfPath(target.path);
        if (!to) throw new Error(`${stateNode.id} on ${event} leads to unknown ${target.id}`);
        const edgeId = `${id}→${to}:${event}`;
        if (!edges.some((edge) => edge.id === edgeId)) {
          edges.push({ id: edgeId, from: id, to, event });
        }
      }
    }
  }
  return { nodes, groups, edges };
}
