// The flowchart's graph, read from the machine's own definition (its state nodes and their
// transitions), so the picture can never disagree with the wizard.
//
// What is drawn:
// - one node per leaf state (the start, each check, each outcome) and one frame per compound
//   state (a stage, or the outcomes): every state node of the machine, once;
// - one edge per answer transition (`answer.*`) and per `nav.start`: the moves a person makes
//   by answering. Left out on purpose: the root's `nav.back`, `nav.goto` and `nav.restart`
//   (allowed from anywhere, they would join every node to every other) and each check's
//   `nav.abandon` ("Stop here", also offered on every check; the stopped outcome's node
//   says so instead of drawing twenty-one arrows to it).
import type { AnyStateNode } from 'xstate';
import { isStepId, isStageId, wizardMachine, type StageId, type StepId } from '../../wizard';

export type DrawnEvent = 'nav.start' | 'answer.fixed' | 'answer.still' | 'answer.yes' | 'answer.no';

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

const drawnEvents: readonly string[] = [
  'nav.start',
  'answer.fixed',
  'answer.still',
  'answer.yes',
  'answer.no',
] satisfies readonly DrawnEvent[];

export function isDrawnEvent(eventType: string): eventType is DrawnEvent {
  return drawnEvents.includes(eventType);
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
      for (const target of transitions.flatMap((transition) => transition.target ?? [])) {
        const to = stepOfPath(target.path);
        if (!to) throw new Error(`${stateNode.id} on ${event} leads to unknown ${target.id}`);
        edges.push({ id: `${id}→${to}:${event}`, from: id, to, event });
      }
    }
  }
  return { nodes, groups, edges };
}
