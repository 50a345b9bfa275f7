// Where everything goes: dagre lays the checks out (no coordinate is placed by hand), and the
// outcomes sit in rows under them. Labels are wrapped before layout, so each box is as tall as
// its words in the current language.
//
// To read on a 1280×800 projector, the chart is kept narrow: an answer that leads to an outcome
// or to "Was the customer charged?" (places reached from all over the tree) is written inside the
// box it leaves ("Sign-in works → Was the customer charged?") instead of drawn as an arrow across
// the whole chart. Arrows join the checks; every answer is either an arrow or such a line.
import { graphlib, layout } from '@dagrejs/dagre';
import { chargedCheckId, isOutcomeId, type StepId } from '../../wizard';
import type { ChartEdge, ChartGraph, ChartNode, DrawnEvent, GroupId } from './graph';

export interface Point {
  x: number;
  y: number;
}

/** An answer written inside its box: where it leads, in full and wrapped. */
export interface LaidOutLead {
  id: string;
  to: StepId;
  event: DrawnEvent;
  text: string;
  lines: string[];
}

export interface LaidOutNode extends ChartNode {
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The step's title in full, and wrapped to the box. */
  title: string;
  lines: string[];
  /** Smaller words under the title (how the stopped outcome is reached), in full and wrapped. */
  note: string | null;
  noteLines: string[];
  /** The answers that leave this box for an outcome or the charged question. */
  leads: LaidOutLead[];
}

export interface LaidOutGroup {
  id: GroupId;
  /** Top left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface LaidOutEdge {
  id: string;
  from: StepId;
  to: StepId;
  event: DrawnEvent;
  points: Point[];
  label: Point & { lines: string[]; text: string; width: number; height: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  groups: LaidOutGroup[];
  /** The arrows; the other answers are leads inside their boxes. */
  edges: LaidOutEdge[];
}

export interface ChartWords {
  node: (id: StepId) => string;
  note: (id: StepId) => string | null;
  group: (id: GroupId) => string;
  /** An arrow's words: the answer's label on the check it leaves. */
  edge: (edge: ChartEdge) => string;
  /** A lead's words: the answer and where it goes ("Sign-in works → Was the customer charged?"). */
  lead: (edge: ChartEdge) => string;
}

/** Sizes in chart units; at the opening zoom on a 1280 px screen a unit is about 0.9 px. */
export const chartFont = {
  size: 15,
  lineHeight: 19,
  note: 13,
  noteLineHeight: 16,
  lead: 13,
  leadLineHeight: 16,
  edge: 13,
  edgeLineHeight: 15,
};
export const nodePadding = 10;
/** Room between the title and the leads under it, and a lead's indent after its first line. */
export const leadGap = 6;
export const leadIndent = 8;
const nodeWidth = 150;
/** An arrow's label wraps at this width, so a long answer does not widen the chart. */
const edgeLabelWidth = 80;
/** Room above a frame's first box for the frame's name. */
const framePadding = { top: 24, side: 8, bottom: 8 };
const margin = 16;
const outcomeGap = { x: 12, y: 12, above: 28 };

/** Roughly how wide a character draws: CJK full width, Latin about 0.58 em (generous on purpose). */
function charWidth(char: string, fontSize: number): number {
  return /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? fontSize : fontSize * 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + charWidth(char, fontSize), 0);
}

