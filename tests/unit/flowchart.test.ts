// The flowchart against the machine it is drawn from. What counts (see src/trainer/flowchart/
// graph.ts): every state node of the machine once (a leaf as a step box, a compound state as a
// frame), and every transition a person takes by answering (`answer.*`) or by starting
// (`nav.start`); "not charged" once for each step an answer leads to through the charged
// question. Not drawn: the root's nav.back / nav.goto / nav.restart and each check's
// nav.abandon and nav.charged, which work from anywhere.
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import { answerOfEvent, chartGraph, type ChartEdge } from '../../src/trainer/flowchart/graph';
import {
  chartFont,
  layoutChart,
  textWidth,
  wrapText,
  type ChartWords,
} from '../../src/trainer/flowchart/layout';
import { transition } from 'xstate';
import {
  answerLabel,
  answersOf,
  chargedCheckId,
  checkSteps,
  currentStep,
  isCheckId,
  isOutcomeId,
  stepIds,
  wizardMachine,
  type StepId,
  type WizardEvent,
} from '../../src/wizard';

/** Every state node under the root, found by walking the machine's own definition. */
function stateNodes(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...stateNodes(child)]);
}
const allStates = stateNodes(wizardMachine.root);
const leafStates = allStates.filter((node) => node.type === 'atomic');
const compoundStates = allStates.filter((node) => node.type === 'compound');

const answers = checkSteps.flatMap((step) => answersOf(step));
/** Where "not charged" leads: every step an answer sends through the charged question. */
const afterCharged = new Set(answers.flatMap((answer) => answer.afterCharged ?? []));

/** The transitions the tree's table defines: "start", each check's answers, "not charged". */
const expectedEdges = [
  ...new Set([
    'start→triage.others:nav.start',
    ...checkSteps.flatMap((step) =>
      answersOf(step).map(({ answer, target }) => `${step.id}→${target}:answer.${answer}`),
    ),
    ...[...afterCharged].map((step) => `${chargedCheckId}→${step}:answer.notCharged`),
  ]),
].sort();

/** The machine's state at `step`, with "not charged" leading to `then`. */
function stateAt(step: StepId, then: StepId | null) {
  const [stage, check] = step.split('.');
  return wizardMachine.resolveState({
    value: check ? { [stage ?? '']: check } : step,
    context: {
      trail: ['start', step],
      answers: {},
      endedAt: null,
      afterCharged: then,
      chargedPlans: [then],
      fixedAt: null,
      via: null,
      code: null,
    },
  });
}

/** Where the machine goes on the edge's event (for "not charged", from a question opened for its target). */
function followed(edge: ChartEdge): StepId {
  const then = edge.from === chargedCheckId ? edge.to : null;
  const event: WizardEvent =
    edge.event === 'nav.start' ? { type: 'nav.start' } : { type: edge.event };
  const [next] = transition(wizardMachine, stateAt(edge.from, then), event);
  return currentStep(next.context);
}

/** The chart's words in a language, as the screen gives them. */
function words(steps: typeof enSteps): ChartWords {
  const title = (id: StepId) => (id === 'start' ? 'Card terminal showing E1?' : steps[id].title);
  const answer = ({ from, event }: ChartEdge) => {
    const id = answerOfEvent(event);
    return id && isCheckId(from) ? answerLabel(steps, from, id) : 'Start';
  };
  return {
    node: title,
    note: (id) => (id === 'outcome.abandoned' ? 'Reached with “Stop here” on any check' : null),
    group: (id) => id,
    edge: answer,
    lead: (edge) => `${answer(edge)} → ${title(edge.to)}`,
  };
}