// A word is a run of non-CJK text, or one CJK character, with any closing punctuation after
// it (a line never starts with "，" or "？") and its trailing space.
const wordPattern =
  /(?:[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+)[，。：；、）」！？]*\s*|\s+/gu;

/** Breaks `text` into lines no wider than `maxWidth`: at spaces, or between CJK characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(wordPattern) ?? []) {
    const candidate = line + word;
    if (line.trim() !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** True for an answer written inside its box rather than drawn as an arrow. */
export function isLead(edge: ChartEdge): boolean {
  return isOutcomeId(edge.to) || edge.to === chargedCheckId;
}

const frameKey = (id: GroupId) => `frame:${id}`;
const inner = nodeWidth - 2 * nodePadding;

/** A box's words wrapped, and how tall they make it. */
function boxText(node: ChartNode, graph: ChartGraph, words: ChartWords) {
  const title = words.node(node.id);
  const lines = wrapText(title, inner, chartFont.size);
  const note = words.note(node.id);
  const noteLines = note ? wrapText(note, inner, chartFont.note) : [];
  const leads = graph.edges
    .filter((edge) => edge.from === node.id && isLead(edge))
    .map((edge): LaidOutLead => {
      const text = words.lead(edge);
      return {
        id: edge.id,
        to: edge.to,
        event: edge.event,
        text,
        // Lines after the first are indented, so the answers stay apart.
        lines: wrapText(text, inner - leadIndent, chartFont.lead),
      };
    });
  const leadLines = leads.reduce((sum, lead) => sum + lead.lines.length, 0);
  const height =
    lines.length * chartFont.lineHeight +
    noteLines.length * chartFont.noteLineHeight +
    (leads.length > 0 ? leadGap + leadLines * chartFont.leadLineHeight : 0) +
    2 * nodePadding;
  return { title, lines, note, noteLines, leads, width: nodeWidth, height };
}

type Box = ReturnType<typeof boxText>;

/** Lays out `graph` with its words; the same graph and words give the same layout. */
export function layoutChart(graph: ChartGraph, words: ChartWords): ChartLayout {
  const g = new graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 12,
    edgesep: 4,
    ranksep: 24,
    marginx: margin,
    marginy: margin,
  });

  const boxes = new Map<StepId, Box>(
    graph.nodes.map((node) => [node.id, boxText(node, graph, words)]),
  );
  const boxOf = (id: StepId): Box => {
    const box = boxes.get(id);
    if (!box) throw new Error(`No box for ${id}`);
    return box;
  };
  const [outcomes, checks] = [
    graph.nodes.filter((node) => isOutcomeId(node.id)),
    graph.nodes.filter((node) => !isOutcomeId(node.id)),
  ];

  // Frames keep a stage's boxes together; they are drawn around the boxes.
  for (const group of graph.groups) {
    if (group.id !== 'outcome') g.setNode(frameKey(group.id), { width: 0, height: 0 });
  }
  for (const node of checks) {
    const box = boxOf(node.id);
    g.setNode(node.id, { width: box.width, height: box.height });
    if (node.group) g.setParent(node.id, frameKey(node.group));
  }
  const arrows = graph.edges.filter((edge) => !isLead(edge));
  const labels = new Map(
    arrows.map((edge) => {
      const text = words.edge(edge);
      const lines = wrapText(text, edgeLabelWidth, chartFont.edge);
      const width = Math.max(...lines.map((line) => textWidth(line, chartFont.edge))) + 8;
      return [edge.id, { text, lines, width, height: lines.length * chartFont.edgeLineHeight + 4 }];
    }),
  );
  for (const edge of arrows) {
    const label = labels.get(edge.id);
    g.setEdge(
      edge.from,
      edge.to,
      { width: label?.width ?? 0, height: label?.height ?? 0, labelpos: 'c' },
      edge.id,
    );
  }

  layout(g);
  const size = g.graph();
  const checksWidth = size.width ?? 0;
  const checksHeight = size.height ?? 0;

  const laidOut = (node: ChartNode, x: number, y: number): LaidOutNode => {
    const { width, height, ...text } = boxOf(node.id);
    return { ...node, ...text, x, y, width, height };
  };
  const nodes: LaidOutNode[] = checks.map((node) => {
    const placed = g.node(node.id);
    return laidOut(node, placed.x ?? 0, placed.y ?? 0);
  });

  // The outcomes, in rows as wide as the checks above them, in the tree's order.
  const perRow = Math.max(
    1,
    Math.floor(
      (checksWidth - 2 * margin - 2 * framePadding.side + outcomeGap.x) /
        (nodeWidth + outcomeGap.x),
    ),
  );
  let top = checksHeight - margin + outcomeGap.above + framePadding.top;
  for (let start = 0; start < outcomes.length; start += perRow) {
    const row = outcomes.slice(start, start + perRow);
    const rowHeight = Math.max(...row.map((node) => boxOf(node.id).height));
    const rowWidth = row.length * nodeWidth + (row.length - 1) * outcomeGap.x;
    const left = (checksWidth - rowWidth) / 2;
    row.forEach((node, index) => {
      const box = boxOf(node.id);
      const x = left + index * (nodeWidth + outcomeGap.x) + nodeWidth / 2;
      nodes.push(laidOut(node, x, top + box.height / 2));
    });
    top += rowHeight + outcomeGap.y;
  }
  const height =
    outcomes.length > 0 ? top - outcomeGap.y + framePadding.bottom + margin : checksHeight;

  const groups: LaidOutGroup[] = graph.groups.map((group) => {
    const members = nodes.filter((node) => node.group === group.id);
    const left = Math.min(...members.map((node) => node.x - node.width / 2)) - framePadding.side;
    const right = Math.max(...members.map((node) => node.x + node.width / 2)) + framePadding.side;
    const groupTop =
      Math.min(...members.map((node) => node.y - node.height / 2)) - framePadding.top;
    const bottom =
      Math.max(...members.map((node) => node.y + node.height / 2)) + framePadding.bottom;
    return {
      id: group.id,
      x: left,
      y: groupTop,
      width: right - left,
      height: bottom - groupTop,
      label: words.group(group.id),
    };
  });

  const edges: LaidOutEdge[] = arrows.map((edge) => {
    const drawn = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const label = labels.get(edge.id) ?? { text: '', lines: [], width: 0, height: 0 };
    return {
      ...edge,
      points: drawn.points ?? [],
      label: { ...label, x: drawn.x ?? 0, y: drawn.y ?? 0 },
    };
  });

  return { width: checksWidth, height, nodes, groups, edges };
}