describe('the flowchart graph', () => {
  const graph = chartGraph();

  it('has exactly one step box per leaf state and one frame per compound state', () => {
    const boxes = graph.nodes.map((node) => node.id);
    expect(new Set(boxes).size).toBe(boxes.length);
    expect([...boxes].sort()).toEqual(leafStates.map((node) => node.path.join('.')).sort());
    expect([...boxes].sort()).toEqual([...stepIds].sort());
    const frames = graph.groups.map((group) => group.id);
    expect([...frames].sort()).toEqual(compoundStates.map((node) => node.key).sort());
    // Together: every state node of the machine, once.
    expect(boxes.length + frames.length).toBe(allStates.length);
  });

  it('puts each step in the frame of the state that contains it', () => {
    for (const node of graph.nodes) {
      const parent = leafStates.find((state) => state.path.join('.') === node.id)?.parent;
      expect(node.group, node.id).toBe(parent === wizardMachine.root ? null : parent?.key);
    }
  });

  it('has exactly one arrow per answer transition and one for nav.start, and no others', () => {
    const edges = graph.edges.map((edge) => edge.id);
    expect(new Set(edges).size).toBe(edges.length);
    expect([...edges].sort()).toEqual(expectedEdges);
  });

  it('draws only arrows the machine takes', () => {
    for (const edge of graph.edges) expect(followed(edge), edge.id).toBe(edge.to);
  });

  it('draws "not charged" to each step an answer leads to through the charged question', () => {
    const fromCharged = graph.edges.filter(
      (edge) => edge.from === chargedCheckId && edge.event === 'answer.notCharged',
    );
    expect(fromCharged.map((edge) => edge.to).sort()).toEqual([...afterCharged].sort());
    // Among them every payment the tree takes through the question, and the fix proved by sign-in.
    expect(afterCharged).toContain('outcome.fixed');
    for (const step of checkSteps.filter((candidate) => candidate.check.kind === 'payment')) {
      if (answers.some((answer) => answer.target === step.id)) continue;
      expect(afterCharged, step.id).toContain(step.id);
    }
  });

  it('leaves the stopped outcome without arrows (Stop here works from any check)', () => {
    expect(graph.edges.filter((edge) => edge.to === 'outcome.abandoned')).toEqual([]);
  });
});

describe('the flowchart layout', () => {
  const graph = chartGraph();

  it.each([
    ['en', enSteps],
    ['zh-CN', zhSteps],
  ] as const)('places every box and answer, with no two boxes overlapping (%s)', (_, steps) => {
    const layout = layoutChart(graph, words(steps));
    expect(layout.nodes).toHaveLength(graph.nodes.length);
    // Each answer once: an arrow between checks, or a line in its box to an outcome or the
    // charged question.
    const arrows = layout.edges.map((edge) => edge.id);
    const leads = layout.nodes.flatMap((node) => node.leads.map((lead) => lead.id));
    expect([...arrows, ...leads].sort()).toEqual(graph.edges.map((edge) => edge.id).sort());
    for (const edge of layout.edges) {
      expect(isOutcomeId(edge.to) || edge.to === chargedCheckId, edge.id).toBe(false);
    }
    for (const node of layout.nodes) {
      for (const lead of node.leads) {
        expect(lead.lines.join('').replace(/\s+/g, ''), lead.id).toBe(
          lead.text.replace(/\s+/g, ''),
        );
        expect(isOutcomeId(lead.to) || lead.to === chargedCheckId, lead.id).toBe(true);
      }
    }
    for (const node of layout.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true);
      expect(node.lines.join('').replace(/\s+/g, ''), node.id).toBe(node.title.replace(/\s+/g, ''));
    }
    for (const [index, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(index + 1)) {
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    for (const edge of layout.edges) expect(edge.points.length, edge.id).toBeGreaterThan(1);
    for (const group of layout.groups) {
      for (const node of layout.nodes.filter((candidate) => candidate.group === group.id)) {
        expect(node.x - node.width / 2 >= group.x, node.id).toBe(true);
        expect(node.y + node.height / 2 <= group.y + group.height, node.id).toBe(true);
      }
    }
  });

  it('stays narrow enough to read on a 1280 px projector when fitted to its width', () => {
    // The box is about 1200 px wide there; the titles must draw at 12 px or more.
    for (const steps of [enSteps, zhSteps]) {
      const layout = layoutChart(graph, words(steps));
      expect((1200 / layout.width) * chartFont.size).toBeGreaterThanOrEqual(12);
    }
  });

  it('wraps English at spaces and Chinese between characters, every line within the width', () => {
    const english = wrapText('Look at the signal icon on the terminal', 100, 14);
    expect(english.join(' ')).toBe('Look at the signal icon on the terminal');
    expect(english.length).toBeGreaterThan(1);
    for (const line of english) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
    expect(wrapText('看一下终端上的信号图标', 70, 14)).toEqual(['看一下终端', '上的信号图', '标']);
    // Closing punctuation stays with the character before it.
    expect(wrapText('完全关机，等', 70, 14)).toEqual(['完全关机，', '等']);
    expect(wrapText('刷卡终端显示 E1？', 100, 14)).toEqual(['刷卡终端显示', 'E1？']);
  });
});
